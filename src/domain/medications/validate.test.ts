import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { checkMedicationInput, checkRules } from './validate.ts';

const fields = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof DomainError) return e.fields.map((i) => i.field);
    throw e;
  }
  throw new Error('did not throw');
};

const input = {
  name: ' Priadel ',
  medicationClass: 'lithium' as const,
  dose: ' ',
  startedOn: '2024-01-10',
  stoppedOn: null,
  taper: [],
};

describe('checkMedicationInput', () => {
  it('trims and keeps a valid entry', () => {
    expect(checkMedicationInput(input)).toMatchObject({ name: 'Priadel', dose: null });
  });

  it('names every bad field at once', () => {
    expect(
      fields(() =>
        checkMedicationInput({
          ...input,
          name: '',
          medicationClass: 'vitamins' as never,
          startedOn: '2026-02-30',
          taper: [
            { on: '2026-11-20', dose: '200 mg' },
            { on: '2026-11-10', dose: '' },
          ],
        }),
      ),
    ).toEqual(['name', 'medicationClass', 'startedOn', 'taper[1].on', 'taper[1].dose', 'stoppedOn']);
  });

  it('wants the last dose on or after the last taper step, and not before the start', () => {
    expect(
      fields(() =>
        checkMedicationInput({
          ...input,
          stoppedOn: '2026-11-01',
          taper: [{ on: '2026-11-05', dose: '100 mg' }],
        }),
      ),
    ).toEqual(['taper[0].on']);
    expect(fields(() => checkMedicationInput({ ...input, stoppedOn: '2023-01-01' }))).toEqual(['stoppedOn']);
  });
});

describe('checkRules', () => {
  const rule = {
    medicationClass: 'lithium' as const,
    effect: 'hard-stop' as const,
    washoutDays: 30,
    source: 'Protocol',
  };
  it('refuses two rules for one class, odd washouts and a missing source', () => {
    expect(
      fields(() =>
        checkRules([
          rule,
          { ...rule, washoutDays: 2.5 },
          { ...rule, medicationClass: 'maoi', washoutDays: -1, source: ' ' },
        ]),
      ),
    ).toEqual([
      'rules[1].medicationClass',
      'rules[1].washoutDays',
      'rules[2].washoutDays',
      'rules[2].source',
    ]);
  });
});
