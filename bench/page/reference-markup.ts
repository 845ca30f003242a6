/** The reference demo's markup: the same data-part contract as DemoFrame + TrainBar, built in the page. */

export interface ReferenceElements {
  root: HTMLElement;
  seed: HTMLInputElement;
  mode: HTMLSelectElement;
  engine: HTMLSelectElement;
  map: HTMLElement;
  loss: HTMLElement;
}

export const REFERENCE_DEMO_ID = 'reference-workload';

const MARKUP = `
  <p class="demo-title" id="${REFERENCE_DEMO_ID}-title">Benchmark: the reference workload (2 × 8 tanh on the spiral)</p>
  <div style="display:flex;gap:1rem;flex-wrap:wrap">
    <label>Seed <input data-part="seed" type="number" min="0" step="1" value="1"></label>
    <label>Engine <select data-part="engine">
      <option value="auto">lab's choice (array engine for this MLP)</option>
      <option value="tfjs">tfjs (the reference implementation)</option>
    </select></label>
    <label>Run <select data-part="mode">
      <option value="target">until 97% test accuracy</option>
      <option value="throughput">a fixed number of epochs</option>
    </select></label>
  </div>
  <div class="train-bar" style="display:flex;gap:0.75rem;align-items:center;margin:0.75rem 0">
    <button type="button" class="primary" data-part="train">Train</button>
    <button type="button" data-part="stop" hidden>Stop</button>
    <button type="button" data-part="copy-link" hidden>Copy link</button>
    <div data-part="progress" role="progressbar" aria-label="Training progress" aria-valuemin="0" aria-valuemax="100" aria-valuenow="0" hidden
      style="flex:1 1 8rem;height:0.6rem;border:1px solid var(--border);border-radius:999px;overflow:hidden">
      <span data-part="progress-bar" style="display:block;height:100%;width:0;background:var(--accent)"></span>
    </div>
    <small data-part="backend"></small>
  </div>
  <p data-part="status" role="status" aria-live="polite"></p>
  <div data-part="link-status" role="status" aria-live="polite" hidden></div>
  <div style="display:flex;gap:1rem;flex-wrap:wrap">
    <figure data-part="map" style="margin:0;min-height:300px" aria-label="Decision map"></figure>
    <figure data-part="loss" style="margin:0;flex:1 1 20rem" aria-label="Training loss"></figure>
  </div>`;

function part<T extends HTMLElement>(root: HTMLElement, name: string): T {
  return root.querySelector<T>(`[data-part="${name}"]`)!;
}

/** Builds the demo at the top of the chapter's main column, so it is on screen like a widget in use. */
export function insertReferenceDemo(): ReferenceElements {
  const root = document.createElement('section');
  root.className = 'demo';
  root.id = REFERENCE_DEMO_ID;
  Object.assign(root.dataset, { demo: REFERENCE_DEMO_ID, state: 'idle', metric: 'test-accuracy', target: '>=0.97' });
  root.setAttribute('role', 'group');
  root.setAttribute('aria-labelledby', `${REFERENCE_DEMO_ID}-title`);
  root.style.cssText = 'display:block;margin:1rem 0;padding:1rem;border:1px solid var(--border);background:var(--bg-soft)';
  root.innerHTML = MARKUP;
  const main = document.querySelector('main') ?? document.body;
  main.prepend(root);
  return {
    root,
    seed: part<HTMLInputElement>(root, 'seed'),
    mode: part<HTMLSelectElement>(root, 'mode'),
    engine: part<HTMLSelectElement>(root, 'engine'),
    map: part(root, 'map'),
    loss: part(root, 'loss'),
  };
}
