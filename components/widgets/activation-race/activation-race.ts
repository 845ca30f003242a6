/**
 * The activation race's module, loaded when the widget nears the screen: a settings reader, a plan
 * and a view on the demo run skeleton. Train runs lab's trainer once per chosen activation, one after
 * another; each run's decision map, the loss curves and the table follow it.
 */
import { redrawGate } from '../../ui/charts/chart-slot';
import { readSettings } from '../../ui/controls/read-settings';
import { mountDemo } from '../../ui/demo-run/demo-run';
import { RACE_DEFAULTS, RACE_SETTINGS, RACE_TARGET, type RaceSettings } from './race-config';
import { CURVES_PART, mapPart, RaceBoard, raceOutlets, TABLE_PART } from './race-board';
import { racePlan } from './race-plan';
import { describeRace, raceFigure } from './race-summary';

export function mount(root: HTMLElement): Promise<void> {
  return mountDemo<RaceSettings>(root, { name: 'activation race', watch: (find) => [find.part('maps')] }, ({ find, painter, state }) => {
    const form = readSettings(RACE_SETTINGS, find, root);
    const summary = find.part('summary');
    const initial = form.read();
    const board = new RaceBoard(raceOutlets(find, root), initial.ok ? initial.settings.seed : RACE_DEFAULTS.seed);
    const curvesDue = redrawGate();
    const resetRacers = (): void => {
      const reading = form.read();
      board.reset(reading.ok ? reading.settings.racers : [], reading.ok ? reading.settings.epochs : board.totalEpochs);
      summary.textContent = '';
      painter.redraw(...board.parts());
    };
    return {
      form,
      plan: (settings) => racePlan(settings, board.useSeed(settings.seed)),
      begin: (settings) => {
        board.reset(settings.racers, settings.epochs);
        summary.textContent = '';
        painter.markAll();
      },
      listener: {
        onRunStart: (run) => {
          board.start(run.index);
          painter.redraw(TABLE_PART, mapPart(run.index));
        },
        onProgress: ({ run, progress }) => {
          board.progress(run.index, progress);
          painter.redraw(TABLE_PART, ...(curvesDue() ? [CURVES_PART] : []));
        },
        onProbe: (event) => {
          if (event.probe !== 'decision-grid') return;
          board.grids[event.run.index] = event.data;
          painter.redraw(mapPart(event.run.index));
        },
        onRunEnd: (run) => {
          board.end(run.index, run);
          painter.redraw(TABLE_PART, mapPart(run.index), CURVES_PART);
        },
      },
      figure: () => {
        summary.textContent = describeRace(board.racers, RACE_TARGET);
        return raceFigure(board.racers);
      },
      end: () => board.finish(),
      parts: () => board.parts(),
      draw: (part) => board.draw(part, painter.width),
      start: () => {
        find.part('racers').addEventListener('change', () => {
          if (!state.running) resetRacers();
        });
        resetRacers();
      },
    };
  });
}
