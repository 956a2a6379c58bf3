/**
 * Outcome numbers as the dashboard prints them: a real minus sign, one decimal for scores, two for
 * effect sizes, whole percentages (one decimal near 0 and 100, so that 1 of 400 is not "0%"),
 * and "—" for anything missing. Never "NaN". Decimals and separators follow the organization's
 * locale ("−3,7" in Dutch), and the words ("to", "of") the UI language.
 */
import { currentFormatter } from '../i18n/format.ts';
import { tKey } from '../i18n/labels.ts';

export const DASH = '—';
const MINUS = '\u2212';

interface Interval {
  lower: number;
  upper: number;
}

const isNumber = (x: number | null | undefined): x is number => typeof x === 'number' && Number.isFinite(x);

/** `x` rounded to `digits` decimals (as toFixed rounds), so "−0.04" is 0 and gets no sign. */
const rounded = (x: number, digits: number): number => Number(x.toFixed(digits));

/** `x` with `digits` decimals and a real minus sign ("−0.0" becomes "0.0"); "—" when missing. */
export function fixed(x: number | null | undefined, digits = 1): string {
  if (!isNumber(x)) return DASH;
  const r = rounded(x, digits);
  const body = currentFormatter().number(Math.abs(r), {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    useGrouping: false,
  });
  return r < 0 ? MINUS + body : body;
}

/** Like `fixed`, with a "+" before positive values (differences, changes). */
export function signed(x: number | null | undefined, digits = 1): string {
  const s = fixed(x, digits);
  return isNumber(x) && rounded(x, digits) > 0 ? `+${s}` : s;
}

/** "−5.1 to −2.3"; "—" when there is no interval. */
export function interval(ci: Interval | null | undefined, digits = 1): string {
  if (!ci || !isNumber(ci.lower) || !isNumber(ci.upper)) return DASH;
  return tKey('outcomes:stats.interval', { lower: fixed(ci.lower, digits), upper: fixed(ci.upper, digits) });
}

/** "−3.7 (−5.1 to −2.3)", the estimate alone when there is no interval, "—" without an estimate. */
export function withInterval(
  estimate: number | null | undefined,
  ci: Interval | null | undefined,
  digits = 1,
  sign = false,
): string {
  if (!isNumber(estimate)) return DASH;
  const e = sign ? signed(estimate, digits) : fixed(estimate, digits);
  const i = interval(ci, digits);
  return i === DASH ? e : `${e} (${i})`;
}

/** "12.3 (4.5)": mean (SD); the mean alone when there is no SD. */
export function meanSd(mean: number | null | undefined, sd: number | null | undefined): string {
  if (!isNumber(mean)) return DASH;
  return isNumber(sd) ? `${fixed(mean)} (${fixed(sd)})` : fixed(mean);
}

/** Decimals a percentage needs: one strictly between 0 and 1 or 99 and 100, else none. */
const percentDigits = (x: number) => ((x > 0 && x < 1) || (x > 99 && x < 100) ? 1 : 0);

/** "45%", "0.3%", "—". */
export function percent(x: number | null | undefined): string {
  if (!isNumber(x)) return DASH;
  return `${fixed(x, percentDigits(x))}%`;
}

/** A percentage interval "38 to 52%", each limit with the decimals it needs ("0.8 to 10%"). */
export function percentInterval(ci: Interval | null | undefined): string {
  if (!ci || !isNumber(ci.lower) || !isNumber(ci.upper)) return DASH;
  return tKey('outcomes:stats.percentInterval', {
    lower: fixed(ci.lower, percentDigits(ci.lower)),
    upper: fixed(ci.upper, percentDigits(ci.upper)),
  });
}

interface ProportionLike {
  events: number;
  n: number;
  percent: number | null;
  ci: Interval | null;
}

/** "45% (38 to 52%)", or "—" when nobody was counted. */
export function proportion(p: ProportionLike | null | undefined): string {
  if (!p || !isNumber(p.percent)) return DASH;
  const ci = percentInterval(p.ci);
  return ci === DASH ? percent(p.percent) : `${percent(p.percent)} (${ci})`;
}

/** "27 of 60" under a proportion; "" when there is none. */
export function ofCount(p: { events: number; n: number } | null | undefined): string {
  return p && p.n > 0 ? tKey('outcomes:stats.of', { part: count(p.events), whole: count(p.n) }) : '';
}

/** A difference in percentage points: "+12 pp (−4 to 28)". */
export function points(d: { estimate: number; ci: Interval } | null | undefined): string {
  if (!d || !isNumber(d.estimate)) return DASH;
  const i = interval(d.ci, 0);
  const value = tKey('outcomes:stats.points', { value: signed(d.estimate, 0) });
  return i === DASH ? value : `${value} (${i})`;
}

/** A whole count with thousands separators: "1,204" (en), "1.204" (nl). */
export function count(n: number | null | undefined): string {
  return isNumber(n) ? currentFormatter().number(n, { maximumFractionDigits: 0 }) : DASH;
}

/** A statistic for a sentence: "not available" rather than a dash. */
export const orNotAvailable = (text: string): string =>
  text === DASH ? tKey('outcomes:stats.notAvailable') : text;
