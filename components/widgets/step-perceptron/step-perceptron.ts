/**
 * The step-perceptron widget's module, on the demo run skeleton. One Train press runs three
 * experiments on one step unit: the perceptron rule (shown epoch by epoch), gradient descent (which
 * cannot move it), and three classes (which it cannot name).
 */
import { trainPerceptron } from '../../../lab/index';
import { defaultsOf } from '../../ui/controls/settings-description';
import { readSettings } from '../../ui/controls/read-settings';
import { mountDemo } from '../../ui/demo-run/demo-run';
import { engineForNextRun } from '../../ui/backend/engine-control';
import { prefersReducedMotion } from '../../ui/demo-run/repaint';
import { ALL_PARTS, findPerceptronElements, PerceptronBoard } from './perceptron-board';
import { runDescent, runThreeClass, sampleStepGradient } from './perceptron-runs';
import { describePerceptronEpoch, describePerceptronResult } from './perceptron-text';
import { PACED_EPOCHS, PACE_MS, PERCEPTRON_SETTINGS, type PerceptronSettings } from './step-perceptron-config';

/** Waits `ms`, or less if Stop is pressed meanwhile, so Stop answers at once even between paced epochs. */
function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const done = (): void => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}

export function mount(root: HTMLElement): Promise<void> {
  const el = findPerceptronElements(root);
  return mountDemo<PerceptronSettings>(root, { name: 'step-perceptron widget', labWork: true, watch: () => [el.blobs.chart, el.gradient.chart] }, ({ find, painter, state }) => {
    const form = readSettings(PERCEPTRON_SETTINGS, find, root);
    const board = new PerceptronBoard(el, sampleStepGradient(engineForNextRun()));
    let trainAccuracy = NaN;
    const loadData = (): boolean => {
      const reading = form.read();
      // A value refused before the first drawing falls back to the default; its field shows why.
      const { seed, noise } = reading.ok ? reading.settings : defaultsOf(PERCEPTRON_SETTINGS);
      return (reading.ok || !board.data) && board.useData(seed, noise);
    };
    loadData();
    return {
      form,
      begin: (settings) => {
        // The three-class map is drawn in full, so only when it showed an outcome or its data changed.
        const threeChanges = board.threeOutcome !== undefined;
        if (board.useData(settings.seed, settings.noise) || threeChanges) painter.mark('three');
        board.start();
        painter.mark('rule', 'descent');
      },
      work: async (settings, { signal, progress, engine }) => {
        const paced = !prefersReducedMotion();
        const trainSize = board.data.blobs.train.xs.length;
        const { seed, learningRate, maxEpochs } = settings;
        const result = await trainPerceptron(board.data.blobs, { seed, learningRate, maxEpochs, signal, onEpoch: async (epoch) => {
          // Epoch 0 is the start, which begin() drew: the first epoch follows at once, and each one after it is paced.
          if (epoch.epoch === 0) return;
          board.unit = { weights: epoch.weights, bias: epoch.bias };
          board.perceptronText = describePerceptronEpoch(epoch, trainSize);
          progress(epoch.epoch, settings.maxEpochs);
          painter.redraw('rule');
          if (paced && epoch.epoch <= PACED_EPOCHS) await pause(PACE_MS, signal);
        } });
        board.unit = { weights: result.weights, bias: result.bias };
        board.perceptronText = describePerceptronResult(result, trainSize);
        trainAccuracy = result.trainAccuracy;
        if (result.status === 'stopped') return { stopped: true, epochsDone: result.epochs, totalEpochs: settings.maxEpochs, engines: ['lab'] };
        painter.redraw('rule');
        board.descent = await runDescent(board.data.blobs, settings, engine);
        board.threeOutcome = await runThreeClass(board.data.three, settings, signal);
        progress(settings.maxEpochs, settings.maxEpochs);
        return { stopped: false, epochsDone: settings.maxEpochs, totalEpochs: settings.maxEpochs, engines: [board.descent.step.engine] };
      },
      figure: () => ({ kind: 'done', value: trainAccuracy }),
      parts: () => ALL_PARTS,
      draw: (part) => board.draw(part, painter.width),
      start: () => {
        // Any setting's change; only a new seed or noise makes new data (and redraws).
        root.addEventListener('change', () => {
          if (!state.running && loadData()) painter.redraw(...ALL_PARTS);
        });
      },
    };
  });
}
