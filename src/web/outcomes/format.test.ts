import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../i18n/i18n.ts';
import {
  count,
  DASH,
  fixed,
  interval,
  meanSd,
  ofCount,
  percent,
  percentInterval,
  points,
  proportion,
  signed,
  withInterval,
} from './format.ts';

describe('numbers', () => {
  it('prints fixed decimals with a real minus and a dash for missing values, never NaN', () => {
    expect(fixed(12.345)).toBe('12.3');
    expect(fixed(-3.25, 2)).toBe('\u22123.25');
    expect(fixed(-0.04)).toBe('0.0');
    expect(fixed(null)).toBe(DASH);
    expect(fixed(undefined)).toBe(DASH);
    expect(fixed(Number.NaN)).toBe(DASH);
    expect(fixed(Number.POSITIVE_INFINITY)).toBe(DASH);
  });

  it('signs differences', () => {
    expect(signed(2.04)).toBe('+2.0');
    expect(signed(-2.04)).toBe('\u22122.0');
    expect(signed(0)).toBe('0.0');
    expect(signed(null)).toBe(DASH);
  });

  it('prints intervals and estimates with intervals', () => {
    expect(interval({ lower: -5.12, upper: -2.3 })).toBe('\u22125.1 to \u22122.3');
    expect(interval(null)).toBe(DASH);
    expect(interval({ lower: Number.NaN, upper: 1 })).toBe(DASH);
    expect(withInterval(-3.7, { lower: -5.1, upper: -2.3 }, 1, true)).toBe(
      '\u22123.7 (\u22125.1 to \u22122.3)',
    );
    expect(withInterval(0.85, { lower: 0.5, upper: 1.2 }, 2, true)).toBe('+0.85 (0.50 to 1.20)');
    expect(withInterval(1, null)).toBe('1.0');
    expect(withInterval(null, { lower: 0, upper: 1 })).toBe(DASH);
  });

  it('prints mean (SD)', () => {
    expect(meanSd(15.23, 4.49)).toBe('15.2 (4.5)');
    expect(meanSd(15, null)).toBe('15.0');
    expect(meanSd(null, 2)).toBe(DASH);
  });

  it('counts with separators', () => {
    expect(count(1204)).toBe('1,204');
    expect(count(null)).toBe(DASH);
  });
});

describe('percentages', () => {
  it('are whole, with one decimal only near 0 and 100', () => {
    expect(percent(45.4)).toBe('45%');
    expect(percent(0.25)).toBe('0.3%');
    expect(percent(0)).toBe('0%');
    expect(percent(99.75)).toBe('99.8%');
    expect(percent(100)).toBe('100%');
    expect(percent(null)).toBe(DASH);
    expect(percentInterval({ lower: 0, upper: 0.9 })).toBe('0 to 0.9%');
    expect(percentInterval({ lower: 0.8, upper: 10.4 })).toBe('0.8 to 10%');
    expect(percentInterval({ lower: 38.2, upper: 52.6 })).toBe('38 to 53%');
  });

  it('prints a proportion with its interval and its count', () => {
    const p = { events: 27, n: 60, percent: 45, ci: { lower: 32.9, upper: 57.7 } };
    expect(proportion(p)).toBe('45% (33 to 58%)');
    expect(ofCount(p)).toBe('27 of 60');
    const none = { events: 0, n: 0, percent: null, ci: null };
    expect(proportion(none)).toBe(DASH);
    expect(ofCount(none)).toBe('');
    expect(proportion(null)).toBe(DASH);
  });

  it('prints a difference in percentage points', () => {
    expect(points({ estimate: 12.3, ci: { lower: -4.2, upper: 28.1 } })).toBe('+12 pp (\u22124 to 28)');
    expect(points(null)).toBe(DASH);
  });
});

describe('numbers in Dutch', () => {
  afterEach(() => void i18n.changeLanguage('en'));

  it('writes a decimal comma, a thousands point and Dutch words', async () => {
    await i18n.changeLanguage('nl');
    expect(fixed(-3.25, 2)).toBe('\u22123,25');
    expect(signed(2.04)).toBe('+2,0');
    expect(count(1204)).toBe('1.204');
    expect(withInterval(-3.7, { lower: -5.1, upper: -2.3 }, 1, true)).toBe(
      '\u22123,7 (\u22125,1 tot \u22122,3)',
    );
    expect(proportion({ events: 27, n: 60, percent: 45, ci: { lower: 32.9, upper: 57.7 } })).toBe(
      '45% (33 tot 58%)',
    );
    expect(ofCount({ events: 27, n: 60 })).toBe('27 van 60');
    expect(points({ estimate: 12.3, ci: { lower: -4.2, upper: 28.1 } })).toBe(
      '+12 procentpunt (\u22124 tot 28)',
    );
  });
});
