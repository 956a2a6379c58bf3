import { describe, expect, it } from 'vitest';
import { runWarmUp, warmOutcomes } from './warm-up.ts';

describe('outcome warm-up', () => {
  it('runs every step of the first view it warms without meeting an error', async () => {
    await expect(runWarmUp()).resolves.toBeUndefined();
  });

  it('never rejects, whatever it meets (a failed warm-up costs only the speed-up)', async () => {
    await expect(warmOutcomes()).resolves.toBeUndefined();
  });
});
