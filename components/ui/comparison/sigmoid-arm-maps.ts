/**
 * Arms' maps for networks with one sigmoid output: each panel's DecisionMapSlot, recoloured while
 * its arm trains; a map whose run ended is drawn in full with its 0.5 curve when the widget asks.
 */
import type { Bounds } from '../../../lab/index';
import { readPalette } from '../charts/chart-palette';
import { clampWidth } from '../charts/chart-slot';
import type { Segment } from '../charts/line-segment';
import type { LabelledPoint } from '../live-maps/decision-map';
import { DecisionMapSlot } from '../live-maps/decision-map-slot';
import { sigmoidMapOptions } from '../live-maps/sigmoid-map';
import { hasEnded, type ArmState } from './arm-state';
import type { MapPanel } from './arms-board';

export interface SigmoidArmMaps {
  resolution: number;
  bounds(): Bounds;
  points(): readonly LabelledPoint[];
  /** The least and most width of a map, in pixels. */
  size: readonly [number, number];
  /** The map's text alternative; `full` when it is drawn in full, with its 0.5 curve. */
  describe(arm: ArmState, full: boolean): string;
  /** Draw an ended arm's map in full (by default every map is only recoloured). */
  endedInFull?: boolean;
  /** A ring at this point, e.g. the origin. */
  marker?: { x: number; y: number };
  /** A straight line over the arm's map, e.g. where a collapsed linear network gives z = 0 (moved, not redrawn, while live). */
  line?(arm: ArmState): Segment | undefined;
}

export function sigmoidArmMaps(look: SigmoidArmMaps): (arm: ArmState, panel: MapPanel) => void {
  const slots = new WeakMap<HTMLElement, DecisionMapSlot>();
  return (arm, panel) => {
    const slot = slots.get(panel.chart) ?? new DecisionMapSlot(panel.chart);
    slots.set(panel.chart, slot);
    const full = look.endedInFull === true && hasEnded(arm);
    const options = sigmoidMapOptions({
      grid: arm.grid, bounds: look.bounds(), resolution: look.resolution, points: look.points(), palette: readPalette(),
      size: clampWidth(panel.chart.clientWidth, look.size[0], look.size[1]), boundary: full, ariaLabel: look.describe(arm, full),
      ...(look.marker ? { marker: look.marker } : {}),
    });
    const line = look.line?.(arm);
    slot.show(line ? { ...options, boundary: line } : options, full ? 'full' : 'live');
  };
}
