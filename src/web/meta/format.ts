/** Numbers of a meta-analysis as they are printed: fixed decimals, a real minus sign, small p-values as "< 0.0001". */

const MINUS = '\u2212';

export function num(x: number, digits = 4): string {
  if (Number.isNaN(x)) return '—';
  if (!Number.isFinite(x)) return x > 0 ? '∞' : `${MINUS}∞`;
  const s = x.toFixed(digits);
  if (!s.startsWith('-')) return s;
  return Number(s) === 0 ? s.slice(1) : MINUS + s.slice(1);
}

/** "−1.0669 to −0.3622" */
export const range = (lower: number, upper: number, digits = 4): string =>
  `${num(lower, digits)} to ${num(upper, digits)}`;

export const pValue = (p: number): string => (p < 0.0001 ? '< 0.0001' : num(p, 4));

export const percent = (x: number, digits = 1): string => `${num(x, digits)}%`;
