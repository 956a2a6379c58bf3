import { describe, expect, it } from 'vitest';
import { checkDose, checkVitals, emptyVitals, flagsOf, safetySummary } from './drafts.ts';

const LIMITS = { preDoseSystolicMax: 140, preDoseDiastolicMax: 90 };
const NO_LIMITS = { preDoseSystolicMax: null, preDoseDiastolicMax: null };

describe('checkVitals (while typing)', () => {
  it('names an impossible value as a field error and flags nothing', () => {
    const c = checkVitals({ ...emptyVitals(), systolic: '400', diastolic: '80' }, 'baseline', LIMITS);
    expect(c.errors.systolic).toBe('Systolic pressure must be between 40 and 300 mmHg.');
    expect(c.flags).toEqual([]);
  });

  it('refuses text and decimals, and diastolic not below systolic', () => {
    expect(checkVitals({ ...emptyVitals(), heartRate: 'abc' }, 'during', LIMITS).errors.heartRate).toMatch(
      /whole number/,
    );
    expect(checkVitals({ ...emptyVitals(), spo2: '97.5' }, 'during', LIMITS).errors.spo2).toMatch(
      /whole number/,
    );
    const c = checkVitals({ ...emptyVitals(), systolic: '120', diastolic: '130' }, 'during', LIMITS);
    expect(c.errors.diastolic).toBe('Diastolic pressure must be lower than the systolic pressure.');
  });

  it('flags a baseline pressure above the program limit, in words, and not during dosing', () => {
    const draft = { ...emptyVitals(), systolic: '152', diastolic: '88', heartRate: '72' };
    const c = checkVitals(draft, 'baseline', LIMITS);
    expect(c.errors).toEqual({});
    expect(flagsOf(c.flags, 'systolic')).toEqual([
      'Systolic blood pressure 152 mmHg is above the pre-dose limit of 140 mmHg.',
    ]);
    expect(flagsOf(c.flags, 'diastolic')).toEqual([]);
    expect(checkVitals(draft, 'during', LIMITS).flags).toEqual([]);
    expect(checkVitals(draft, 'baseline', NO_LIMITS).flags).toEqual([]);
  });

  it('reads the values and says when nothing is entered', () => {
    expect(checkVitals(emptyVitals(), 'baseline', LIMITS).empty).toBe(true);
    const c = checkVitals({ ...emptyVitals(), heartRate: ' 64 ' }, 'during', LIMITS);
    expect(c.values).toEqual({ systolic: null, diastolic: null, heartRate: 64, spo2: null });
    expect(c.empty).toBe(false);
  });
});

describe('checkDose', () => {
  const draft = {
    substance: 'ketamine',
    doseMg: '',
    weightKg: '',
    route: 'IM',
    lotNumber: '',
    startedAt: 'x',
  };

  it('computes mg/kg as soon as dose and weight are valid (decimal comma accepted)', () => {
    expect(checkDose({ ...draft, doseMg: '35' }).mgPerKg).toBeNull();
    expect(checkDose({ ...draft, doseMg: '35', weightKg: '70' }).mgPerKg).toBe(0.5);
    expect(checkDose({ ...draft, doseMg: '37,5', weightKg: '72.5' }).mgPerKg).toBe(0.517);
  });

  it('names impossible doses and weights while typing, and missing fields only on submit', () => {
    expect(checkDose({ ...draft, doseMg: '0' }).errors.doseMg).toMatch(/more than 0/);
    expect(checkDose({ ...draft, doseMg: '6000' }).errors.doseMg).toMatch(/at most 5000/);
    expect(checkDose({ ...draft, weightKg: '1' }).errors.weightKg).toMatch(/between 2 and 400/);
    expect(checkDose({ ...draft, substance: '' }).errors).toEqual({});
    expect(Object.keys(checkDose({ ...draft, substance: '', route: '' }, true).errors).sort()).toEqual([
      'doseMg',
      'route',
      'substance',
    ]);
  });
});

describe('safetySummary', () => {
  it('states the limit or that there is none', () => {
    expect(safetySummary(LIMITS)).toMatch(/systolic 140, diastolic 90 mmHg/);
    expect(safetySummary(NO_LIMITS)).toMatch(/no blood-pressure limit/);
  });
});
