/**
 * The CEQ scoring key: which item belongs to which factor. Threshold does not ship it (the paper's
 * key was not available, see facts.ts): it comes with the organization's licensed copy and is
 * checked here before anything is scored with it.
 */
import { DomainError, type FieldIssue, fieldIssue } from '../../errors.ts';
import { CEQ_FACTOR_KEYS, CEQ_ITEM_COUNT, type CeqFactorKey } from './facts.ts';

/** Item numbers (1-based, as printed) per factor. */
export type CeqKey = Readonly<Record<CeqFactorKey, readonly number[]>>;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function itemIssues(factor: string, items: unknown, seen: Map<number, string>): FieldIssue[] {
  const field = `key.${factor}`;
  if (!Array.isArray(items) || items.length === 0) {
    return [fieldIssue(field, 'ceq-key-items-needed')];
  }
  const issues: FieldIssue[] = [];
  for (const n of items) {
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > CEQ_ITEM_COUNT) {
      issues.push(fieldIssue(field, 'ceq-key-item-number', { item: JSON.stringify(n), max: CEQ_ITEM_COUNT }));
    } else if (seen.has(n)) {
      issues.push(fieldIssue(field, 'ceq-key-item-twice', { item: n, factor: seen.get(n) }));
    } else seen.set(n, factor);
  }
  return issues;
}

/**
 * A key checked: exactly the seven factors, every item 1–26 on exactly one of them. Refuses with
 * every problem named (unknown or missing factor, bad, repeated or unassigned item).
 */
export function readCeqKey(input: unknown): CeqKey {
  if (!isObject(input))
    throw new DomainError('validation', 'key: must be an object', [fieldIssue('key', 'object')]);
  const issues: FieldIssue[] = [];
  for (const k of Object.keys(input)) {
    if (!(CEQ_FACTOR_KEYS as readonly string[]).includes(k)) {
      issues.push(fieldIssue(`key.${k}`, 'ceq-factor-unknown', { factors: CEQ_FACTOR_KEYS.join(', ') }));
    }
  }
  const seen = new Map<number, string>();
  for (const factor of CEQ_FACTOR_KEYS) {
    if (!(factor in input)) issues.push(fieldIssue(`key.${factor}`, 'required'));
    else issues.push(...itemIssues(factor, input[factor], seen));
  }
  const unassigned = Array.from({ length: CEQ_ITEM_COUNT }, (_, i) => i + 1).filter((n) => !seen.has(n));
  if (unassigned.length && issues.length === 0) {
    issues.push(fieldIssue('key', 'ceq-items-unassigned', { items: unassigned.join(', ') }));
  }
  if (issues.length) {
    throw new DomainError(
      'validation',
      `The CEQ scoring key is not usable: ${issues.map((i) => `${i.field} ${i.message}`).join('; ')}`,
      issues,
    );
  }
  return Object.fromEntries(
    CEQ_FACTOR_KEYS.map((f) => [f, [...(input[f] as number[])].sort((a, b) => a - b)]),
  ) as unknown as CeqKey;
}
