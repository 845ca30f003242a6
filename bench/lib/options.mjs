// Command-line options of `npm run bench` (see bench/README.md).

export const SECTIONS = ['node', 'parallel', 'scale', 'reference', 'demos', 'demosTfjs', 'transfer', 'coldstart', 'pageload', 'lighthouse'];

const DEFAULTS = {
  out: '.out/bench',
  build: true,
  sections: SECTIONS,
  seeds: [1, 2, 3, 4, 5],
  timingRuns: 3,
  tensorRuns: 20,
  chapters: '',
  demoTimeoutMs: 240_000,
  backend: '',
  lighthouseRuns: 3,
  referenceEngine: 'auto',
};

function list(value) {
  return value.split(',').map((item) => item.trim()).filter(Boolean);
}

export function usage() {
  return [
    'npm run bench -- [options]',
    '  --no-build            use the site already built in --out',
    '  --out=DIR             build folder inside the project (default .out/bench)',
    `  --only=LIST           sections to run, of ${SECTIONS.join(',')}`,
    '  --skip=LIST           sections to leave out',
    '  --seeds=1,2,3,4,5     reference workload seeds',
    '  --timing-runs=3       runs per demo whose median is reported',
    '  --tensor-runs=20      back-to-back runs per demo before counting tensors again',
    '  --chapters=TEXT       only chapters whose path contains TEXT',
    '  --lighthouse-runs=3    Lighthouse audits per page (the median is kept)',
    '  --reference-engine=auto|tfjs  engine for the in-page reference workload (tfjs: the pre-array-engine path)',
    '  --backend=cpu|wasm    tfjs backend for the pages (?tf-backend=…; default: the site\'s own)',
  ].join('\n');
}

export function parseOptions(argv) {
  const options = { ...DEFAULTS };
  for (const argument of argv) {
    const [flag, value = ''] = argument.split(/=(.*)/s);
    switch (flag) {
      case '--no-build': options.build = false; break;
      case '--out': options.out = value; break;
      case '--only': options.sections = list(value); break;
      case '--skip': options.sections = options.sections.filter((section) => !list(value).includes(section)); break;
      case '--seeds': options.seeds = list(value).map(Number); break;
      case '--timing-runs': options.timingRuns = Number(value); break;
      case '--tensor-runs': options.tensorRuns = Number(value); break;
      case '--chapters': options.chapters = value; break;
      case '--backend': options.backend = value; break;
      case '--lighthouse-runs': options.lighthouseRuns = Number(value); break;
      case '--reference-engine': options.referenceEngine = value; break;
      case '--help': options.help = true; break;
      default: throw new Error(`Unknown option ${argument}\n\n${usage()}`);
    }
  }
  const unknown = options.sections.filter((section) => !SECTIONS.includes(section));
  if (unknown.length > 0) throw new Error(`Unknown section(s) ${unknown.join(', ')}; choose from ${SECTIONS.join(', ')}.`);
  if (options.seeds.some((seed) => !Number.isInteger(seed))) throw new Error('--seeds takes integers, e.g. --seeds=1,2,3');
  if (!(options.timingRuns >= 1) || !(options.tensorRuns >= options.timingRuns)) {
    throw new Error('--timing-runs must be at least 1 and --tensor-runs at least as many.');
  }
  return options;
}
