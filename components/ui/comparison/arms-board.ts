/**
 * The arms board: what a comparison widget shows while lab's run orchestrator trains its arms and
 * after. It keeps one ArmState per arm (arm-state.ts), follows the runs as their listener, asks the
 * part painter for the parts each report changes, and draws them: the results table (rows from the
 * arms), one map panel per arm that has one (caption and live map), then the widget's own parts.
 * A widget gives only what is its own: its panels, how a map and a row look, and its other charts.
 */
import type { RunListener } from '../../../lab/index';
import { redrawGate } from '../charts/chart-slot';
import { textTableRow } from '../charts/table-row';
import type { PartPainter } from '../demo-run/part-painter';
import { finishArms, settle, waitingArm, withNumbers, type ArmState } from './arm-state';

/** Where one arm's map is drawn: its chart slot and the caption under it. */
export interface MapPanel {
  chart: HTMLElement;
  caption: HTMLElement;
}

export interface OwnPart {
  draw(): void;
  /** While a run trains: left out, the part is drawn when a run ends; 0, with every report; else at most once per so many ms. */
  liveEveryMs?: number;
}

export interface ArmsBoardOptions {
  /** The map panels by arm id, asked again when reset() changes the arms; an arm without one has no map. */
  panels(arms: readonly ArmState[]): Readonly<Record<string, MapPanel>>;
  caption(arm: ArmState): string;
  /** Draws an arm's map into its panel's chart slot. */
  drawMap(arm: ArmState, panel: MapPanel): void;
  /** The results table's body, and its rows from the arms. */
  results?: { body: HTMLTableSectionElement; rows(arms: readonly ArmState[]): string[][] };
  /** The widget's other parts by name, drawn after the maps. */
  own?: Readonly<Record<string, OwnPart>>;
}

const RESULTS = 'results';
const MAP = 'map:';

export class ArmsBoard {
  arms: ArmState[] = [];
  readonly #painter: PartPainter;
  readonly #options: ArmsBoardOptions;
  readonly #own: Readonly<Record<string, OwnPart>>;
  readonly #gates = new Map<string, () => boolean>();
  #panels: Readonly<Record<string, MapPanel>> = {};

  constructor(painter: PartPainter, options: ArmsBoardOptions) {
    this.#painter = painter;
    this.#options = options;
    this.#own = options.own ?? {};
    for (const [name, part] of Object.entries(this.#own)) {
      if (part.liveEveryMs) this.#gates.set(name, redrawGate(part.liveEveryMs));
    }
  }

  arm(id: string): ArmState | undefined {
    return this.arms.find((arm) => arm.id === id);
  }

  /** Arms waiting to train, in run order. The panels stay while the arms do, so a new Train only recolours their maps. */
  reset(arms: readonly { id: string; label: string }[], totalEpochs: number): void {
    const sameArms = arms.map((arm) => arm.id).join() === this.arms.map((arm) => arm.id).join();
    this.arms = arms.map(({ id, label }) => waitingArm(id, label, totalEpochs));
    if (!sameArms) this.#panels = this.#options.panels(this.arms);
  }

  /** The runs are over: a run still training was stopped, the ones after it never ran. */
  finish(): void {
    this.arms = finishArms(this.arms);
  }

  parts(): string[] {
    const maps = this.arms.filter((arm) => this.#panels[arm.id]).map((arm) => MAP + arm.id);
    return [...(this.#options.results ? [RESULTS] : []), ...maps, ...Object.keys(this.#own)];
  }

  draw(part: string): void {
    const { results, caption, drawMap } = this.#options;
    if (part === RESULTS) {
      results?.body.replaceChildren(...results.rows(this.arms).map(textTableRow));
      return;
    }
    const arm = part.startsWith(MAP) ? this.arm(part.slice(MAP.length)) : undefined;
    const panel = arm && this.#panels[arm.id];
    if (arm && panel) {
      panel.caption.textContent = caption(arm);
      drawMap(arm, panel);
    } else {
      this.#own[part]?.draw();
    }
  }

  /** Follows the runs: each report updates its arm and asks for the parts it changed. */
  readonly listener: RunListener = {
    onRunStart: (run) => this.#update(run.arm, (arm) => ({ ...arm, phase: 'running' }), []),
    onProgress: ({ run, progress }) => this.#update(run.arm, (arm) => {
      arm.history.push({ epoch: progress.epoch, loss: progress.loss });
      return withNumbers(arm, progress);
    }, this.#liveParts()),
    onProbe: (event) => {
      if (event.probe === 'decision-grid') this.#update(event.run.arm, (arm) => ({ ...arm, grid: event.data }), []);
    },
    onRunEnd: (record) => this.#update(record.arm, (arm) => settle(arm, record), Object.keys(this.#own)),
  };

  #liveParts(): string[] {
    return Object.entries(this.#own).filter(([name, part]) => part.liveEveryMs === 0 || this.#gates.get(name)?.()).map(([name]) => name);
  }

  #update(id: string, change: (arm: ArmState) => ArmState, ownParts: readonly string[]): void {
    const index = this.arms.findIndex((arm) => arm.id === id);
    if (index < 0) return;
    this.arms[index] = change(this.arms[index]!);
    const map = this.#panels[id] ? [MAP + id] : [];
    this.#painter.redraw(...(this.#options.results ? [RESULTS] : []), ...map, ...ownParts);
  }
}
