import { describe, expect, it } from 'vitest';
import { consortFlow } from './flow.ts';

describe('consortFlow', () => {
  // 10 referred: 1 still referred; 9 screened of whom 2 ineligible and 1 withdrew while screening;
  // 6 eligible, 1 awaiting consent; 5 consented; 4 started (1 still consented); 3 completed,
  // 1 withdrew during treatment.
  const counts = [
    { reached: 'referred', status: 'referred', n: 1 },
    { reached: 'screened', status: 'ineligible', n: 2 },
    { reached: 'screened', status: 'withdrawn', n: 1 },
    { reached: 'eligible', status: 'eligible', n: 1 },
    { reached: 'consented', status: 'consented', n: 1 },
    { reached: 'started', status: 'withdrawn', n: 1 },
    { reached: 'completed', status: 'completed', n: 3 },
  ] as const;

  it('counts every stage reached and why enrollments stopped', () => {
    const nodes = consortFlow(counts, [{ key: 'm3#1', label: '3 months', expected: 3, assessed: 2 }]);
    expect(nodes.map((n) => [n.key, n.n])).toEqual([
      ['referred', 10],
      ['screened', 9],
      ['eligible', 6],
      ['consented', 5],
      ['started', 4],
      ['completed', 3],
      ['follow-up:m3#1', 2],
    ]);
    expect(nodes[1]!.exits).toEqual([
      { reason: 'not eligible', n: 2 },
      { reason: 'withdrew', n: 1 },
    ]);
    expect(nodes[4]!.exits).toEqual([{ reason: 'withdrew', n: 1 }]);
    expect(nodes[6]!.exits).toEqual([
      { reason: 'missed', n: 1 },
      { reason: 'not due yet', n: 1 },
    ]);
  });

  it('gives zeros, not gaps, for an empty program', () => {
    const nodes = consortFlow([], []);
    expect(nodes).toHaveLength(6);
    expect(nodes.every((n) => n.n === 0 && n.exits.length === 0)).toBe(true);
  });
});
