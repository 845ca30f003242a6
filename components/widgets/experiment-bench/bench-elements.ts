/** Finds the bench's controls and output areas in its markup (ExperimentBench.astro). */
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

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`experiment bench: #${id} is missing`);
  return element as T;
}

function part<T extends HTMLElement>(root: HTMLElement, name: string): T {
  const element = root.querySelector<T>(`[data-part="${name}"]`);
  if (!element) throw new Error(`experiment bench: [data-part="${name}"] is missing`);
  return element;
}

export function findBenchElements(root: HTMLElement): BenchElements {
  const id = root.id;
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
    activationChoices: part(root, 'activation-choices'),
    activationError: part(root, 'activation-error'),
    configNotice: part(root, 'config-notice'),
    storage: part(root, 'storage'),
    runProgress: part(root, 'run-progress'),
    runLabel: part(root, 'run-label'),
    runProgressTrack: part(root, 'run-progress-track'),
    runProgressBar: part(root, 'run-progress-bar'),
    summary: part(root, 'summary'),
    summaryCaption: part(root, 'summary-caption'),
    curves: byId(`${id}-curves`),
    curvesCaption: byId(`${id}-curves-caption`),
    curveKey: part(root, 'curve-key'),
    runsPanel: part(root, 'runs-panel'),
    runCount: part(root, 'run-count'),
    compare: part(root, 'compare'),
    showLatest: part(root, 'show-latest'),
    remove: part(root, 'delete'),
    exportCsv: part(root, 'export-csv'),
    exportJson: part(root, 'export-json'),
    importFile: part(root, 'import'),
    runsStatus: part(root, 'runs-status'),
    runs: part(root, 'runs'),
    selectAll: part(root, 'select-all'),
  };
}
