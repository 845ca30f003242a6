import { describe, expect, it } from 'vitest';
import { busyStretches, inclusiveTimes } from '../../bench/profile/busy-stretches.mjs';

const frame = (functionName: string, url = 'https://x/a.js', lineNumber = 0) => ({ functionName, url, lineNumber });

/** root → train → step, root → paint, root → (idle); samples every 1 ms. */
const PROFILE = {
  nodes: [
    { id: 1, callFrame: frame('(root)', ''), children: [2, 4, 5] },
    { id: 2, callFrame: frame('train', 'https://x/loop.js', 9), children: [3] },
    { id: 3, callFrame: frame('step', 'https://x/loop.js', 19) },
    { id: 4, callFrame: frame('paint', 'https://x/view.js', 4) },
    { id: 5, callFrame: frame('(idle)', '') },
  ],
  //           busy: 3 samples | idle | busy: 5 samples  | idle
  samples: [3, 3, 2, 5, 3, 3, 4, 4, 4, 5],
  timeDeltas: [0, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000],
};

describe('busy stretches of a CPU profile', () => {
  it('splits at idle samples and sorts the stretches longest first', () => {
    const stretches = busyStretches(PROFILE);
    expect(stretches.map((stretch: { samples: number[] }) => stretch.samples)).toEqual([[3, 3, 4, 4, 4], [3, 3, 2]]);
    expect(stretches.map((stretch: { ms: number }) => stretch.ms)).toEqual([5, 3]);
  });

  it('counts a function once per sample, with its callers, names it by file and line, and hides (root)', () => {
    const [longest] = busyStretches(PROFILE);
    expect(inclusiveTimes(PROFILE, longest)).toEqual([
      { label: 'paint view.js:5', ms: 3 },
      { label: 'step loop.js:20', ms: 2 },
      { label: 'train loop.js:10', ms: 2 },
    ]);
  });
});
