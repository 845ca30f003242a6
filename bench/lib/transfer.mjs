// JavaScript each chapter transfers: before any interaction (the page loaded and idle, nothing
// scrolled or clicked), and after its first demo's first run (Train pressed, the run ended, the
// network idle again: a demo may fetch code after it starts, e.g. tfjs-layers once its data set has
// loaded, which a count taken as soon as it starts would miss). Each script's decoded body
// is gzipped here (zlib level 6, a common server default), so the figure does not depend on how
// the server compresses.
// Inline <script> elements count too; .wasm binaries are reported on their own.
import { gzipSync } from 'node:zlib';
import { newContext } from './browser.mjs';
import { withFlags } from './chapters.mjs';

const TRAIN_BUTTON = /^[^\p{L}\p{N}]*(Train|Run)/u;
const IDLE_TIMEOUT_MS = 60_000;
const RUN_TIMEOUT_MS = 240_000;
/** data-state values of a demo whose run has ended. */
const RUN_ENDED = ['done', 'diverged', 'error'];

function isScript(response) {
  const type = response.headers()['content-type'] ?? '';
  return response.request().resourceType() === 'script' || type.includes('javascript');
}

/** Sizes of every script and wasm file the page fetches, by URL (each body read once). */
function collect(page) {
  const seen = new Map();
  page.on('response', (response) => {
    const url = response.url();
    if (seen.has(url) || !response.ok()) return;
    const wasm = url.endsWith('.wasm');
    if (!wasm && !isScript(response)) return;
    seen.set(url, response.body()
      .then((body) => ({ wasm, raw: body.length, gzip: gzipSync(body, { level: 6 }).length }))
      .catch(() => undefined));
  });
  return seen;
}

async function total(seen, inline) {
  const files = (await Promise.all(seen.values())).filter(Boolean);
  const js = files.filter((file) => !file.wasm);
  const wasm = files.filter((file) => file.wasm);
  const sum = (list, key) => list.reduce((acc, file) => acc + file[key], 0);
  return {
    scripts: js.length,
    jsGzipBytes: sum(js, 'gzip') + inline.gzip,
    jsRawBytes: sum(js, 'raw') + inline.raw,
    inlineGzipBytes: inline.gzip,
    wasmGzipBytes: sum(wasm, 'gzip'),
  };
}

async function inlineScripts(page) {
  const text = await page.evaluate(() => [...document.querySelectorAll('script:not([src])')]
    .filter((script) => !script.type || script.type === 'module' || script.type.includes('javascript'))
    .map((script) => script.textContent ?? '').join('\n'));
  const body = Buffer.from(text);
  return { raw: body.length, gzip: body.length ? gzipSync(body, { level: 6 }).length : 0 };
}

async function settle(page) {
  await page.waitForLoadState('networkidle', { timeout: IDLE_TIMEOUT_MS }).catch(() => undefined);
}

export async function measureTransfer(browser, origin, chapters, flags) {
  const results = [];
  for (const chapter of chapters) {
    const context = await newContext(browser);
    try {
      const page = await context.newPage();
      const seen = collect(page);
      await page.goto(origin + withFlags(chapter, flags), { waitUntil: 'load' });
      await settle(page);
      const inline = await inlineScripts(page);
      const initial = await total(seen, inline);
      const demo = page.locator('[data-demo]').first();
      let afterDemo = null;
      if (await demo.count()) {
        await demo.scrollIntoViewIfNeeded();
        await demo.getByRole('button', { name: TRAIN_BUTTON }).first().click();
        await page.waitForFunction(({ node, ended }) => ended.includes(node.dataset.state), { node: await demo.elementHandle(), ended: RUN_ENDED }, { timeout: RUN_TIMEOUT_MS }).catch(() => undefined);
        await settle(page);
        afterDemo = { demo: await demo.getAttribute('data-demo'), ...(await total(seen, inline)) };
      }
      results.push({ chapter, initial, afterDemo });
    } finally {
      await context.close();
    }
  }
  return { chapters: results };
}
