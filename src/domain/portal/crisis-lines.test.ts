import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { crisisContactsFor, EMERGENCY_LINE } from './crisis.ts';
import { normalizeCrisisLines } from './crisis-lines.ts';

const line113 = {
  language: 'nl',
  name: '113 Zelfmoordpreventie',
  phone: '0800-0113',
  hours: '24/7',
} as const;

function fieldOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e.fields[0]?.field;
    throw e;
  }
  return undefined;
}

describe('normalizeCrisisLines', () => {
  it('trims and keeps the order', () => {
    expect(
      normalizeCrisisLines([
        { ...line113, name: '  113 Zelfmoordpreventie ' },
        { language: 'nl', name: 'Alarmnummer', phone: '112', hours: '' },
      ]),
    ).toEqual([line113, { language: 'nl', name: 'Alarmnummer', phone: '112', hours: null }]);
  });

  it('names the field it refuses', () => {
    expect(fieldOf(() => normalizeCrisisLines([line113, { ...line113, phone: 'call me maybe' }]))).toBe(
      'lines.1.phone',
    );
    expect(fieldOf(() => normalizeCrisisLines([{ ...line113, name: ' ' }]))).toBe('lines.0.name');
    expect(fieldOf(() => normalizeCrisisLines([{ ...line113, language: 'de' }]))).toBe('lines.0.language');
    expect(fieldOf(() => normalizeCrisisLines([line113, { ...line113, phone: '0800 0113' }]))).toBe(
      'lines.1.phone',
    );
  });
});

describe('crisisContactsFor', () => {
  const en = { language: 'en', name: '113 Suicide Prevention', phone: '0800-0113', hours: '24/7' } as const;

  it("gives the client's language's lines, then the clinic's phone", () => {
    expect(crisisContactsFor([line113, en], 'en', { name: 'Clinic', phone: '020 123 4567' })).toEqual([
      { name: en.name, phone: en.phone, hours: en.hours },
      { name: 'Clinic', phone: '020 123 4567', hours: null },
    ]);
  });

  it('falls back to lines in another language, then to the emergency number', () => {
    expect(crisisContactsFor([line113], 'en', { name: 'Clinic', phone: null })[0]?.phone).toBe('0800-0113');
    expect(crisisContactsFor([], 'nl', { name: 'Clinic', phone: null })).toEqual([EMERGENCY_LINE.nl]);
  });

  it("does not list the clinic's phone twice", () => {
    expect(crisisContactsFor([line113], 'nl', { name: 'Clinic', phone: '0800 0113' })).toHaveLength(1);
  });
});
