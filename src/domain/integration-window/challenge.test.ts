import { describe, expect, it } from 'vitest';
import { assessChallenge, ChallengeUndecided } from './challenge.ts';
import { contactStatus } from './missed.ts';

const ceq = (total: number | null) => ({ responseId: 'r1', total });

describe('assessChallenge', () => {
  it('counts only the flag when there is no CEQ response', () => {
    expect(assessChallenge({ flagged: false, ceq: null, ceqThreshold: null })).toEqual({
      challenging: false,
      reasons: [],
      ceqTotal: null,
    });
    expect(assessChallenge({ flagged: true, ceq: null, ceqThreshold: null }).reasons).toEqual(['flag']);
  });

  it('is challenging when the CEQ total is above the threshold, not at it', () => {
    expect(assessChallenge({ flagged: false, ceq: ceq(51), ceqThreshold: 50 }).reasons).toEqual(['ceq']);
    expect(assessChallenge({ flagged: false, ceq: ceq(50), ceqThreshold: 50 }).challenging).toBe(false);
    expect(assessChallenge({ flagged: true, ceq: ceq(60), ceqThreshold: 50 }).reasons).toEqual([
      'flag',
      'ceq',
    ]);
  });

  it('refuses to call a CEQ response fine when it cannot be judged', () => {
    expect(() => assessChallenge({ flagged: false, ceq: ceq(60), ceqThreshold: null })).toThrow(
      ChallengeUndecided,
    );
    expect(() => assessChallenge({ flagged: false, ceq: ceq(null), ceqThreshold: 50 })).toThrow(/no total/);
    // The flag decides on its own.
    expect(assessChallenge({ flagged: true, ceq: ceq(null), ceqThreshold: 50 }).challenging).toBe(true);
  });
});

describe('contactStatus', () => {
  const endsAt = '2026-01-17T10:00:00.000Z';
  const at = (
    now: string,
    attendance: 'attended' | 'absent' | null = null,
    sessionStatus: 'scheduled' | 'cancelled' = 'scheduled',
  ) => contactStatus({ endsAt, sessionStatus, attendance, now });

  it('is upcoming, then awaiting its record, then missed 4 h after the end', () => {
    expect(at('2026-01-17T09:30:00.000Z')).toBe('upcoming');
    expect(at('2026-01-17T13:59:59.000Z')).toBe('awaiting-record');
    expect(at('2026-01-17T14:00:00.000Z')).toBe('missed');
  });

  it('is attended once recorded so, missed when absent after the slot or cancelled', () => {
    expect(at('2026-01-20T00:00:00.000Z', 'attended')).toBe('attended');
    expect(at('2026-01-17T10:00:00.000Z', 'absent')).toBe('missed');
    expect(at('2026-01-16T10:00:00.000Z', null, 'cancelled')).toBe('missed');
  });

  it('refuses a broken instant', () => {
    expect(() =>
      contactStatus({ endsAt: 'soon', sessionStatus: 'scheduled', attendance: null, now: endsAt }),
    ).toThrow(/endsAt/);
  });
});
