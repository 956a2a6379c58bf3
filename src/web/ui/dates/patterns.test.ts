import { describe, expect, it } from 'vitest';
import {
  datePatterns,
  fromPickerValue,
  parseDateText,
  parseDateTimeText,
  parseTimeText,
  placeholderOf,
  toPickerValue,
} from './patterns.ts';

describe('datePatterns (from Intl)', () => {
  it('writes nl-NL as DD-MM-YYYY and 24-hour', () => {
    expect(datePatterns('nl-NL')).toMatchObject({ date: 'DD-MM-YYYY', time: 'HH:mm', hour12: false });
    expect(datePatterns('nl-NL').dateTime).toBe('DD-MM-YYYY HH:mm');
  });
  it('writes en-GB day first and 24-hour, en-US month first and 12-hour', () => {
    expect(datePatterns('en-GB')).toMatchObject({ date: 'DD/MM/YYYY', time: 'HH:mm', hour12: false });
    expect(datePatterns('en-US')).toMatchObject({ date: 'MM/DD/YYYY', time: 'h:mm A', hour12: true });
  });
});

describe('parseDateText', () => {
  it('reads what a Dutch person types, with or without leading zeros', () => {
    for (const typed of ['5-12-2026', '05-12-2026', '5/12/2026', '5.12.2026', ' 05 12 2026 ']) {
      expect(parseDateText(typed, 'nl-NL')).toBe('2026-12-05');
    }
  });
  it('reads the month first in en-US and the day first in en-GB', () => {
    expect(parseDateText('12/5/2026', 'en-US')).toBe('2026-12-05');
    expect(parseDateText('5/12/2026', 'en-GB')).toBe('2026-12-05');
  });
  it('takes an ISO date in any locale', () => {
    expect(parseDateText('2026-12-05', 'en-US')).toBe('2026-12-05');
    expect(parseDateText('2026-12-05', 'nl-NL')).toBe('2026-12-05');
  });
  it('refuses an unfinished year, a date that does not exist, and words', () => {
    expect(parseDateText('5-12-202', 'nl-NL')).toBeNull();
    expect(parseDateText('5-12-26', 'nl-NL')).toBeNull();
    expect(parseDateText('31-02-2026', 'nl-NL')).toBeNull();
    expect(parseDateText('29-02-2028', 'nl-NL')).toBe('2028-02-29');
    expect(parseDateText('12/31/2026', 'en-GB')).toBeNull();
    expect(parseDateText('morgen', 'nl-NL')).toBeNull();
    expect(parseDateText('', 'nl-NL')).toBeNull();
  });
});

describe('parseTimeText', () => {
  it('reads 24-hour times with a colon or a dot', () => {
    expect(parseTimeText('14:30')).toBe('14:30');
    expect(parseTimeText('9.05')).toBe('09:05');
    expect(parseTimeText('00:00')).toBe('00:00');
  });
  it('reads am and pm', () => {
    expect(parseTimeText('2:30 PM')).toBe('14:30');
    expect(parseTimeText('12:15 am')).toBe('00:15');
    expect(parseTimeText('12:15 p.m.')).toBe('12:15');
  });
  it('refuses what is not a time', () => {
    expect(parseTimeText('24:00')).toBeNull();
    expect(parseTimeText('14:3')).toBeNull();
    expect(parseTimeText('13:00 pm')).toBeNull();
  });
});

describe('parseDateTimeText', () => {
  it('reads a date and a time in the locale', () => {
    expect(parseDateTimeText('5-12-2026 14:30', 'nl-NL')).toBe('2026-12-05T14:30');
    expect(parseDateTimeText('05/12/2026, 14:30', 'en-GB')).toBe('2026-12-05T14:30');
    expect(parseDateTimeText('12/05/2026 2:30 PM', 'en-US')).toBe('2026-12-05T14:30');
    expect(parseDateTimeText('2026-12-05T14:30', 'nl-NL')).toBe('2026-12-05T14:30');
  });
  it('waits for the whole time', () => {
    expect(parseDateTimeText('5-12-2026', 'nl-NL')).toBeNull();
    expect(parseDateTimeText('5-12-2026 14', 'nl-NL')).toBeNull();
    expect(parseDateTimeText('5-12-2026 14:3', 'nl-NL')).toBeNull();
  });
});

describe('picker values', () => {
  it('convert between the datetime-local form and @mantine/dates', () => {
    expect(toPickerValue('2026-12-05T14:30')).toBe('2026-12-05 14:30:00');
    expect(toPickerValue('')).toBeNull();
    expect(fromPickerValue('2026-12-05 14:30:00')).toBe('2026-12-05T14:30');
    expect(fromPickerValue(null)).toBe('');
  });
  it('give a readable placeholder', () => {
    expect(placeholderOf('DD-MM-YYYY HH:mm', 'nl')).toBe('dd-mm-jjjj uu:mm');
    expect(placeholderOf('MM/DD/YYYY h:mm A', 'en')).toBe('mm/dd/yyyy hh:mm am/pm');
  });
});
