/**
 * The arrows of the house (shared/ARCHITECTURE.md, "Which way the arrows point"), held by
 * dependency-cruiser in `npm run check`: every rule here is an error.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'No import cycles, type-only imports included: a cycle ties two files into one idea.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'lab-imports-nothing-above-it',
      severity: 'error',
      comment: 'lab/ is the bottom floor: it runs in a page, a worker and Node, so it imports nothing of ours outside lab/.',
      from: { path: '^lab/' },
      to: { path: '^(components|site|content|bench|tests|public)/' },
    },
    {
      name: 'lab-has-no-plot-or-ui-library',
      severity: 'error',
      comment: 'lab/ draws nothing: charts (Observable Plot), the editor and the DOM belong to components/.',
      from: { path: '^lab/' },
      to: { path: 'node_modules/(@observablehq|@codemirror|codemirror|katex|astro)/' },
    },
    {
      name: 'components-never-import-content-or-site',
      severity: 'error',
      comment: 'Chapters embed components, never the other way round.',
      from: { path: '^components/' },
      to: { path: '^(content|site)/' },
    },
    {
      name: 'lab-only-through-its-front-door',
      severity: 'error',
      comment: 'Outside lab/ (tests aside, which mirror its files), lab is reached only through lab/index.ts.',
      from: { path: '^(components|site|content|bench)/' },
      to: { path: '^lab/', pathNot: '^lab/index[.]ts$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|node_modules|[.]astro)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'], extensions: ['.ts', '.mjs', '.js', '.json'] },
  },
};
