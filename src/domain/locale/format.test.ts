import { describe, expect, it } from 'vitest';
import { createFormatter } from './format.ts';
import { formattingLocale, isTimeZone, languageOf } from './locales.ts';

const deadline = '2026-12-05T09:00:00Z'; // 10:00 in Amsterdam (CET)

describe('the shared formatter', () => {
  it('writes nl-NL as DD-MM-YYYY and 24-hour time in the organization’s zone', () => {
    const f = createFormatter({
      locale: 'nl-NL',
      timeZone: 'Europe/Amsterdam',
      viewerTimeZone: 'Europe/Amsterdam',
    });
    expect(f.date('1984-03-12')).toBe('12-03-1984');
    expect(f.dateTime(deadline)).toBe('05-12-2026 10:00');
    expect(f.time('2026-12-05T17:30:00Z')).toBe('18:30');
    expect(f.number(3.5)).toBe('3,5');
    expect(f.labelsZone).toBe(false);
  });

  it('writes en-GB day-first with 24-hour time and en-US the American way', () => {
    const gb = createFormatter({
      locale: 'en-GB',
      timeZone: 'Europe/London',
      viewerTimeZone: 'Europe/London',
    });
    const us = createFormatter({
      locale: 'en-US',
      timeZone: 'America/New_York',
      viewerTimeZone: 'America/New_York',
    });
    expect(gb.dateTime('2026-12-05T17:30:00Z')).toBe('05/12/2026, 17:30');
    expect(us.dateTime('2026-12-05T17:30:00Z')).toMatch(/^12\/05\/2026, 12:30\sPM$/);
  });

  it('labels the zone when the reader may be elsewhere, and always when the reader is unknown', () => {
    const browser = createFormatter({
      locale: 'nl-NL',
      timeZone: 'Europe/Amsterdam',
      viewerTimeZone: 'Europe/London',
    });
    expect(browser.dateTime(deadline)).toBe('05-12-2026 10:00 CET');
    const email = createFormatter({ locale: 'en-GB', timeZone: 'Europe/Amsterdam' });
    expect(email.textDateTime(deadline)).toBe('5 December 2026 at 10:00 CET');
    expect(email.time(deadline, { zone: false })).toBe('10:00');
  });

  it('never shifts a calendar date by the zone', () => {
    const f = createFormatter({ locale: 'nl-NL', timeZone: 'Pacific/Kiritimati', viewerTimeZone: 'UTC' });
    expect(f.date('2026-01-01')).toBe('01-01-2026');
    expect(f.longDate('2026-01-01')).toBe('donderdag 1 januari 2026');
  });

  it('returns what it cannot read, and survives an unknown zone', () => {
    const f = createFormatter({ locale: 'nl-NL', timeZone: 'Not/AZone' });
    expect(f.dateTime('nonsense')).toBe('nonsense');
    expect(f.timeZone).toBe('UTC');
  });

  it('writes a same-day range once with both times', () => {
    const f = createFormatter({
      locale: 'nl-NL',
      timeZone: 'Europe/Amsterdam',
      viewerTimeZone: 'Europe/Amsterdam',
    });
    expect(f.range('2026-12-05T09:00:00Z', '2026-12-05T11:30:00Z')).toBe('za 05-12-2026 10:00–12:30');
  });
});

describe('locales', () => {
  it('maps a locale to its UI language and back to a formatting locale', () => {
    expect(languageOf('nl-NL')).toBe('nl');
    expect(languageOf('en-US')).toBe('en');
    expect(formattingLocale('en-US', 'en')).toBe('en-US');
    expect(formattingLocale('nl-NL', 'en')).toBe('en-GB');
    expect(formattingLocale(null, 'nl')).toBe('nl-NL');
  });

  it('knows IANA zones and refuses others', () => {
    expect(isTimeZone('Europe/Amsterdam')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(isTimeZone(42)).toBe(false);
  });
});
