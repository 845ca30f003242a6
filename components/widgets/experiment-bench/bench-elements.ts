/** Finds the bench's controls and output areas in its markup (ExperimentBench.astro). */
import { widgetElementFinder } from '../../ui/demo-run/widget-elements';

export interface BenchElements {
  dataset: HTMLSelectElement;
  noise: HTMLInputElement;
  dataSeed: HTMLInputElement;
  depth: HTMLInputElement;
  width: HTMLInputElement;
  initializer: HTMLSelectElement;
  optimizer: HTMLSelectElement;
  learningRate: HTMLInputElement;
  epochs: HTMLInputElement;
  seeds: HTMLInputElement;
  firstSeed: HTMLInputElement;
  target: HTMLInputElement;
  csvDrop: HTMLElement;
  csvFile: HTMLInputElement;
  csvColumns: HTMLElement;
  csvLabel: HTMLSelectElement;
  csvFeatures: HTMLElement;
  csvStatus: HTMLElement;
  verdicts: HTMLElement;
  pair: HTMLElement;
  pairFirst: HTMLSelectElement;
  pairSecond: HTMLSelectElement;
  pairVerdict: HTMLElement;
  activationChoices: HTMLElement;
  activationError: HTMLElement;
  configNotice: HTMLElement;
  storage: HTMLElement;
  runProgress: HTMLElement;
  runLabel: HTMLElement;
  runProgressTrack: HTMLElement;
  runProgressBar: HTMLElement;
  summary: HTMLTableElement;
  summaryCaption: HTMLElement;
  curves: HTMLElement;
  curvesCaption: HTMLElement;
  curveKey: HTMLElement;
  runsPanel: HTMLDetailsElement;
  runCount: HTMLElement;
  compare: HTMLButtonElement;
  showLatest: HTMLButtonElement;
  remove: HTMLButtonElement;
  exportCsv: HTMLButtonElement;
  exportJson: HTMLButtonElement;
  importFile: HTMLInputElement;
  runsStatus: HTMLElement;
  runs: HTMLTableElement;
  selectAll: HTMLInputElement;
}

export function findBenchElements(root: HTMLElement): BenchElements {
  const id = root.id;
  const { byId, part } = widgetElementFinder('experiment bench', root);
  return {
    dataset: byId(`${id}-dataset`),
    noise: byId(`${id}-noise`),
    dataSeed: byId(`${id}-data-seed`),
    depth: byId(`${id}-depth`),
    width: byId(`${id}-width`),
    initializer: byId(`${id}-init`),
    optimizer: byId(`${id}-optimizer`),
    learningRate: byId(`${id}-lr`),
    epochs: byId(`${id}-epochs`),
    seeds: byId(`${id}-seeds`),
    firstSeed: byId(`${id}-seed`),
    target: byId(`${id}-target`),
    csvDrop: part('csv-drop'),
    csvFile: part('csv-file'),
    csvColumns: part('csv-columns'),
    csvLabel: byId(`${id}-csv-label`),
    csvFeatures: part('csv-features'),
    csvStatus: part('csv-status'),
    verdicts: part('verdicts'),
    pair: part('pair'),
    pairFirst: byId(`${id}-pair-first`),
    pairSecond: byId(`${id}-pair-second`),
    pairVerdict: part('pair-verdict'),
    activationChoices: part('activation-choices'),
    activationError: part('activation-error'),
    configNotice: part('config-notice'),
    storage: part('storage'),
    runProgress: part('run-progress'),
    runLabel: part('run-label'),
    runProgressTrack: part('run-progress-track'),
    runProgressBar: part('run-progress-bar'),
    summary: part('summary'),
    summaryCaption: part('summary-caption'),
    curves: byId(`${id}-curves`),
    curvesCaption: byId(`${id}-curves-caption`),
    curveKey: part('curve-key'),
    runsPanel: part('runs-panel'),
    runCount: part('run-count'),
    compare: part('compare'),
    showLatest: part('show-latest'),
    remove: part('delete'),
    exportCsv: part('export-csv'),
    exportJson: part('export-json'),
    importFile: part('import'),
    runsStatus: part('runs-status'),
    runs: part('runs'),
    selectAll: part('select-all'),
  };
}
