/**
 * The capacity widget's parts: the chosen width's decision map (recoloured while it trains, drawn in
 * full with its 0.5 curve once finished), its loss curves, the sweep chart, and the table with the
 * chosen width's reading (cheap text, drawn with every change).
 */
import { readPalette } from '../../ui/charts/chart-palette';
import { readSeriesColours } from '../../ui/charts/series-style';
import { clampWidth } from '../../ui/charts/chart-slot';
import type { WidgetElementFinder } from '../../ui/demo-run/widget-elements';
import type { DecisionMapSlot, MapMode } from '../../ui/live-maps/decision-map-slot';
import { labelledPoints } from '../../ui/live-maps/plane-chart';
import { sigmoidMapOptions } from '../../ui/live-maps/sigmoid-map';
import { GRID_RESOLUTION } from './capacity-config';
import type { CapacityState } from './capacity-state';
import { describeCurves, describeSweep, widthReading } from './capacity-text';
import { drawCurves, drawSweep, drawTable } from './capacity-view';

export const PARTS = ['table', 'map', 'curves', 'sweep'] as const;

/** The elements the parts draw into. */
export function capacityOutlets(find: WidgetElementFinder, root: HTMLElement) {
  const byId = (suffix: string) => find.byId(`${root.id}-${suffix}`);
  return {
    reading: find.part('reading'), summary: find.part('summary'), resultRows: find.part<HTMLTableSectionElement>('results-body'),
    sweep: byId('sweep'), sweepCaption: byId('sweep-caption'), map: byId('map'), mapCaption: byId('map-caption'),
    curves: byId('curves'), curvesCaption: byId('curves-caption'),
  };
}

export type CapacityOutlets = ReturnType<typeof capacityOutlets>;

export interface PartScene {
  state: CapacityState;
  outlets: CapacityOutlets;
  slot: DecisionMapSlot;
  width(element: HTMLElement): number;
}

export function drawCapacityPart(part: string, { state, outlets, slot, width: widthOf }: PartScene): void {
  const width = state.widths[state.selected]!;
  const run = state.runs[state.selected];
  const live = state.live?.index === state.selected ? state.live : undefined;
  const palette = readPalette();
  if (part === 'table') {
    outlets.reading.textContent = widthReading(width, run, state.summary?.readings[state.selected], live?.epoch, state.totalEpochs);
    drawTable(outlets.resultRows, state);
  } else if (part === 'map') {
    const grid = live?.grid ?? state.grids[state.selected];
    // A finished run's map is drawn in full, with its 0.5 curve; one in training or untrained is recoloured.
    const mode: MapMode = live || !grid ? 'live' : 'full';
    const caption = grid
      ? `Width ${width}: the network’s probability of “inside” over the plane, with the training points (flipped labels included).`
      : `Width ${width}: not trained yet; the ${state.dataset.train.xs.length} training points, flipped labels included.`;
    const ariaLabel = `${caption} Outside points are circles, inside points triangles${mode === 'full' ? '; the dashed curve is where the output is 0.5' : ''}.`;
    outlets.mapCaption.textContent = caption;
    slot.show(sigmoidMapOptions({
      grid, bounds: state.bounds, resolution: GRID_RESOLUTION, points: labelledPoints(state.dataset.train), palette,
      size: clampWidth(widthOf(outlets.map), 200, 280), ariaLabel, boundary: mode === 'full',
    }), mode);
  } else if (part === 'curves') {
    const curve = live?.curve ?? run?.curve ?? [];
    const caption = describeCurves(width, curve);
    outlets.curvesCaption.textContent = caption;
    drawCurves(outlets.curves, curve, state.totalEpochs, { palette, colours: readSeriesColours(), ariaLabel: caption, slotWidth: widthOf(outlets.curves) });
  } else {
    const finished = state.finished();
    const caption = describeSweep(finished, state.summary);
    outlets.sweepCaption.textContent = caption;
    if (finished.length === 0) return;
    const sweep = { runs: finished, widths: state.widths, bestWidth: state.summary?.bestWidth, selectedWidth: width };
    const ariaLabel = `${caption} A ring marks the width shown below.`;
    drawSweep(outlets.sweep, sweep, { palette, colours: readSeriesColours(), ariaLabel, slotWidth: widthOf(outlets.sweep) });
  }
}
