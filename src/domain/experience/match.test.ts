import { describe, expect, it } from 'vitest';
import { isCompleteMysticalExperience } from '../instruments/meq-30/index.ts';
import { matchResponses } from './match.ts';

describe('matchResponses', () => {
  const doses = [
    { id: 'd1', clientId: 'a', startedAt: '2026-03-01T10:00:00Z' },
    { id: 'd2', clientId: 'a', startedAt: '2026-03-15T10:00:00Z' },
    { id: 'd3', clientId: 'b', startedAt: '2026-03-01T10:00:00Z' },
  ];
  it("takes the client's first response from the dose's start until the next dose", () => {
    const responses = [
      { id: 'r0', clientId: 'a', administeredAt: '2026-03-01T09:00:00Z' },
      { id: 'r2', clientId: 'a', administeredAt: '2026-03-02T10:00:00Z' },
      { id: 'r1', clientId: 'a', administeredAt: '2026-03-01T18:00:00Z' },
      { id: 'r3', clientId: 'a', administeredAt: '2026-03-16T10:00:00Z' },
      { id: 'r4', clientId: 'c', administeredAt: '2026-03-02T10:00:00Z' },
    ];
    const m = matchResponses(doses, responses);
    expect(m.get('d1')?.id).toBe('r1');
    expect(m.get('d2')?.id).toBe('r3');
    expect(m.has('d3')).toBe(false);
  });
});

describe('isCompleteMysticalExperience (the MEQ-30 module rule)', () => {
  it('needs every subscale mean at 3 or more, and refuses a missing subscale', () => {
    const all3 = { transcendence: 3, positiveMood: 3, ineffability: 3, mystical: 3 };
    expect(isCompleteMysticalExperience(all3)).toBe(true);
    expect(isCompleteMysticalExperience({ ...all3, mystical: 2.99 })).toBe(false);
    expect(() =>
      isCompleteMysticalExperience({ transcendence: 4, positiveMood: 4, ineffability: 4 }),
    ).toThrow(/mystical/);
  });
});
