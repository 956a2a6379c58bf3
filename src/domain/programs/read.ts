/**
 * Small readers for validating untyped input (a definition from the builder or an import): each
 * checks one value and throws `invalid(field, …)` naming the dotted path of the value.
 */
import { DateTime } from 'luxon';
import { invalid } from '../errors.ts';

export type Obj = Record<string, unknown>;

export function readObject(value: unknown, field: string): Obj {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalid(field, 'object');
  }
  return value as Obj;
}

export function readArray(value: unknown, field: string, max: number): unknown[] {
  if (!Array.isArray(value)) throw invalid(field, 'list');
  if (value.length > max) throw invalid(field, 'max-entries', { max });
  return value;
}

/** A trimmed string; `allowEmpty` false refuses a blank one. */
export function readText(value: unknown, field: string, maxLength: number, allowEmpty = false): string {
  if (typeof value !== 'string') throw invalid(field, 'text');
  const text = value.trim();
  if (!allowEmpty && text === '') throw invalid(field, 'blank-empty');
  if (text.length > maxLength) throw invalid(field, 'max-length', { max: maxLength });
  return text;
}

/** Trimmed text, or null for null, undefined or a blank string. */
export function readOptionalText(value: unknown, field: string, maxLength: number): string | null {
  if (value === null || value === undefined) return null;
  const text = readText(value, field, maxLength, true);
  return text === '' ? null : text;
}

export function readInteger(value: unknown, field: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value)) throw invalid(field, 'integer');
  if (value < min || value > max) throw invalid(field, 'between', { min, max });
  return value;
}

export function readNumber(value: unknown, field: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw invalid(field, 'number');
  if (value < min || value > max) throw invalid(field, 'between', { min, max });
  return value;
}

export function readEnum<T extends string>(value: unknown, field: string, allowed: readonly T[]): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw invalid(field, 'one-of', { allowed: allowed.join(', ') });
  }
  return value as T;
}

/** An ISO-8601 timestamp with a zone (Z or ±hh:mm), returned as UTC 'YYYY-MM-DDTHH:MM:SS.sssZ'. */
export function readInstant(value: unknown, field: string): string {
  if (typeof value !== 'string') throw invalid(field, 'date-time');
  const ok = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/.test(value);
  const parsed = DateTime.fromISO(value, { setZone: true });
  if (!ok || !parsed.isValid) throw invalid(field, 'date-time-zone-iso-8601');
  return new Date(parsed.toMillis()).toISOString();
}
