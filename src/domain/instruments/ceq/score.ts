/** Scores one CEQ with the organization's checked key: seven factor means and the total mean. */
import { DomainError, fieldIssue, invalid } from '../../errors.ts';
import type { Answers, Score } from '../types.ts';
import { CEQ_FACTOR_KEYS, CEQ_ID, CEQ_ITEM_COUNT, CEQ_SCALE, CEQ_SHORT_NAME, CEQ_VERSION } from './facts.ts';
import type { CeqKey } from './key.ts';

/** linkIds q1…q26, in printed order. */
export const CEQ_LINK_IDS: readonly string[] = Array.from({ length: CEQ_ITEM_COUNT }, (_, i) => `q${i + 1}`);

/** Answers checked: only q1…q26, whole numbers 0–5, every item answered. Returns them by item number. */
export function readCeqAnswers(answers: Answers): number[] {
  for (const k of Object.keys(answers)) {
    if (!CEQ_LINK_IDS.includes(k))
      throw invalid(`answers.${k}`, 'not-item-of', { instrument: CEQ_SHORT_NAME });
  }
  const values: number[] = [];
  const missing: number[] = [];
  for (const [i, id] of CEQ_LINK_IDS.entries()) {
    const v = answers[id];
    if (v === null || v === undefined) {
      missing.push(i + 1);
      continue;
    }
    if (typeof v !== 'number' || !Number.isInteger(v)) {
      throw invalid(`answers.${id}`, 'item-integer', { item: i + 1, value: JSON.stringify(v) });
    }
    if (v < CEQ_SCALE.min || v > CEQ_SCALE.max) {
      throw invalid(`answers.${id}`, 'item-out-of-range', {
        item: i + 1,
        answer: v,
        min: CEQ_SCALE.min,
        max: CEQ_SCALE.max,
      });
    }
    values.push(v);
  }
  if (missing.length) {
    throw new DomainError(
      'validation',
      `The ${CEQ_SHORT_NAME} cannot be scored: item${missing.length > 1 ? 's' : ''} ${missing.join(', ')} unanswered. Scoring needs every item.`,
      missing.map((n) => fieldIssue(`answers.q${n}`, 'required-for-scoring')),
    );
  }
  return values;
}

const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

/** Factor means (0–5) by factor key and the mean of all 26 items as the total. */
export function scoreCeq(key: CeqKey, answers: Answers): Score {
  const values = readCeqAnswers(answers);
  const subscales: Record<string, number> = {};
  for (const factor of CEQ_FACTOR_KEYS) {
    subscales[factor] = mean(key[factor].map((n) => values[n - 1] as number));
  }
  return {
    instrumentId: CEQ_ID,
    instrumentVersion: CEQ_VERSION,
    total: mean(values),
    severity: null,
    subscales,
    flags: [],
  };
}
