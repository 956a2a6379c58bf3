/**
 * Ajv's messages in plain words, in one place: a form shows "Must be at most 100 characters long."
 * instead of the schema text "must NOT have more than 100 characters". Each keyword's parameters
 * (the limit, the allowed values, the expected format) are kept in the sentence.
 */

export interface AjvIssue {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

const FORMATS: Record<string, string> = {
  email: 'an email address (name@example.org)',
  date: 'a date written YYYY-MM-DD',
  'date-time': 'a date and time (YYYY-MM-DDTHH:MM:SSZ)',
  time: 'a time (HH:MM:SS)',
  uuid: 'an id in the UUID format',
  uri: 'a web address (https://…)',
  url: 'a web address (https://…)',
};

const TYPES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
  null: 'empty',
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function typeMessage(type: unknown): string {
  const types = String(type).split(',');
  const named = types.filter((t) => t !== 'null').map((t) => TYPES[t] ?? t);
  const list = named.length ? named.join(' or ') : 'empty';
  return types.includes('null') && named.length ? `must be ${list}, or left empty` : `must be ${list}`;
}

type Rule = (p: Record<string, unknown>) => string | null;

const num = (v: unknown) => (typeof v === 'number' ? v : Number(v));

const RULES: Record<string, Rule> = {
  required: () => 'is required',
  additionalProperties: () => 'is not a known field',
  enum: (p) =>
    Array.isArray(p.allowedValues)
      ? `must be one of: ${p.allowedValues.join(', ')}`
      : 'is not an allowed value',
  const: (p) => `must be ${JSON.stringify(p.allowedValue)}`,
  type: (p) => typeMessage(p.type),
  maxLength: (p) => `must be at most ${plural(num(p.limit), 'character', 'characters')} long`,
  minLength: (p) =>
    num(p.limit) === 1
      ? 'must not be empty'
      : `must be at least ${plural(num(p.limit), 'character', 'characters')} long`,
  maximum: (p) => `must be ${num(p.limit)} or less`,
  minimum: (p) => `must be ${num(p.limit)} or more`,
  exclusiveMaximum: (p) => `must be less than ${num(p.limit)}`,
  exclusiveMinimum: (p) => `must be more than ${num(p.limit)}`,
  multipleOf: (p) =>
    num(p.multipleOf) === 1 ? 'must be a whole number' : `must be a multiple of ${num(p.multipleOf)}`,
  maxItems: (p) => `must have at most ${plural(num(p.limit), 'item', 'items')}`,
  minItems: (p) =>
    num(p.limit) === 1
      ? 'must have at least one item'
      : `must have at least ${plural(num(p.limit), 'item', 'items')}`,
  uniqueItems: (p) =>
    `must not list the same item twice (items ${num(p.j) + 1} and ${num(p.i) + 1} are equal)`,
  maxProperties: (p) => `must have at most ${plural(num(p.limit), 'field', 'fields')}`,
  minProperties: (p) => `must have at least ${plural(num(p.limit), 'field', 'fields')}`,
  format: (p) => `must be ${FORMATS[String(p.format)] ?? `in the ${String(p.format)} format`}`,
  pattern: () => 'is not in the expected form',
  anyOf: () => 'does not match any of the allowed forms',
  oneOf: () => 'does not match exactly one of the allowed forms',
};

/** The plain sentence fragment for one Ajv issue ("must be at most 100 characters long"). */
export function plainMessage(issue: Pick<AjvIssue, 'keyword' | 'message' | 'params'>): string {
  const rule = RULES[issue.keyword];
  return rule?.(issue.params ?? {}) ?? issue.message ?? 'is not valid';
}

const CODED_PARAMS = ['limit', 'format', 'type', 'allowedValue', 'allowedValues', 'multipleOf'] as const;

/**
 * The issue as a stable code (the schema keyword) and the values its message names, so a client
 * can say it in its own language; `message` stays the English sentence.
 */
export function issueCode(issue: Pick<AjvIssue, 'keyword' | 'params'>): {
  code: string;
  params: Record<string, string | number>;
} {
  const params: Record<string, string | number> = {};
  for (const key of CODED_PARAMS) {
    const value = issue.params?.[key];
    if (typeof value === 'number' || typeof value === 'string') params[key] = value;
    else if (Array.isArray(value)) params[key] = value.join(', ');
    else if (value !== undefined) params[key] = JSON.stringify(value);
  }
  return { code: issue.keyword, params };
}

/** An issue that only says a union's other branch failed (anyOf/oneOf, or "must be null"). */
export function isUnionNoise(issue: Pick<AjvIssue, 'keyword' | 'params'>): boolean {
  return (
    issue.keyword === 'anyOf' ||
    issue.keyword === 'oneOf' ||
    (issue.keyword === 'type' && issue.params?.type === 'null')
  );
}
