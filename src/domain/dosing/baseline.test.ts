import { describe, expect, it } from 'vitest';
import { caught } from '../programs/testing.ts';
import {
  assertBaselineAllows,
  BASELINE_BLOCK_TYPE,
  type BaselineReading,
  baselineGate,
  overrideReason,
} from './baseline.ts';

const limits = { preDoseSystolicMax: 160, preDoseDiastolicMax: 100 };
const none = { preDoseSystolicMax: null, preDoseDiastolicMax: null };
const reading = (over: Partial<BaselineReading>): BaselineReading => ({
  id: 'v1',
  measuredAt: '2027-01-01T09:00:00.000Z',
  systolic: 130,
  diastolic: 80,
  overridden: false,
  ...over,
});

describe('baselineGate', () => {
  it('allows a dose after a baseline within the limits', () => {
    expect(baselineGate(limits, [reading({})])).toMatchObject({ allowed: true, overridden: false });
  });

  it('blocks a dose after a flagged baseline, naming the reading and the limit', () => {
    const gate = baselineGate(limits, [reading({ systolic: 172, diastolic: 95 })]);
    expect(gate.allowed).toBe(false);
    if (gate.allowed) return;
    expect(gate.reason.message).toContain('172 mmHg is above the pre-dose limit of 160 mmHg');
    expect(gate.reason).toMatchObject({
      field: 'baseline',
      code: 'baseline-blocked-systolic',
      params: { systolic: 172, systolicMax: 160 },
    });
    const e = caught(() => assertBaselineAllows(gate));
    expect(e.kind).toBe('conflict');
    expect(e.fields[0]?.field).toBe('baseline');
    expect(e.extra).toMatchObject({ type: BASELINE_BLOCK_TYPE, vitalSignId: 'v1' });
  });

  it('allows a flagged baseline that a clinician overrode', () => {
    expect(baselineGate(limits, [reading({ systolic: 172, overridden: true })])).toMatchObject({
      allowed: true,
      overridden: true,
    });
  });

  it('lets the latest reading decide (a re-measurement within the limits)', () => {
    const high = reading({ id: 'a', systolic: 172 });
    const later = reading({ id: 'b', measuredAt: '2027-01-01T09:15:00.000Z', systolic: 150 });
    expect(baselineGate(limits, [later, high])).toMatchObject({ allowed: true, reading: { id: 'b' } });
    const higher = reading({ id: 'c', measuredAt: '2027-01-01T09:30:00.000Z', systolic: 175 });
    expect(baselineGate(limits, [high, later, higher]).allowed).toBe(false);
  });

  it('blocks a dose without a baseline blood pressure when the program sets a limit', () => {
    const gate = baselineGate(limits, [reading({ systolic: null, diastolic: null })]);
    expect(gate.allowed).toBe(false);
    if (gate.allowed) return;
    expect(gate.reason.message).toContain('Record a baseline blood pressure');
    expect(gate.reason).toMatchObject({ code: 'baseline-needed' });
  });

  it('has nothing to check when the program sets no limit', () => {
    expect(baselineGate(none, []).allowed).toBe(true);
  });
});

describe('overrideReason', () => {
  const flagged = { ...reading({ systolic: 172 }), phase: 'baseline' };

  it('returns the trimmed reason and the flags it overrides', () => {
    const o = overrideReason(flagged, limits, '  White-coat pattern; 3 readings at home < 140  ');
    expect(o.reason).toBe('White-coat pattern; 3 readings at home < 140');
    expect(o.flags.map((f) => f.field)).toEqual(['systolic']);
  });

  it('refuses a blank reason, a reading within the limits, a second override and other phases', () => {
    expect(caught(() => overrideReason(flagged, limits, '  ')).fields[0]?.field).toBe('reason');
    expect(caught(() => overrideReason({ ...flagged, systolic: 120 }, limits, 'x')).kind).toBe('conflict');
    expect(caught(() => overrideReason({ ...flagged, overridden: true }, limits, 'x')).kind).toBe('conflict');
    expect(caught(() => overrideReason({ ...flagged, phase: 'during' }, limits, 'x')).kind).toBe('conflict');
  });
});
