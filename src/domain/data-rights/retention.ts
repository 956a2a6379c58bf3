/**
 * How long a client's medical record must be kept, and what an erasure request therefore does.
 *
 * The Dutch WGBO (Art. 7:454 lid 3 BW, as amended 1 January 2020) obliges a care provider to keep
 * the medical record for 20 years from the last change to it — in practice, from the last
 * treatment — or longer when good care requires it. An erasure request (GDPR Art. 17) does not
 * override that duty (Art. 17(3)(b) and (c)): within the period the record is restricted
 * (Art. 18), at its end it is erased. A client who was never treated has no medical record under
 * the WGBO, so their data is erased at once.
 */
import { invalid } from '../errors.ts';

/** WGBO, Art. 7:454 lid 3 BW (since 2020): 20 years from the last treatment. */
export const WGBO_RETENTION_YEARS = 20;
export const MIN_RETENTION_YEARS = 1;
export const MAX_RETENTION_YEARS = 115;

/** Refuses a retention setting that is not a whole number of years in range. */
export function assertRetentionYears(years: unknown, field = 'retentionYears'): number {
  if (typeof years !== 'number' || !Number.isInteger(years)) throw invalid(field, 'whole-number-years');
  if (years < MIN_RETENTION_YEARS || years > MAX_RETENTION_YEARS)
    throw invalid(field, 'between-years', {
      minRetentionYears: MIN_RETENTION_YEARS,
      maxRetentionYears: MAX_RETENTION_YEARS,
    });
  return years;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** 'YYYY-MM-DD' plus whole years; 29 February becomes 28 February in a common year. */
export function addYears(date: string, years: number): string {
  const m = DATE.exec(date);
  if (!m) throw new Error(`not a date: ${date}`);
  const y = Number(m[1]) + years;
  const month = Number(m[2]);
  const day = Math.min(Number(m[3]), new Date(Date.UTC(y, month, 0)).getUTCDate());
  return `${String(y).padStart(4, '0')}-${m[2]}-${String(day).padStart(2, '0')}`;
}

/**
 * The last day the record must be kept: the last treatment day plus the retention years, or null
 * when the client was never treated (nothing to keep).
 */
export function retentionEnd(lastTreatmentOn: string | null, years: number): string | null {
  return lastTreatmentOn === null ? null : addYears(lastTreatmentOn, assertRetentionYears(years));
}

export type ErasureDecision = { kind: 'erase-now' } | { kind: 'restrict'; until: string | null };

/**
 * What a request does today. An erasure: erased now when no retention period runs (never treated,
 * or the period ended), otherwise restricted until the period ends. A restriction: restricted
 * with no end of its own (erasure needs a request of its own).
 */
export function decide(
  scope: 'erasure' | 'restriction',
  lastTreatmentOn: string | null,
  years: number,
  today: string,
): ErasureDecision {
  const until = retentionEnd(lastTreatmentOn, years);
  if (scope === 'restriction') return { kind: 'restrict', until: null };
  if (until === null || until < today) return { kind: 'erase-now' };
  return { kind: 'restrict', until };
}

/** Whether a restricted record's retention period has ended on `today` (erase it now). */
export const retentionEnded = (lastTreatmentOn: string | null, years: number, today: string): boolean => {
  const until = retentionEnd(lastTreatmentOn, years);
  return until === null || until < today;
};
