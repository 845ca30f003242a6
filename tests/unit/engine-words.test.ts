/** The words a reader sees for the engine that trained a run, on a demo's bar and in the CLI. */
import { describe, expect, it } from 'vitest';
import { describeEnginesUsed, enginesUsed } from '../../lab/index.ts';
import { describeEngines, engineKey } from '../../components/ui/backend/engine-label.ts';

describe('engine words', () => {
  it('lists the engines that trained, lab first, each once, ignoring runs that never trained', () => {
    expect(enginesUsed([{ engine: 'tfjs' }, {}, { engine: 'lab' }, { engine: 'tfjs' }])).toEqual(['lab', 'tfjs']);
    expect(enginesUsed([{}])).toEqual([]);
  });

  it('says what trained the last run, with the backend, on the bar', () => {
    expect(describeEngines(['lab'], 'wasm')).toBe('lab engine (checked against TensorFlow.js) · wasm');
    expect(describeEngines(['tfjs'], 'cpu (wasm failed to start)')).toBe('TensorFlow.js · cpu (wasm failed to start)');
    expect(describeEngines(['lab', 'tfjs'], 'wasm')).toBe(`${describeEnginesUsed(['lab'])} and TensorFlow.js · wasm`);
    expect(describeEngines([], 'wasm')).toBe('backend: wasm');
    expect([engineKey(['lab']), engineKey(['tfjs']), engineKey(['lab', 'tfjs'])]).toEqual(['lab', 'tfjs', 'mixed']);
  });
});
