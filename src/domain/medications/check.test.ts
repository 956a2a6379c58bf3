import { describe, expect, it } from 'vitest';
import { addDays, checkMedications } from './check.ts';
import { defaultRuleSet } from './defaults.ts';
import type { Medication, MedicationRuleSet } from './types.ts';

const med = (over: Partial<Medication> = {}): Medication => ({
  id: 'm1',
  name: 'Priadel',
  medicationClass: 'lithium',
  dose: '400 mg',
  startedOn: '2024-01-10',
  stoppedOn: null,
  taper: [],
  source: 'clinician',
  confirmed: true,
  ...over,
});

const withWashout = (days: number | null): MedicationRuleSet => ({
  modality: 'psilocybin',
  origin: 'organization',
  rules: [
    { medicationClass: 'lithium', effect: 'hard-stop', washoutDays: days, source: 'Clinic protocol 3.2' },
  ],
});

describe('checkMedications', () => {
  it('stops psilocybin dosing for lithium taken now, by name and class', () => {
    const c = checkMedications([med()], defaultRuleSet('psilocybin'), '2026-12-06');
    expect(c.stops).toHaveLength(1);
    expect(c.stops[0]?.reason).toBe('Priadel, lithium: taken now, no last dose planned.');
    expect(c.stops[0]?.clearedFrom).toBeNull();
  });

  it('labels a client-reported medication and counts it all the same', () => {
    const c = checkMedications(
      [med({ source: 'client', confirmed: false })],
      defaultRuleSet('psilocybin'),
      '2026-12-06',
    );
    expect(c.stops[0]?.reportedByClient).toBe(true);
    expect(c.stops[0]?.reason).toContain('(reported by the client)');
  });

  it('a stopped medication under a rule without a washout still stops dosing', () => {
    const c = checkMedications([med({ stoppedOn: '2025-01-01' })], withWashout(null), '2026-12-06');
    expect(c.stops).toHaveLength(1);
    expect(c.stops[0]?.reason).toMatch(/sets no washout/);
  });

  it('a taper ending on 1 December with a 30-day washout clears on 1 January, after 30 full days without it', () => {
    const m = med({
      stoppedOn: '2026-12-01',
      taper: [
        { on: '2026-11-17', dose: '200 mg' },
        { on: '2026-11-24', dose: '100 mg' },
      ],
    });
    const before = checkMedications([m], withWashout(30), '2026-12-31');
    expect(before.stops[0]?.clearedFrom).toBe('2027-01-01');
    expect(before.stops[0]?.reason).toContain('applies until 2026-12-31');
    const after = checkMedications([m], withWashout(30), '2027-01-01');
    expect(after.stops).toEqual([]);
    expect(after.lifted.map((f) => f.medicationId)).toEqual(['m1']);
  });

  it('cautions do not stop; classes without a rule and medication not yet started are ignored', () => {
    const c = checkMedications(
      [
        med({ id: 'a', name: 'Sertraline', medicationClass: 'ssri' }),
        med({ id: 'b', name: 'Paracetamol', medicationClass: 'other' }),
        med({ id: 'c', startedOn: '2027-01-01' }),
      ],
      defaultRuleSet('psilocybin'),
      '2026-12-06',
    );
    expect(c.stops).toEqual([]);
    expect(c.cautions.map((f) => f.medicationId)).toEqual(['a']);
  });

  it('the ketamine defaults hold no medication rule', () => {
    expect(checkMedications([med()], defaultRuleSet('ketamine'), '2026-12-06').stops).toEqual([]);
  });

  it('adds calendar days across months and leap days', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-01', 30)).toBe('2026-12-31');
  });
});
