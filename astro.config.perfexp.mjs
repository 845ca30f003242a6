// Temporary perf experiment (bench helper): the shared config with all stylesheets inlined.
import base from './astro.config.mjs';
export default { ...base, outDir: './.out/perf-inline', build: { ...(base.build ?? {}), inlineStylesheets: 'always' } };
