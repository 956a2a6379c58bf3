import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvLines, guardText } from './csv.ts';

describe('csvLines', () => {
  it('writes text that starts a formula with a leading apostrophe', () => {
    for (const bad of ['=1+1', '+31 6', '-cmd', '@SUM(A1)', '\tx', '\rx'])
      expect(guardText(bad)).toBe(`'${bad}`);
    expect(guardText('safe = text')).toBe('safe = text');
    const [row] = parse(csvLines([['=HYPERLINK("http://x")', 'ok']])) as string[][];
    expect(row).toEqual(['\'=HYPERLINK("http://x")', 'ok']);
  });

  it('keeps numbers numeric, negatives included, and writes null as the missing marker', () => {
    expect(csvLines([[-3.5, 0, 12, null, Number.NaN]])).toBe('-3.5,0,12,NA,NA\n');
    expect(csvLines([[null, 'x']], '')).toBe(',x\n');
  });
});
