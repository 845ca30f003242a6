// Writes the service worker (Workbox's generateSW) into the built site, after Astro and Pagefind
// have written everything it precaches: every page, script, stylesheet, font, wasm binary, data
// chunk and the search index, so the guide works offline after one visit. The page registers it
// (site/layouts/parts/OfflineSupport.astro) and offers a reload when a newer build is deployed.
import path from 'node:path';
import { generateSW } from 'workbox-build';
import { siteAddress } from '../site/config/site-address.mjs';

/** What the guide needs offline. KaTeX's .woff and .ttf copies stay out: browsers take the .woff2. */
const PRECACHE = ['**/*.{html,css,js,mjs,wasm,woff2,svg,json,webmanifest}', 'icons/*.png', 'pagefind/**/*'];
const LEFT_OUT = [
  // tfjs only fetches the threaded build under cross-origin isolation, which the site does not ask for.
  '_astro/tfjs-backend-wasm-threaded-simd.*.wasm',
  // Pagefind's other front ends; the site uses its default UI.
  'pagefind/pagefind-modular-ui.*', 'pagefind/pagefind-component-ui.*', 'pagefind/pagefind-highlight.js',
  // Previews for link unfurlers, not for readers; the benchmark's own pages.
  'social/**', '_bench/**', 'sw.js',
];
/** The largest file precached is tfjs's bundle (about 1.1 MB); leave room for growth. */
const MAX_FILE_BYTES = 8 * 1024 * 1024;
/** Vite names its assets by content hash: their URLs change when they do. */
const HASHED_ASSET = /\/_astro\/.+\.[\w-]{8}\./;

export async function buildServiceWorker({ outDir, base }) {
  return generateSW({
    globDirectory: outDir,
    globPatterns: PRECACHE,
    globIgnores: LEFT_OUT,
    swDest: path.join(outDir, 'sw.js'),
    // Precache paths are relative to the output folder; the site is served under `base`.
    modifyURLPrefix: { '': base },
    dontCacheBustURLsMatching: HASHED_ASSET,
    // /chapters/swish/ is served from /chapters/swish/index.html, whatever ?query it carries.
    directoryIndex: 'index.html',
    ignoreURLParametersMatching: [/.*/],
    maximumFileSizeToCacheInBytes: MAX_FILE_BYTES,
    cleanupOutdatedCaches: true,
    // The first visit is taken over at once; a later build waits for the reader's "Reload".
    clientsClaim: true,
    skipWaiting: false,
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: 'production',
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const outDir = path.resolve(process.env.ACTIVATION_LAB_OUT ?? 'dist');
  const { base } = siteAddress(process.env);
  const { count, size, warnings } = await buildServiceWorker({ outDir, base });
  for (const warning of warnings) console.warn(`service worker: ${warning}`);
  console.log(`service worker: ${count} files precached, ${(size / 1024 / 1024).toFixed(1)} MB`);
}
