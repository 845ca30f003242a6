/**
 * The scale section's in-page row (bench/lib/scale.mjs): built only into the benchmark's copy of the
 * site, loaded into a chapter page, it trains one cell of the scale grid through lab's train() in the
 * page's main thread, with the page's bundled lab and tfjs and the default slice budget, and reports
 * the samples per second. `prepare` warms the engine up and times one epoch to choose the epochs that
 * fill the budget; `run` is the measurement, around which the harness reads the main thread's CPU time.
 * It also says whether the browser reports a GPU (WebGL's unmasked renderer, navigator.gpu).
 */
import { buildModel, loadTfjs, makeDataset, tfjsBackendName, train } from '../../lab/index.ts';
import { startBackend } from '../../components/ui/backend/tf-backend';
import { epochsForBudget, PAGE_CELLS, ruleOnWasm, SCALE_TRAIN_SIZE, scaleModel, scaleTraining, type ScaleCell, type ScaleEngine } from '../scale-grid.ts';

export interface PageScaleRun {
  engine: ScaleEngine;
  ruleOnWasm: ReturnType<typeof ruleOnWasm>;
  ran: string;
  backend: string;
  epochs: number;
  /** Training examples the timed run went through. */
  samples: number;
  wallMs: number;
  samplesPerSecond: number;
}

export interface GpuReport {
  webglRenderer: string | null;
  /** The WebGPU adapter's description, null without one; `fallback` when it is a software adapter. */
  webgpuAdapter: string | null;
  /** Neither WebGL nor WebGPU runs on hardware (SwiftShader, llvmpipe or a fallback adapter). */
  softwareOnly: boolean;
}

interface GpuAdapterLike {
  isFallbackAdapter?: boolean;
  info?: { vendor?: string; architecture?: string; description?: string };
}

declare global {
  interface Window {
    __scaleBench?: {
      prepare(cell: ScaleCell, engine: ScaleEngine, budgetMs: number): Promise<number>;
      run(cell: ScaleCell, engine: ScaleEngine, epochs: number): Promise<PageScaleRun>;
      gpu(): Promise<GpuReport>;
      cells: readonly ScaleCell[];
    };
  }
}

const dataset = makeDataset('spiral', { size: SCALE_TRAIN_SIZE, noise: 0.1, testFraction: 0, seed: 1 });

async function timeEpochs(cell: ScaleCell, engine: ScaleEngine, epochs: number): Promise<{ wallMs: number; ran: string }> {
  const model = buildModel(scaleModel(cell));
  const startedAt = performance.now();
  try {
    const result = await train(model, dataset, scaleTraining(cell, engine, epochs));
    return { wallMs: performance.now() - startedAt, ran: result.engine ?? 'tfjs' };
  } finally {
    model.dispose();
  }
}

/** Starts the engine's backend, warms it up on this cell and returns the epochs that fill the budget. */
async function prepare(cell: ScaleCell, engine: ScaleEngine, budgetMs: number): Promise<number> {
  const wanted = engine === 'tfjs-cpu' ? 'cpu' : 'wasm';
  if (tfjsBackendName() !== wanted) await startBackend(wanted);
  // A backend needs only tfjs-core; the model is a layers model.
  await loadTfjs();
  await timeEpochs(cell, engine, 1);
  return epochsForBudget((await timeEpochs(cell, engine, 1)).wallMs, budgetMs);
}

async function run(cell: ScaleCell, engine: ScaleEngine, epochs: number): Promise<PageScaleRun> {
  const timed = await timeEpochs(cell, engine, epochs);
  return { engine, ruleOnWasm: ruleOnWasm(cell), ran: timed.ran, backend: tfjsBackendName(), epochs, samples: epochs * SCALE_TRAIN_SIZE, wallMs: timed.wallMs, samplesPerSecond: (epochs * SCALE_TRAIN_SIZE * 1000) / timed.wallMs };
}

const SOFTWARE_RENDERER = /swiftshader|llvmpipe|software/i;

async function gpu(): Promise<GpuReport> {
  const context = document.createElement('canvas').getContext('webgl2') ?? document.createElement('canvas').getContext('webgl');
  const info = context?.getExtension('WEBGL_debug_renderer_info');
  const webglRenderer = context && info ? String(context.getParameter(info.UNMASKED_RENDERER_WEBGL)) : null;
  const gpuApi = (navigator as unknown as { gpu?: { requestAdapter(): Promise<GpuAdapterLike | null> } }).gpu;
  const adapter = gpuApi ? await gpuApi.requestAdapter().catch(() => null) : null;
  const described = adapter ? [adapter.info?.vendor, adapter.info?.architecture, adapter.info?.description].filter(Boolean).join(' ') || 'unnamed' : null;
  const webgpuAdapter = adapter?.isFallbackAdapter ? `${described} (fallback)` : described;
  const hardwareWebgl = webglRenderer !== null && !SOFTWARE_RENDERER.test(webglRenderer);
  const hardwareWebgpu = adapter !== null && !adapter.isFallbackAdapter && !SOFTWARE_RENDERER.test(described ?? '');
  return { webglRenderer, webgpuAdapter, softwareOnly: !hardwareWebgl && !hardwareWebgpu };
}

window.__scaleBench = { prepare, run, gpu, cells: PAGE_CELLS };
