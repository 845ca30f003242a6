/**
 * One arm's decision map. Before and while the arm trains, each new grid only recolours the map
 * already drawn (without the 0.5 curve, which would go stale); a finished map is a full render with
 * its 0.5 curve back.
 */
import { DecisionMapSlot, type MapMode } from '../../ui/live-maps/decision-map-slot';
import type { ArmKey, MapSlot } from './bias-race-dom';
import { mapCaption, mapOptions, type ArmState, type MapScene } from './bias-race-view';

const modeOf = (state: ArmState): MapMode => (state.phase === 'running' || state.phase === 'waiting' ? 'live' : 'full');

export class ArmMap {
  readonly #slot: MapSlot;
  readonly #arm: ArmKey;
  readonly #chart: DecisionMapSlot;

  constructor(slot: MapSlot, arm: ArmKey) {
    this.#slot = slot;
    this.#arm = arm;
    this.#chart = new DecisionMapSlot(slot.chart);
  }

  /** True when showing `state` only recolours the chart on the page (no Plot render). */
  isCheap(state: ArmState, scene: MapScene): boolean {
    const mode = modeOf(state);
    return this.#chart.isCheap(mapOptions(this.#arm, state, scene, mode === 'full'), mode);
  }

  draw(state: ArmState, scene: MapScene): void {
    const mode = modeOf(state);
    this.#slot.caption.textContent = mapCaption(this.#arm, state);
    this.#chart.show(mapOptions(this.#arm, state, scene, mode === 'full'), mode);
  }
}
