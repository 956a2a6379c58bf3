import { describe, expect, it } from 'vitest';
import { formatDates, formatDeadline, formatMoney, pageLocale } from './format.ts';

const nl = pageLocale('nl-NL', 'Europe/Amsterdam', 'nl');
const en = pageLocale('nl-NL', 'Europe/Amsterdam', 'en');

describe('public page formats', () => {
  it('writes minor units as money in the page locale', () => {
    expect(formatMoney(185_000, 'EUR', nl.locale)).toMatch(/^€\s?1\.850,00$/);
    expect(formatMoney(50_000, 'EUR', en.locale)).toBe('€500.00');
    expect(formatMoney(5_000, 'JPY', 'en-GB')).toBe('JP¥5,000');
  });

  it('writes calendar dates in Dutch for Dutch and in en-GB for English in a Dutch clinic', () => {
    expect(formatDates('2026-12-10', '2026-12-13', nl)).toBe('10 december 2026 – 13 december 2026');
    expect(formatDates('2026-12-10', null, en)).toBe('10 December 2026');
    expect(formatDates('2026-12-10', '2026-12-10', nl)).toBe('10 december 2026');
  });

  it("writes a deadline in the organization's zone and names it", () => {
    expect(formatDeadline('2026-12-14T22:59:00.000Z', nl)).toBe(
      '14 december 2026 om 23:59 (Midden-Europese standaardtijd)',
    );
    expect(formatDeadline('2026-07-01T10:00:00.000Z', en)).toBe(
      '1 July 2026 at 12:00 (Central European Summer Time)',
    );
  });
});
