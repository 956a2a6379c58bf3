/**
 * Time helpers of the synthetic generator: durations in milliseconds, ISO-8601 UTC text (like
 * every stored time) and UTC days.
 */
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
export const MINUTE = 60_000;

export const iso = (ms: number) => new Date(ms).toISOString();
export const isoDate = (ms: number) => iso(ms).slice(0, 10);
export const dayStart = (ms: number) => Math.floor(ms / DAY) * DAY;

/** The date of the first `weekday` (0 = Sunday) on or after the day of `ms`. */
export function onWeekday(ms: number, weekday: number): string {
  const day = dayStart(ms);
  return isoDate(day + ((weekday - new Date(day).getUTCDay() + 7) % 7) * DAY);
}
