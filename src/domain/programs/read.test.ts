import { describe, expect, it } from 'vitest';
import { readInstant, readOptionalText, readText } from './read.ts';
import { caught } from './testing.ts';

describe('readers', () => {
  it('readInstant accepts ISO with a zone and returns UTC', () => {
    expect(readInstant('2026-05-04T10:00:00+02:00', 'f')).toBe('2026-05-04T08:00:00.000Z');
    expect(readInstant('2026-05-04T08:00Z', 'f')).toBe('2026-05-04T08:00:00.000Z');
    expect(readInstant('2026-05-04T08:00:00.123456Z', 'f')).toBe('2026-05-04T08:00:00.123Z');
  });

  it.each(['2026-05-04', '2026-05-04T08:00:00', '2026-02-30T08:00:00Z', 'now', 5])(
    'readInstant refuses %j',
    (v) => {
      expect(caught(() => readInstant(v, 'f')).fields[0]?.field).toBe('f');
    },
  );

  it('readText trims and refuses blank and long', () => {
    expect(readText('  a ', 'f', 3)).toBe('a');
    expect(readText('  ', 'f', 3, true)).toBe('');
    expect(caught(() => readText(' ', 'f', 3)).fields[0]?.field).toBe('f');
    expect(caught(() => readText('abcd', 'f', 3)).fields[0]?.field).toBe('f');
    expect(caught(() => readText(1, 'f', 3)).fields[0]?.field).toBe('f');
  });

  it('readOptionalText: blank and missing are null', () => {
    expect(readOptionalText(undefined, 'f', 3)).toBeNull();
    expect(readOptionalText(' ', 'f', 3)).toBeNull();
    expect(readOptionalText(' x ', 'f', 3)).toBe('x');
  });
});
