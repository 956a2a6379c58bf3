/**
 * Numbers of a meta-analysis as they are printed: fixed decimals, a real minus sign, small p-values
 * as "< 0.0001". Decimals follow the organization's locale ("0,4901" in Dutch), words the language.
 */
import { currentFormatter } from '../i18n/format.ts';
import { tKey } from '../i18n/labels.ts';

const MINUS = '\u2212';

export function num(x: number, digits = 4): string {
  if (Number.isNaN(x)) return '—';
  if (!Number.isFinite(x)) return x > 0 ? '∞' : `${MINUS}∞`;
  const rounded = Number(x.toFixed(digits));
  const body = currentFormatter().number(Math.abs(rounded), {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    useGrouping: false,
  });
  return rounded < 0 ? MINUS + body : body;
}

/** "−1.0669 to −0.3622" */
export const range = (lower: number, upper: number, digits = 4): string =>
  tKey('meta:results.range', { lower: num(lower, digits), upper: num(upper, digits) });

export const pValue = (p: number): string => (p < 0.0001 ? `< ${num(0.0001, 4)}` : num(p, 4));

export const percent = (x: number, digits = 1): string => `${num(x, digits)}%`;
