import { describe, expect, it } from 'vitest';
import {
  csvPath,
  defaultEndpoint,
  endpointChoices,
  hasNarrowingFilters,
  outcomesPath,
  parseFilters,
  withFilter,
  withoutFilters,
} from './query.ts';

const tp = (key: string, role: 'baseline' | 'treatment' | 'end-of-treatment' | 'follow-up') => ({
  key,
  role,
});

describe('parseFilters', () => {
  it('reads the known filters and ignores blanks and other parameters', () => {
    const f = parseFilters(
      new URLSearchParams('instrument=phq-9&sex=&ageBand=25%E2%80%9334&tab=x&groupBy=sex'),
    );
    expect(f).toEqual({ instrument: 'phq-9', ageBand: '25–34', groupBy: 'sex' });
  });
});

describe('withFilter', () => {
  it('sets, replaces and clears a filter, keeping other parameters', () => {
    const p = new URLSearchParams('tab=x&sex=male');
    expect(withFilter(p, 'sex', 'female').toString()).toBe('tab=x&sex=female');
    expect(withFilter(p, 'sex', '').toString()).toBe('tab=x');
    expect(withFilter(p, 'sex', null).toString()).toBe('tab=x');
    expect(p.toString()).toBe('tab=x&sex=male');
  });

  it('drops the endpoint when the instrument changes and the reference when the grouping does', () => {
    const p = new URLSearchParams('instrument=phq-9&endpoint=phq-9-week-1%231&groupBy=sex&reference=female');
    const a = withFilter(p, 'instrument', 'gad-7');
    expect(a.get('endpoint')).toBeNull();
    expect(a.get('reference')).toBe('female');
    const b = withFilter(p, 'groupBy', 'ageBand');
    expect(b.get('reference')).toBeNull();
    expect(b.get('endpoint')).toBe('phq-9-week-1#1');
    // Setting the same value again keeps what depends on it.
    expect(withFilter(p, 'groupBy', 'sex').get('reference')).toBe('female');
  });

  it('withoutFilters clears every filter only', () => {
    expect(withoutFilters(new URLSearchParams('sex=male&cohort=c&x=1')).toString()).toBe('x=1');
  });
});

describe('API paths', () => {
  const filters = {
    sex: 'male',
    groupBy: 'ageBand',
    reference: '25–34',
    endpoint: 'e#1',
    instrument: 'phq-9',
  };
  it('builds the report address with every filter, encoded', () => {
    const path = outcomesPath('p 1', filters);
    expect(path.startsWith('/api/programs/p%201/outcomes?')).toBe(true);
    const q = new URLSearchParams(path.split('?')[1]);
    expect(Object.fromEntries(q)).toEqual(filters);
    expect(outcomesPath('p', {})).toBe('/api/programs/p/outcomes');
  });

  it('builds the CSV address without subgroup or endpoint choices', () => {
    const q = new URLSearchParams(csvPath('p', filters, 'gad-7').split('?')[1]);
    expect(Object.fromEntries(q)).toEqual({ sex: 'male', instrument: 'gad-7' });
    expect(csvPath('p', filters, null)).toBe('/api/programs/p/outcomes.csv?sex=male');
  });

  it('tells narrowing filters from the instrument and endpoint', () => {
    expect(hasNarrowingFilters({ instrument: 'phq-9', endpoint: 'x' })).toBe(false);
    expect(hasNarrowingFilters({ cohort: 'c' })).toBe(true);
  });
});

describe('endpoint', () => {
  it('defaults to the last end-of-treatment timepoint after the baseline', () => {
    const t = [
      tp('b', 'baseline'),
      tp('e1', 'end-of-treatment'),
      tp('e2', 'end-of-treatment'),
      tp('f', 'follow-up'),
    ];
    expect(defaultEndpoint(t)).toBe('e2');
    expect(endpointChoices(t).map((x) => x.key)).toEqual(['e1', 'e2', 'f']);
  });

  it('falls back to the first timepoint after the baseline, or none', () => {
    expect(defaultEndpoint([tp('b', 'baseline'), tp('f1', 'follow-up'), tp('f2', 'follow-up')])).toBe('f1');
    expect(defaultEndpoint([tp('x', 'treatment'), tp('f1', 'follow-up')])).toBe('f1');
    expect(defaultEndpoint([tp('b', 'baseline')])).toBeNull();
    expect(defaultEndpoint([])).toBeNull();
  });
});
