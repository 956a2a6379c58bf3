import { describe, expect, it } from 'vitest';
import {
  assertManualTransition,
  assertTransition,
  canTransition,
  ENROLLMENT_TRANSITIONS,
  isManualTransition,
  MANUAL_TRANSITIONS,
} from './status.ts';
import { caught } from './testing.ts';
import { ENROLLMENT_STATUSES, type EnrollmentStatus } from './types.ts';

const LEGAL: Array<[EnrollmentStatus, EnrollmentStatus]> = [
  ['referred', 'screening'],
  ['referred', 'withdrawn'],
  ['screening', 'eligible'],
  ['screening', 'ineligible'],
  ['screening', 'withdrawn'],
  ['eligible', 'consented'],
  ['eligible', 'withdrawn'],
  ['ineligible', 'screening'],
  ['ineligible', 'withdrawn'],
  ['consented', 'active'],
  ['consented', 'withdrawn'],
  ['active', 'completed'],
  ['active', 'withdrawn'],
];
const MANUAL: Array<[EnrollmentStatus, EnrollmentStatus]> = [
  ['referred', 'screening'],
  ['ineligible', 'screening'],
  ['consented', 'active'],
  ['active', 'completed'],
  ['referred', 'withdrawn'],
  ['screening', 'withdrawn'],
  ['eligible', 'withdrawn'],
  ['ineligible', 'withdrawn'],
  ['consented', 'withdrawn'],
  ['active', 'withdrawn'],
];
const isIn = (list: Array<[string, string]>, from: string, to: string) =>
  list.some(([f, t]) => f === from && t === to);

const ALL_PAIRS = ENROLLMENT_STATUSES.flatMap((from) => ENROLLMENT_STATUSES.map((to) => [from, to] as const));

describe('enrollment status machine', () => {
  it('lists exactly the legal transitions', () => {
    const listed = Object.entries(ENROLLMENT_TRANSITIONS).flatMap(([f, tos]) => tos.map((t) => [f, t]));
    expect(listed.sort()).toEqual([...LEGAL].sort());
  });

  it('manual transitions are exactly the ones staff may request, all of them legal', () => {
    const listed = Object.entries(MANUAL_TRANSITIONS).flatMap(([f, tos]) => tos.map((t) => [f, t]));
    expect(listed.sort()).toEqual([...MANUAL].sort());
    for (const [f, t] of MANUAL) expect(canTransition(f, t)).toBe(true);
  });

  it.each(ALL_PAIRS)('%s → %s: allowed only when legal', (from, to) => {
    const legal = isIn(LEGAL, from, to);
    expect(canTransition(from, to)).toBe(legal);
    if (legal) {
      expect(() => assertTransition(from, to, 'reason given')).not.toThrow();
    } else {
      const e = caught(() => assertTransition(from, to, 'reason given'));
      expect(e.kind).toBe('conflict');
      expect(e.message).toBe(`An enrollment cannot move from ${from} to ${to}.`);
    }
  });

  it.each(ALL_PAIRS)('%s → %s: requested by staff only when manual', (from, to) => {
    const manual = isIn(MANUAL, from, to);
    expect(isManualTransition(from, to)).toBe(manual);
    if (manual) expect(() => assertManualTransition(from, to, 'reason given')).not.toThrow();
    else expect(caught(() => assertManualTransition(from, to, 'reason given')).kind).toBe('conflict');
  });

  it('says which action sets eligibility and consent', () => {
    expect(caught(() => assertManualTransition('screening', 'eligible', null)).message).toMatch(/screening/);
    expect(caught(() => assertManualTransition('screening', 'ineligible', null)).message).toMatch(
      /screening/,
    );
    expect(caught(() => assertManualTransition('eligible', 'consented', null)).message).toMatch(/consent/);
  });

  it.each([null, '', '   '])('withdrawing needs a reason (%j)', (reason) => {
    const e = caught(() => assertTransition('active', 'withdrawn', reason));
    expect(e.kind).toBe('validation');
    expect(e.fields[0]!.field).toBe('reason');
  });

  it('other moves need no reason', () => {
    expect(() => assertTransition('referred', 'screening', null)).not.toThrow();
  });

  it('completed and withdrawn are final', () => {
    expect(ENROLLMENT_TRANSITIONS.completed).toEqual([]);
    expect(ENROLLMENT_TRANSITIONS.withdrawn).toEqual([]);
  });
});
