// Reads a V8 CPU profile (CDP Profiler.stop) as stretches of main-thread work: consecutive samples
// that are not "(idle)". Back-to-back tasks merge into one stretch, so a stretch is an upper bound on
// the longest task inside it.

const IDLE = '(idle)';
const HIDDEN = /^\((root|program|anonymous)\)/;

function frameLabel(node) {
  const { functionName, url, lineNumber } = node.callFrame;
  return `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}`;
}

/** Stretches, longest first: { ms, samples: node ids }. */
export function busyStretches(profile) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const stretches = [];
  let current = null;
  profile.samples.forEach((id, index) => {
    if (nodes.get(id).callFrame.functionName === IDLE) {
      if (current) stretches.push(current);
      current = null;
      return;
    }
    current ??= { ms: 0, samples: [] };
    current.ms += (profile.timeDeltas[index + 1] ?? 0) / 1000;
    current.samples.push(id);
  });
  if (current) stretches.push(current);
  return stretches.sort((a, b) => b.ms - a.ms);
}

/** Each function's inclusive time within a stretch (a function counted once per sample), largest first. */
export function inclusiveTimes(profile, stretch) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parents = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  const msPerSample = stretch.ms / stretch.samples.length;
  const counts = new Map();
  for (const sample of stretch.samples) {
    const seen = new Set();
    for (let id = sample; id !== undefined; id = parents.get(id)) {
      const label = frameLabel(nodes.get(id));
      if (seen.has(label)) continue;
      seen.add(label);
      counts.set(label, (counts.get(label) ?? 0) + 1);
    }
  }
  return [...counts]
    .filter(([label]) => !HIDDEN.test(label))
    .map(([label, count]) => ({ label, ms: count * msPerSample }))
    .sort((a, b) => b.ms - a.ms || a.label.localeCompare(b.label));
}
