/** Helpers shared by the instrument tests (not used by the product). */
import { DomainError } from '../errors.ts';
import type { Answers } from './types.ts';

/** Positional values as answers keyed `q1`…`qN`, plus any extra linkIds. */
export const answersOf = (values: readonly number[], extra: Record<string, number | null> = {}): Answers => ({
  ...Object.fromEntries(values.map((v, i) => [`q${i + 1}`, v])),
  ...extra,
});

/** The DomainError a call throws; fails the test when it throws nothing or something else. */
export function refusalOf(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected a refusal (DomainError), got a result');
}

/** Every object with a status and a source inside a definition: its sourced facts. */
export function sourcedIn(value: unknown, out: Array<{ status: unknown; source: unknown }> = []) {
  if (Array.isArray(value)) for (const v of value) sourcedIn(v, out);
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if ('status' in o && 'source' in o) out.push({ status: o.status, source: o.source });
    for (const v of Object.values(o)) sourcedIn(v, out);
  }
  return out;
}
