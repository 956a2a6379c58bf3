import { describe, expect, it } from 'vitest';
import { formatDay, formatMoment, formatNumber, formatSessionTime } from './format.ts';

describe('dates and times', () => {
  const iso = '2025-05-14T22:30:00Z';

  it('shows a day in the organization’s zone and the client’s language', () => {
    expect(formatDay(iso, 'en', 'Europe/Amsterdam')).toBe('15 May 2025');
    expect(formatDay(iso, 'nl', 'Europe/Amsterdam')).toBe('15 mei 2025');
    expect(formatDay(iso, 'en', 'America/New_York')).toBe('14 May 2025');
  });

  it('shows the time in the zone, and ignores a zone the browser does not know', () => {
    expect(formatMoment(iso, 'en', 'Europe/Amsterdam')).toMatch(/15 May 2025.*00:30/);
    expect(formatMoment(iso, 'en', 'Not/AZone')).toMatch(/May 2025/);
    expect(formatMoment('nonsense', 'en', 'UTC')).toBe('nonsense');
  });

  it('shows a session as a weekday, date and time range', () => {
    const text = formatSessionTime('2025-05-14T08:00:00Z', '2025-05-14T10:30:00Z', 'en', 'Europe/Amsterdam');
    expect(text).toMatch(/Wednesday/);
    expect(text).toMatch(/10:00/);
    expect(text).toMatch(/12:30/);
    expect(formatSessionTime('2025-05-14T08:00:00Z', 'bad', 'nl', 'Europe/Amsterdam')).toMatch(
      /woensdag.*10:00/,
    );
  });
});

describe('numbers', () => {
  it('writes decimals the way each language does', () => {
    expect(formatNumber(3.5, 'en')).toBe('3.5');
    expect(formatNumber(3.5, 'nl')).toBe('3,5');
    expect(formatNumber(12, 'nl')).toBe('12');
  });
});
