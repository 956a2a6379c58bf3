import { describe, expect, it } from 'vitest';
import { HOME_TEXT } from './i18n.ts';

describe('portal home i18n', () => {
  const { en, nl } = HOME_TEXT;

  it('has the same keys in English and Dutch', () => {
    expect(Object.keys(nl).sort()).toEqual(Object.keys(en).sort());
    expect(Object.keys(nl.better).sort()).toEqual(Object.keys(en.better).sort());
  });

  it('gives every key the same kind of value (text, or a function of the same arity) in both languages', () => {
    for (const [key, value] of Object.entries(en)) {
      const other = nl[key as keyof typeof nl];
      expect(typeof other, key).toBe(typeof value);
      if (typeof value === 'function' && typeof other === 'function') {
        expect(other.length, key).toBe(value.length);
      }
    }
  });

  it('has no empty text and a Dutch text of its own for every key', () => {
    // Words Dutch shares with English.
    const same = new Set(['colScore']);
    const texts = (t: typeof en) => ({ ...t, ...t.better });
    const dutch = texts(nl) as Record<string, unknown>;
    for (const [key, value] of Object.entries(texts(en))) {
      const other = dutch[key];
      if (typeof value === 'string' && typeof other === 'string') {
        expect(value.trim(), key).not.toBe('');
        expect(other.trim(), key).not.toBe('');
        if (!same.has(key)) expect(other, key).not.toBe(value);
      }
    }
  });

  it('puts values into sentences', () => {
    expect(en.latestScore('PHQ-9', 6, 0, 27)).toBe('Your latest PHQ-9 score: 6 of 27');
    expect(nl.latestScore('PHQ-9', 6, 0, 27)).toBe('Uw laatste PHQ-9-score: 6 van 27');
    expect(nl.latestScore('MEQ-30', 3.5, 0, 5)).toBe('Uw laatste MEQ-30-score: 3,5 van 5');
    expect(en.latestScore('WEMWBS', 45, 14, 70)).toBe(
      'Your latest WEMWBS score: 45 (scores run from 14 to 70)',
    );
    expect(en.sharedOn('3 May 2025')).toBe('Shared with your care team on 3 May 2025');
    expect(en.chartDesc(1, 'a', 'a')).toBe('1 score, on a.');
    expect(en.chartDesc(3, 'a', 'b')).toBe('3 scores, from a to b.');
  });

  it('says the promised sentences word for word', () => {
    expect(en.requestSent).toBe(
      'If this address belongs to a client of a clinic using Threshold, a link is on its way. It works for 30 minutes.',
    );
    expect(en.private).toBe('Private — only you can read this');
    expect(en.better.lower).toBe('Lower scores are better.');
  });
});
