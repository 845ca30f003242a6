export { costRaceEntries, runCostRace, type CostEngine, type CostPass, type CostRaceOptions, type CostRaceResult, type CostRow } from './activation-cost.ts';
