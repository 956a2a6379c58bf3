/** A score as a clinician reads it: total against its range, severity, subscales and flags. */
import type { ScoreResult } from '../../api/instruments.ts';
import { currentFormatter } from '../i18n/format.ts';
import { tKey } from '../i18n/t-key.ts';
import { DataList } from '../ui/DataList.tsx';
import { FlagList } from './Flags.tsx';

/** Rounds computed subscales (means, percentages) for reading; whole numbers stay as they are. */
export const formatScore = (n: number): string =>
  Number.isInteger(n)
    ? String(n)
    : currentFormatter().number(n, {
        minimumFractionDigits: 2,
        maximumFractionDigits: 2,
        useGrouping: false,
      });

/** A subscale key as words: "sadMood" → "sad mood"; cluster letters ("B") stay as they are. */
export const subscaleName = (key: string): string =>
  key.replace(/([a-z0-9])([A-Z])/g, (_, a: string, b: string) => `${a} ${b.toLowerCase()}`);

export function totalText(total: number, range: { min: number; max: number }): string {
  return tKey('responses:score.range', { total: formatScore(total), min: range.min, max: range.max });
}

export function ScoreSummary({
  score,
  totalRange,
}: {
  score: Pick<ScoreResult, 'total' | 'severity' | 'subscales' | 'flags'>;
  totalRange: { min: number; max: number };
}) {
  const subscales = Object.entries(score.subscales);
  return (
    <DataList
      items={[
        { label: tKey('responses:score.total'), value: totalText(score.total, totalRange) },
        { label: tKey('responses:score.severity'), value: score.severity ?? tKey('responses:score.noBands') },
        ...(subscales.length
          ? [
              {
                label: tKey('responses:score.subscales'),
                value: subscales
                  .map(([key, value]) => `${subscaleName(key)}: ${formatScore(value)}`)
                  .join('\n'),
              },
            ]
          : []),
        { label: tKey('responses:score.flags'), value: <FlagList flags={score.flags} /> },
      ]}
    />
  );
}
