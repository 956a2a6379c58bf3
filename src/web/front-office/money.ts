/**
 * Amounts as staff type them in euros ("1800", "1800,50", "1.800,50", "1,800.50") to integer
 * minor units (cents), and back for the input. Integer arithmetic only: no float rounding.
 */

const PLAIN = /^(\d+)(?:[.,](\d{1,2}))?$/;
const DUTCH_THOUSANDS = /^(\d{1,3}(?:\.\d{3})+)(?:,(\d{1,2}))?$/;
const ENGLISH_THOUSANDS = /^(\d{1,3}(?:,\d{3})+)(?:\.(\d{1,2}))?$/;

/** Cents, or null when the text is not an amount of at most two decimals. */
export function parseEuros(text: string): number | null {
  const t = text.replace(/[\s\u00a0€]/g, '');
  const m = PLAIN.exec(t) ?? DUTCH_THOUSANDS.exec(t) ?? ENGLISH_THOUSANDS.exec(t);
  if (!m) return null;
  const whole = Number((m[1] ?? '').replace(/[.,]/g, ''));
  const cents = Number((m[2] ?? '').padEnd(2, '0'));
  const minor = whole * 100 + cents;
  return Number.isSafeInteger(minor) ? minor : null;
}

/** Cents → the input's text: "1800" or "1800,50" (Dutch) / "1800.50" (English). */
export function eurosInput(minor: number, decimal: ',' | '.'): string {
  const whole = Math.floor(minor / 100);
  const cents = minor % 100;
  return cents === 0 ? String(whole) : `${whole}${decimal}${String(cents).padStart(2, '0')}`;
}
