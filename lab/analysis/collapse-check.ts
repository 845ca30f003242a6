/** A trained linear network multiplied out into one layer, and that layer checked against the network. */
import type { tf } from '../tfjs.ts';
import type { Dataset } from '../types.ts';
import { datasetBounds } from '../datasets/bounds.ts';
import { gridPoints } from '../train/grid.ts';
import { collapseLinearStack, type CollapsedLayer } from './collapse-linear.ts';
import { compareWithCollapsed, compareWithCollapsedInSlices, type CollapseComparison } from './compare-collapsed.ts';

/** The collapse is checked on every data point and on this many × this many points across the plane. */
export const COLLAPSE_CHECK_GRID = 41;

/** Every data point plus a regular grid over the data's square. */
export function collapseCheckPoints(dataset: Dataset): number[][] {
  const flat = gridPoints(datasetBounds(dataset), COLLAPSE_CHECK_GRID);
  const grid: number[][] = [];
  for (let i = 0; i < flat.length; i += 2) grid.push([flat[i]!, flat[i + 1]!]);
  return [...dataset.train.xs, ...dataset.test.xs, ...grid];
}

export interface CollapseCheck {
  layer: CollapsedLayer;
  comparison: CollapseComparison;
}

export function collapseAndCheck(model: tf.Sequential, dataset: Dataset): CollapseCheck {
  const layer = collapseLinearStack(model);
  return { layer, comparison: compareWithCollapsed(model, layer, collapseCheckPoints(dataset)) };
}

/** collapseAndCheck in short tasks: the check runs a chunk of points per task. */
export async function collapseAndCheckInSlices(model: tf.Sequential, dataset: Dataset): Promise<CollapseCheck> {
  const layer = collapseLinearStack(model);
  return { layer, comparison: await compareWithCollapsedInSlices(model, layer, collapseCheckPoints(dataset)) };
}

