/**
 * The neuron widget's module, loaded by lazy-widget.ts when the widget nears the screen: the sliders,
 * the point and the plane for exploring by hand, and Train on the demo run skeleton, which fits the
 * neuron through lab/ and moves the sliders and the line as it learns.
 */
import { makeSeededDataset, type TrainProgress } from '../../../lab/index';
import { redrawGate } from '../../ui/charts/chart-slot';
import { mountDemo, testAccuracyFigure, type Figure } from '../../ui/demo-run/demo-run';
import { meetsTarget, parseTarget } from '../../ui/demo-run/target';
import { formatDuration } from '../../ui/text/number-format';
import { NEURON_DATASET, NEURON_SETTINGS, PLANE_HALF_WIDTH, POINT_STEP, TRAINING_ACTIVATION, type TrainingSettings } from './neuron-config';
import { findNeuronElements, readParams, readPoint, writePoint } from './neuron-dom';
import { attachPlanePicking } from './neuron-picking';
import { neuronParams, neuronPlan } from './neuron-training';
import { NeuronView } from './neuron-view';

/** While training, the loss curve (a full chart render) is redrawn at most this often; fully at the end. */
const LOSS_REDRAW_INTERVAL_MS = 250;

export function mount(root: HTMLElement): Promise<void> {
  const el = findNeuronElements(root);
  return mountDemo<TrainingSettings>(root, { name: 'neuron widget', watch: () => [el.plane, el.loss] }, ({ painter }) => {
    const { form } = el;
    const initial = form.read();
    let seed = initial.ok ? initial.settings.seed : NEURON_SETTINGS.seed.default;
    const view = new NeuronView(root, el, makeSeededDataset(NEURON_DATASET, seed));
    const target = parseTarget(root.dataset.target ?? '');
    let targetFirstReached: TrainProgress | undefined;
    const lossDue = redrawGate(LOSS_REDRAW_INTERVAL_MS);
    const reseed = (value: number): void => {
      if (value === seed) return;
      seed = value;
      view.dataset = makeSeededDataset(NEURON_DATASET, seed);
      view.history = [];
      painter.redraw('plane', 'loss');
    };
    const setPoint = (point: [number, number], writeFields: boolean): void => {
      view.point = point;
      if (writeFields) writePoint(el, point);
      painter.redraw('plane');
    };
    return {
      form,
      plan: (settings) => {
        reseed(settings.seed);
        return neuronPlan(settings, view.dataset);
      },
      begin: (settings) => {
        el.activation.value = TRAINING_ACTIVATION;
        view.history = [];
        view.totalEpochs = settings.epochs;
        view.following = true;
        targetFirstReached = undefined;
        painter.markAll();
      },
      listener: {
        onProbe: (event) => {
          if (event.probe !== 'weights') return;
          view.params = neuronParams(event.data);
          painter.redraw('plane');
        },
        onProgress: ({ progress }) => {
          if (!targetFirstReached && target && progress.testAccuracy !== undefined && meetsTarget(progress.testAccuracy, target)) targetFirstReached = progress;
          if (Number.isFinite(progress.loss)) view.history = [...view.history, progress];
          if (lossDue()) painter.redraw('loss');
        },
        onRunEnd: (run) => {
          if (run.probes.weights) view.params = neuronParams(run.probes.weights);
          view.history = run.history;
        },
      },
      figure: (outcome): Figure => {
        const run = outcome.records[0];
        if (run?.status === 'diverged') return { kind: 'diverged', epoch: run.epochs, reason: `the loss became ${run.metrics.loss}` };
        const figure = testAccuracyFigure(run?.metrics.testAccuracy);
        if (figure.kind !== 'done' || !targetFirstReached) return figure;
        return { ...figure, note: `The target was first reached at epoch ${targetFirstReached.epoch}, after ${formatDuration(targetFirstReached.elapsedMs)}.` };
      },
      parts: () => ['plane', 'loss'],
      draw: (part) => view.draw(part, painter.width),
      start: () => {
        for (const slider of el.weights) slider.addEventListener('input', () => {
          view.slidersMoved(readParams(el));
          painter.redraw('plane');
        });
        el.activation.addEventListener('change', () => painter.redraw('plane'));
        for (const field of el.point) field.addEventListener('input', () => {
          const point = readPoint(el);
          if (point) setPoint(point, false);
        });
        // Any setting's change; only a new seed makes a new data set.
        root.addEventListener('change', () => {
          const reading = form.read();
          if (reading.ok) reseed(reading.settings.seed);
        });
        attachPlanePicking(el.plane, { currentPoint: () => view.point, plot: () => view.plot, step: POINT_STEP, limit: PLANE_HALF_WIDTH, onPick: (point) => setPoint(point, true) });
      },
    };
  });
}
