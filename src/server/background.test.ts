import { describe, expect, it } from 'vitest';
import { BackgroundQueue } from './background.ts';

describe('BackgroundQueue', () => {
  it('runs jobs after the caller returns, one at a time, in order, past a failing one', async () => {
    const seen: string[] = [];
    const errors: string[] = [];
    const queue = new BackgroundQueue((_e, job) => errors.push(job));
    const step = (name: string) => async () => {
      seen.push(`${name} start`);
      await new Promise((r) => setTimeout(r, 5));
      seen.push(`${name} end`);
    };
    queue.push('a', step('a'));
    queue.push('bad', async () => {
      throw new Error('boom');
    });
    queue.push('b', step('b'));
    expect(seen).toEqual([]);
    await queue.drain();
    expect(seen).toEqual(['a start', 'a end', 'b start', 'b end']);
    expect(errors).toEqual(['bad']);
  });
});
