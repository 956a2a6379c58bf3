import { describe, expect, it } from 'vitest';
import { dateFieldSettings } from './settings.ts';

describe('dateFieldSettings', () => {
  it('gives a Dutch organization Dutch calendar names, Monday first, DD-MM-YYYY and 24-hour', () => {
    const s = dateFieldSettings('nl-NL');
    expect(s.provider).toEqual({ locale: 'nl', firstDayOfWeek: 1 });
    expect(s.patterns.dateTime).toBe('DD-MM-YYYY HH:mm');
    expect(s.language).toBe('nl');
  });
  it('gives en-GB Monday first and en-US Sunday first, both with English names', () => {
    expect(dateFieldSettings('en-GB').provider).toEqual({ locale: 'en', firstDayOfWeek: 1 });
    expect(dateFieldSettings('en-US').provider).toEqual({ locale: 'en', firstDayOfWeek: 0 });
    expect(dateFieldSettings('en-US').patterns.time).toBe('h:mm A');
  });
});
