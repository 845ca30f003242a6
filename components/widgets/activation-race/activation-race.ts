/**
 * The activation race's module, loaded when the widget nears the screen: a settings reader, a plan
 * and an arms board on the demo run skeleton. Train runs lab's trainer once per chosen activation, one
 * after another; each run's decision map, the loss curves and the table follow it.
 */
import { getActivation } from '../../../lab/index';
import { LIVE_CHART_INTERVAL_MS } from '../../ui/charts/chart-slot';
import { lastMade } from '../../ui/comparison/arm-plan';
import { ArmsBoard } from '../../ui/comparison/arms-board';
import { readSettings } from '../../ui/controls/read-settings';
import { mountDemo } from '../../ui/demo-run/demo-run';
import { shortName } from '../../ui/text/activation-names';
import { RACE_DEFAULTS, RACE_SETTINGS, RACE_TARGET, type RaceSettings } from './race-config';
import { raceDataset, racePlan } from './race-plan';
import { describeRace, raceFigure, resultRow } from './race-summary';
import { buildMapPanels, drawLossCurves, raceMaps, racerCaption } from './race-view';

export function mount(root: HTMLElement): Promise<void> {
  return mountDemo<RaceSettings>(root, { name: 'activation race', watch: (find) => [find.part('maps')] }, ({ find, painter, state }) => {
    const form = readSettings(RACE_SETTINGS, find, root);
    const summary = find.part('summary');
    const [loss, lossCaption] = [find.byId(`${root.id}-loss`), find.byId(`${root.id}-loss-caption`)];
    const datasetFor = lastMade(raceDataset);
    const initial = form.read();
    let seed: number = initial.ok ? initial.settings.seed : RACE_DEFAULTS.seed;
    const board: ArmsBoard = new ArmsBoard(painter, {
      panels: (racers) => buildMapPanels(find.part('maps'), racers),
      caption: racerCaption,
      drawMap: raceMaps(() => datasetFor(seed)),
      results: { body: find.part<HTMLTableSectionElement>('results-body'), rows: (racers) => racers.map((racer) => resultRow(racer, RACE_TARGET)) },
      own: {
        curves: {
          liveEveryMs: LIVE_CHART_INTERVAL_MS,
          draw: () => drawLossCurves(loss, lossCaption, board.arms, painter.width(loss)),
        },
      },
    });
    const reset = (settings: Pick<RaceSettings, 'racers' | 'epochs'>): void => {
      board.reset(settings.racers.map((id) => ({ id, label: shortName(getActivation(id)) })), settings.epochs);
      summary.textContent = '';
    };
    const resetRacers = (): void => {
      const reading = form.read();
      reset(reading.ok ? reading.settings : { racers: [], epochs: 1 });
      painter.redraw(...board.parts());
    };
    return {
      form,
      plan: (settings) => {
        seed = settings.seed;
        return racePlan(settings, datasetFor(seed));
      },
      begin: (settings) => {
        reset(settings);
        painter.markAll();
      },
      listener: board.listener,
      figure: () => {
        summary.textContent = describeRace(board.arms, RACE_TARGET);
        return raceFigure(board.arms);
      },
      end: () => board.finish(),
      parts: () => board.parts(),
      draw: (part) => board.draw(part),
      start: () => {
        find.part('racers').addEventListener('change', () => {
          if (!state.running) resetRacers();
        });
        resetRacers();
      },
    };
  });
}
