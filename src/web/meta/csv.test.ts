import { describe, expect, it } from 'vitest';
import { parseStudyCsv, splitCsv } from './csv.ts';

describe('parseStudyCsv', () => {
  it('reads R write.csv output of dat.bcg: row names ignored, author and year joined as the label', () => {
    const text = [
      '"","trial","author","year","tpos","tneg","cpos","cneg","ablat","alloc","ai","bi","ci","di"',
      '"1",1,"Aronson",1948,4,119,11,128,44,"random",4,119,11,128',
      '"2",2,"Ferguson & Simes",1949,6,300,29,274,55,"random",6,300,29,274',
    ].join('\n');
    const table = parseStudyCsv(text);
    expect(table.columns).toEqual(['ai', 'bi', 'ci', 'di']);
    expect(table.rows).toEqual([
      { study: 'Aronson 1948', cells: { ai: '4', bi: '119', ci: '11', di: '128' } },
      { study: 'Ferguson & Simes 1949', cells: { ai: '6', bi: '300', ci: '29', di: '274' } },
    ]);
    expect(table.ignored).toEqual(['trial', 'tpos', 'tneg', 'cpos', 'cneg', 'ablat', 'alloc']);
  });

  it('takes tabs or semicolons, any case, NA as missing', () => {
    expect(parseStudyCsv('Study\tYI\tvi\nA\t0.5\t0.04\nB\tNA\t0.1\n').rows).toEqual([
      { study: 'A', cells: { yi: '0.5', vi: '0.04' } },
      { study: 'B', cells: { vi: '0.1' } },
    ]);
    expect(parseStudyCsv('study;xi;ni\n"Smith; 2020";3;40').rows).toEqual([
      { study: 'Smith; 2020', cells: { xi: '3', ni: '40' } },
    ]);
  });

  it('refuses a table without escalc columns or studies, in words', () => {
    expect(() => parseStudyCsv('name,events,total\nA,1,2')).toThrow(/no escalc column/);
    expect(() => parseStudyCsv('ai,bi,ci,di\n')).toThrow(/no studies/);
    expect(() => parseStudyCsv('  ')).toThrow(/empty/);
    expect(() => parseStudyCsv('ai,ai\n1,2')).toThrow(/twice/);
  });

  it('splits quoted fields with doubled quotes and line breaks', () => {
    expect(splitCsv('a,"b ""c""","d\ne"\r\n1,2,3', ',')).toEqual([
      ['a', 'b "c"', 'd\ne'],
      ['1', '2', '3'],
    ]);
  });
});
