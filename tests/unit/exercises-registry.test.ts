import { describe, expect, it } from 'vitest';
import { checkExercise, exerciseIds } from '../../lab/index.ts';

describe('the exercise registry', () => {
  it('has unique ids, two to four per chapter’s worth, in chapter order', () => {
    const ids = exerciseIds();
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[0]).toBe('neuron-output');
    expect(ids.at(-1)).toBe('keras-hard-sigmoid');
    ids.forEach((id) => expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/));
  });

  it('says which exercises exist when asked for one that does not', async () => {
    await expect(checkExercise('no-such-exercise', 1)).rejects.toThrow(/There is no exercise "no-such-exercise"\. Known exercises: neuron-output, bias-on-the-line, /);
  });
});
