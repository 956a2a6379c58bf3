import { describe, expect, it } from 'vitest';
import { TEST_CEQ_COPY } from '../../../../test/support/ceq-copy.ts';
import { refusalOf } from '../testing.ts';
import { readCeqCopy } from './copy.ts';

/** The tests' copy (test/support/ceq-copy.ts): visibly not the CEQ's texts, with a made-up key. */
const copy = (over: Record<string, unknown> = {}) => ({ ...TEST_CEQ_COPY, ...over });

describe('the licensed CEQ copy', () => {
  it('keeps a complete copy', () => {
    const c = readCeqCopy(copy());
    expect(c.items).toHaveLength(26);
    expect(c.options[5]).toBe('Test label 5');
    expect(c.key.paranoia).toEqual([7, 14, 21]);
  });

  it('names every problem at once: missing item, blank label, bad key, no licence', () => {
    const items = copy().items.slice(0, 25);
    const options = ['a', 'b', ' ', 'd', 'e', 'f'];
    const e = refusalOf(() =>
      readCeqCopy(copy({ items, options, key: { grief: [1] }, licence: '', language: 'english' })),
    );
    const fields = e.fields.map((f) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['language', 'items', 'options.2', 'licence', 'key.fear']));
  });

  it('refuses a non-object', () => {
    expect(refusalOf(() => readCeqCopy('x')).fields[0]!.field).toBe('copy');
  });
});
