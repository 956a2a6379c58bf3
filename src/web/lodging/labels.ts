/** Small helpers shared by the lodging screens. */
import { errorMessage, type FieldError, fieldMessage } from '../http/problem.ts';

/** "1, 2, 3" → ['1', '2', '3'] (blank names dropped). */
export const bedLabels = (text: string): string[] =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/** The field a problem names, when it is one of `fields` (prefix match for array items like beds.0). */
export function problemField<F extends string>(error: unknown, fields: readonly F[]): F | null {
  const named = (error as { fieldErrors?: { field: string }[] } | null)?.fieldErrors ?? [];
  for (const f of named) {
    const hit = fields.find((x) => f.field === x || f.field.startsWith(`${x}.`));
    if (hit) return hit;
  }
  return null;
}

/** The message of the problem at `field` (or an item of it, like beds.0), else the problem's detail. */
export function problemMessage(error: unknown, field: string): string {
  const named = (error as { fieldErrors?: FieldError[] } | null)?.fieldErrors ?? [];
  const hit = field ? named.find((f) => f.field === field || f.field.startsWith(`${field}.`)) : undefined;
  return hit ? fieldMessage(hit) : errorMessage(error);
}
