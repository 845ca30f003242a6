// A small static file server for the built site, used by the end-to-end tests and the benchmark.
// (`astro preview` allows only one server per machine; tests and benchmarks need their own.)
// A site built under a base path (ACTIVATION_LAB_BASE) is served under that path only, as a static
// host would serve it from a subfolder; anything outside it gets the 404 page.
// Serves index.html for folders, 404.html with status 404 for anything missing, and the MIME
// types the site needs (wasm must be application/wasm for streaming compilation). Text and wasm are
// gzipped for clients that accept it, as any static host does, so page-load measurements
// (Lighthouse's simulated slow network) see realistic transfer sizes.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';

const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
};

/** Already-compressed formats (fonts, images, Pagefind's index) go as they are. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.webmanifest', '.xml', '.svg', '.txt', '.wasm']);

function acceptsGzip(request) {
  return /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
}

function resolveFile(root, urlPath, base) {
  const decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  if (!decoded.startsWith(base)) return undefined;
  const candidate = normalize(join(root, decoded.slice(base.length - 1)));
  if (!candidate.startsWith(root)) return undefined;
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = join(candidate, 'index.html');
  if (existsSync(index)) return index;
  return undefined;
}

/** "/", or the base path with one leading and one trailing slash. */
function normaliseBase(base) {
  const segments = String(base ?? '/').split('/').filter(Boolean);
  return segments.length ? `/${segments.join('/')}/` : '/';
}

export function startStaticServer({ root, port, host = '127.0.0.1', base = '/' }) {
  const absoluteRoot = resolve(root);
  const basePath = normaliseBase(base);
  const server = createServer((request, response) => {
    const file = resolveFile(absoluteRoot, request.url ?? '/', basePath);
    const notFound = join(absoluteRoot, '404.html');
    const served = file ?? (existsSync(notFound) ? notFound : undefined);
    if (!served) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    const gzip = COMPRESSIBLE.has(extname(served)) && acceptsGzip(request);
    response.writeHead(file ? 200 : 404, {
      'content-type': MIME_TYPES[extname(served)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      vary: 'accept-encoding',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    const body = createReadStream(served);
    if (gzip) body.pipe(createGzip()).pipe(response);
    else body.pipe(response);
  });
  return new Promise((resolvePromise) => server.listen(port, host, () => resolvePromise(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = process.env.ACTIVATION_LAB_OUT ?? 'dist';
  const port = Number(process.env.PORT ?? process.argv[2] ?? 4321);
  const base = normaliseBase(process.env.ACTIVATION_LAB_BASE);
  await startStaticServer({ root, port, base });
  console.log(`Serving ${root} at http://127.0.0.1:${port}${base}`);
}
