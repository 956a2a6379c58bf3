/** Spreads a 400 problem's `errors` over a form's fields; the rest is shown above the form. */
import { ApiError, errorMessage, type FieldError, fieldMessage, sentence } from './problem.ts';

export { sentence };

/**
 * Schema messages that only restate a union's other branch ("must be null", "must match a schema
 * in anyOf"): dropped when a field has a more specific message.
 */
const NOISE = [
  /^must be null$/i,
  /^must be empty$/i,
  /^does not match any of the allowed forms$/i,
  /^does not match exactly one of the allowed forms$/i,
  /^must match a schema in anyOf$/i,
  /^must match exactly one schema in oneOf$/i,
];
const isNoise = (message: string) => NOISE.some((re) => re.test(message.trim()));

export function splitFieldErrors<F extends string>(
  error: ApiError,
  isField: (field: string) => field is F,
): { byField: Partial<Record<F, string>>; other: FieldError[] } {
  const byField: Partial<Record<F, string>> = {};
  const other: FieldError[] = [];
  const specific = new Set(error.fieldErrors.filter((e) => !isNoise(e.message)).map((e) => e.field));
  for (const e of error.fieldErrors) {
    if (isNoise(e.message) && specific.has(e.field)) continue;
    if (isField(e.field)) {
      const previous = byField[e.field];
      byField[e.field] = previous ? `${previous} ${fieldMessage(e)}` : fieldMessage(e);
    } else {
      other.push(e);
    }
  }
  return { byField, other };
}

/** The message for one field (as a sentence), or the problem's detail when no field is named. */
export function messageFor(error: unknown, field: string): string {
  if (error instanceof ApiError) {
    const hit = error.fieldErrors.find((e) => e.field === field);
    if (hit) return fieldMessage(hit);
  }
  return errorMessage(error);
}
