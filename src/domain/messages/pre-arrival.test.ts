import { describe, expect, it } from 'vitest';
import { preArrivalBody, preArrivalDue, textFor } from './pre-arrival.ts';

describe('preArrivalDue', () => {
  const zone = 'Europe/Amsterdam';
  it('is due from N days before the start until the start day, in the organization zone', () => {
    expect(preArrivalDue('2026-06-10', 7, '2026-06-02T21:59:00Z', zone)).toBe(false);
    expect(preArrivalDue('2026-06-10', 7, '2026-06-02T22:00:00Z', zone)).toBe(true); // 3 June, Amsterdam
    expect(preArrivalDue('2026-06-10', 7, '2026-06-10T12:00:00Z', zone)).toBe(true);
    expect(preArrivalDue('2026-06-10', 7, '2026-06-11T08:00:00Z', zone)).toBe(false);
  });
  it('refuses broken input', () => {
    expect(preArrivalDue('not a date', 7, '2026-06-05T00:00:00Z', zone)).toBe(false);
    expect(preArrivalDue('2026-06-10', -1, '2026-06-05T00:00:00Z', zone)).toBe(false);
  });
});

describe('textFor and preArrivalBody', () => {
  const t = (language: string) => ({
    language,
    daysBefore: 7,
    subject: 's',
    whatToBring: 'Boots',
    travel: '',
    arrival: '15:00',
    reading: 'Book',
  });
  it('picks the client language, else English, else the first', () => {
    expect(textFor([t('en'), t('nl')], 'nl')?.language).toBe('nl');
    expect(textFor([t('nl'), t('en')], 'de')?.language).toBe('en');
    expect(textFor([t('nl')], 'en')?.language).toBe('nl');
    expect(textFor([], 'en')).toBeNull();
  });
  it('writes the parts under headings in the language, leaving out empty ones', () => {
    expect(preArrivalBody(t('nl'), 'Sanne')).toBe(
      'Beste Sanne,\n\nWat neemt u mee\nBoots\n\nAankomst\n15:00\n\nTer voorbereiding lezen\nBook',
    );
  });
});
