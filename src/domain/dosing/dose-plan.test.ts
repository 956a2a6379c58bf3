import { describe, expect, it } from 'vitest';
import { caught } from '../programs/testing.ts';
import {
  checkDoseAgainstPlan,
  confirmedReason,
  DOSE_CONFIRMATION_TYPE,
  plannedMgPerKgOf,
  readPlannedDose,
} from './dose-plan.ts';

describe('checkDoseAgainstPlan', () => {
  it('asks for a confirmation at 360 mg for 72 kg against a plan of 0.5 mg/kg (finding 78)', () => {
    const c = checkDoseAgainstPlan({ doseMg: 360, weightKg: 72 }, 0.5);
    expect(c).toMatchObject({ mgPerKg: 5, plannedMgPerKg: 0.5, needsConfirmation: true });
    expect(c.message).toContain('5 mg/kg');
    expect(c.message).toContain('10×');
    expect(c.message).toContain('0.5 mg/kg (36 mg)');
  });

  it('asks at exactly twice the plan, not just below it', () => {
    expect(checkDoseAgainstPlan({ doseMg: 72, weightKg: 72 }, 0.5).needsConfirmation).toBe(true);
    expect(checkDoseAgainstPlan({ doseMg: 71.9, weightKg: 72 }, 0.5).needsConfirmation).toBe(false);
  });

  it('lets the planned dose through with a plain message', () => {
    const c = checkDoseAgainstPlan({ doseMg: 36, weightKg: 72 }, 0.5);
    expect(c.needsConfirmation).toBe(false);
    expect(c.message).toBe('0.5 mg/kg; the program plans 0.5 mg/kg (36 mg).');
  });

  it('refuses a dose without a weight when the program plans a dose per kilogram', () => {
    const e = caught(() => checkDoseAgainstPlan({ doseMg: 36, weightKg: null }, 0.5));
    expect(e.kind).toBe('validation');
    expect(e.fields[0]?.field).toBe('weightKg');
  });

  it('has nothing to compare when the program plans no dose per kilogram', () => {
    expect(checkDoseAgainstPlan({ doseMg: 200, weightKg: null }, null)).toEqual({
      mgPerKg: null,
      plannedMgPerKg: null,
      needsConfirmation: false,
      message: null,
    });
  });
});

describe('confirmedReason', () => {
  const far = checkDoseAgainstPlan({ doseMg: 360, weightKg: 72 }, 0.5);
  const near = checkDoseAgainstPlan({ doseMg: 36, weightKg: 72 }, 0.5);

  it('refuses an unconfirmed dose far from the plan with a conflict naming doseConfirmation', () => {
    for (const confirmation of [null, undefined, { reason: '   ' }]) {
      const e = caught(() => confirmedReason(far, confirmation));
      expect(e.kind).toBe('conflict');
      expect(e.fields[0]?.field).toBe('doseConfirmation');
      expect(e.extra).toMatchObject({ type: DOSE_CONFIRMATION_TYPE, mgPerKg: 5, plannedMgPerKg: 0.5 });
    }
  });

  it('returns the trimmed reason of a confirmed dose, and null when none is needed', () => {
    expect(confirmedReason(far, { reason: '  Protocol amendment 3: 5 mg/kg oral  ' })).toBe(
      'Protocol amendment 3: 5 mg/kg oral',
    );
    expect(confirmedReason(near, { reason: 'not needed' })).toBeNull();
  });

  it('refuses an over-long reason', () => {
    expect(caught(() => confirmedReason(far, { reason: 'x'.repeat(2001) })).fields[0]?.field).toBe(
      'doseConfirmation.reason',
    );
  });
});

describe('plannedMgPerKgOf', () => {
  it('reads the planned mg/kg of a stored plan, or null when none is planned', () => {
    expect(plannedMgPerKgOf('{"substance":"ketamine","route":"IV","mgPerKg":0.5}')).toBe(0.5);
    expect(plannedMgPerKgOf('{"substance":"ketamine","route":null,"mgPerKg":null}')).toBeNull();
    expect(plannedMgPerKgOf(null)).toBeNull();
  });

  it('refuses a plan it cannot read', () => {
    for (const text of ['{oops', '{"mgPerKg":"half"}', '{"mgPerKg":-1}', '"text"']) {
      expect(caught(() => plannedMgPerKgOf(text)).kind).toBe('conflict');
    }
  });
});

describe('readPlannedDose', () => {
  it('reads a stored plan, or null when the session plans no dose', () => {
    expect(readPlannedDose('{"substance":"ketamine","route":"IV","mgPerKg":0.5}')).toEqual({
      substance: 'ketamine',
      route: 'IV',
      mgPerKg: 0.5,
    });
    expect(readPlannedDose(null)).toBeNull();
  });

  it('refuses a plan it cannot read rather than showing the session without one', () => {
    for (const text of ['{oops', '"text"', '[1]', '{"mgPerKg":"half"}']) {
      expect(caught(() => readPlannedDose(text)).kind).toBe('conflict');
    }
  });
});
