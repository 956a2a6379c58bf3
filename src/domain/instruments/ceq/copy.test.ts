import { describe, expect, it } from 'vitest';
import { refusalOf } from '../testing.ts';
import { readCeqCopy } from './copy.ts';

/** Test texts, visibly not the CEQ's (Threshold has none): "Test item 1" … and "Test label 0" …. */
const copy = (over: Record<string, unknown> = {}) => ({
  language: 'en',
  instructions: 'Test instructions',
  items: Array.from({ length: 26 }, (_, i) => `Test item ${i + 1}`),
  options: Array.from({ length: 6 }, (_, i) => `Test label ${i}`),
  key: {
    grief: [1, 8, 15, 22],
    fear: [2, 9, 16, 23],
    death: [3, 10, 17, 24],
    insanity: [4, 11, 18, 25],
    isolation: [5, 12, 19, 26],
    physicalDistress: [6, 13, 20],
    paranoia: [7, 14, 21],
  },
  licence: 'Licensed from the authors, 2026',
  ...over,
});

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
