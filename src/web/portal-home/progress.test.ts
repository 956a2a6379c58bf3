import { describe, expect, it } from 'vitest';
import { HOME_TEXT } from './i18n.ts';
import { type History, latestPoint, latestSummary, pointBand } from './progress.ts';

const BANDS = [
  { min: 0, max: 4, label: 'minimal' },
  { min: 5, max: 9, label: 'mild' },
  { min: 10, max: 27, label: 'moderate or more' },
];

const phq9 = (points: History['points'], better: History['better'] = 'lower'): History => ({
  shortName: 'PHQ-9',
  range: { min: 0, max: 27 },
  bands: BANDS,
  better,
  points,
});

describe('progress lines', () => {
  it('sums up the latest score in plain words', () => {
    const history = phq9([
      { at: '2025-01-01T00:00:00Z', total: 14, severity: 'moderate or more' },
      { at: '2025-03-01T00:00:00Z', total: 6, severity: 'mild' },
    ]);
    expect(latestSummary(history, HOME_TEXT.en)).toBe(
      'Your latest PHQ-9 score: 6 of 27 — mild. Lower scores are better.',
    );
    expect(latestSummary(history, HOME_TEXT.nl)).toBe(
      'Uw laatste PHQ-9-score: 6 van 27 — mild. Hoe lager de score, hoe beter.',
    );
  });

  it('finds the band from the total when the server names none, and says which way is better', () => {
    const history = phq9([{ at: '2025-01-01T00:00:00Z', total: 3, severity: null }], 'higher');
    expect(latestSummary(history, HOME_TEXT.en)).toBe(
      'Your latest PHQ-9 score: 3 of 27 — minimal. Higher scores are better.',
    );
    const none = { ...phq9([{ at: '2025-01-01T00:00:00Z', total: 30, severity: null }], 'none') };
    expect(latestSummary(none, HOME_TEXT.en)).toBe(
      `Your latest PHQ-9 score: 30 of 27. ${HOME_TEXT.en.better.none}`,
    );
  });

  it('has nothing to say without scores', () => {
    expect(latestSummary(phq9([]), HOME_TEXT.en)).toBeNull();
  });

  it('takes the newest point whatever the order', () => {
    const a = { at: '2025-05-01T00:00:00Z', total: 1 };
    const b = { at: '2025-01-01T00:00:00Z', total: 2 };
    expect(latestPoint([a, b])).toBe(a);
    expect(latestPoint([b, a])).toBe(a);
    expect(latestPoint([])).toBeNull();
  });

  it('names each point’s band', () => {
    expect(pointBand({ total: 7, severity: null }, BANDS)).toBe('mild');
    expect(pointBand({ total: 7, severity: 'Mild' }, BANDS)).toBe('Mild');
    expect(pointBand({ total: 99, severity: null }, BANDS)).toBeNull();
  });
});
