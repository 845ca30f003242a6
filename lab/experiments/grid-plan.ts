/**
 * A whole grid as one plan for lab's run orchestrator (one arm per activation, the grid's seeds),
 * for a caller that runs it in one go on its own thread, as the page's demo skeleton does. The
 * orchestrator numbers runs seed by seed, arm by arm: exactly the grid's cell order, so a run's
 * index is its cell's and its record equals the one runCell makes for that cell.
 */
import type { RunPlan } from '../runs/plan.ts';
import type { GridCell } from './definition.ts';
import { expandGrid, seedsOf } from './expand-grid.ts';
import type { GridSetup } from './grid-setup.ts';
import { activationArm } from './run-cell.ts';

export interface GridPlan {
  cells: GridCell[];
  plan: RunPlan;
}

export function gridPlan(setup: GridSetup): GridPlan {
  const { config, dataset } = setup;
  return {
    cells: expandGrid(config),
    plan: {
      arms: config.activations.map((_, position) => activationArm(config, dataset, position)),
      seeds: seedsOf(config),
      continueOnError: true,
      ...(setup.sliceBudgetMs !== undefined ? { sliceBudgetMs: setup.sliceBudgetMs } : {}),
    },
  };
}
