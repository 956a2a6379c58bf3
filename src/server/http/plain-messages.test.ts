import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { type AjvIssue, plainMessage } from './plain-messages.ts';

function issuesOf(schema: object, value: unknown): AjvIssue[] {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  validate(value);
  return (validate.errors ?? []) as AjvIssue[];
}

describe('plainMessage', () => {
  it('turns schema text into plain words that keep the limit', () => {
    const [issue] = issuesOf({ type: 'string', maxLength: 100 }, 'x'.repeat(101));
    expect(issue!.message).toBe('must NOT have more than 100 characters');
    expect(plainMessage(issue!)).toBe('must be at most 100 characters long');
  });

  it('words every common keyword without schema jargon', () => {
    const schema = {
      type: 'object',
      required: ['name'],
      additionalProperties: false,
      properties: {
        name: { type: 'string' },
        short: { type: 'string', minLength: 1 },
        places: { type: 'integer', minimum: 1, maximum: 1000 },
        email: { type: 'string', format: 'email' },
        colour: { enum: ['red', 'blue'] },
        tags: { type: 'array', maxItems: 2 },
        note: { type: ['string', 'null'] },
      },
    };
    const messages = issuesOf(schema, {
      short: '',
      places: 0,
      email: 'not-an-email',
      colour: 'green',
      tags: [1, 2, 3],
      note: 5,
      extra: true,
    }).map(plainMessage);
    expect(messages).toEqual(
      expect.arrayContaining([
        'is required',
        'is not a known field',
        'must not be empty',
        'must be 1 or more',
        'must be an email address (name@example.org)',
        'must be one of: red, blue',
        'must have at most 2 items',
        'must be text, or left empty',
      ]),
    );
    for (const m of messages) expect(m).not.toMatch(/NOT|must match|schema/);
  });

  it('falls back to the library text for a keyword it does not know', () => {
    expect(plainMessage({ keyword: 'dependentRequired', message: 'must have x', params: {} })).toBe(
      'must have x',
    );
  });
});
