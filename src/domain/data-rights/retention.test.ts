import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { assertRequest } from './requests.ts';
import { clientVisibleTo } from './restriction.ts';
import { addYears, assertRetentionYears, decide, retentionEnd, WGBO_RETENTION_YEARS } from './retention.ts';

describe('retention (WGBO, Art. 7:454 BW)', () => {
  it('keeps a record 20 years from the last treatment by default', () => {
    expect(WGBO_RETENTION_YEARS).toBe(20);
    expect(retentionEnd('2024-03-15', 20)).toBe('2044-03-15');
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(retentionEnd(null, 20)).toBeNull();
  });

  it('erases at once when never treated or the period ended, restricts otherwise', () => {
    expect(decide('erasure', null, 20, '2026-01-01')).toEqual({ kind: 'erase-now' });
    expect(decide('erasure', '2000-01-01', 20, '2026-01-01')).toEqual({ kind: 'erase-now' });
    expect(decide('erasure', '2025-06-01', 20, '2026-01-01')).toEqual({
      kind: 'restrict',
      until: '2045-06-01',
    });
    // The last day of the period is still inside it.
    expect(decide('erasure', '2006-01-01', 20, '2026-01-01')).toEqual({
      kind: 'restrict',
      until: '2026-01-01',
    });
    expect(decide('restriction', null, 20, '2026-01-01')).toEqual({ kind: 'restrict', until: null });
  });

  it('refuses retention settings that are not whole years in range', () => {
    for (const bad of [0, -1, 2.5, 116, Number.NaN, '20', null])
      expect(() => assertRetentionYears(bad)).toThrow(DomainError);
    expect(assertRetentionYears(30)).toBe(30);
  });
});

describe('requests', () => {
  const base = {
    requestedBy: 'client',
    receivedOn: '2026-01-01',
    scope: 'erasure',
    legalBasis: 'art17-1b',
  } as const;
  it('needs a ground of its own article and a received date not in the future', () => {
    expect(assertRequest(base, '2026-01-02')).toEqual(base);
    expect(() => assertRequest({ ...base, legalBasis: 'art18-1a' }, '2026-01-02')).toThrow(/legalBasis/);
    expect(() => assertRequest({ ...base, scope: 'restriction' }, '2026-01-02')).toThrow(/legalBasis/);
    expect(() => assertRequest({ ...base, receivedOn: '2026-01-03' }, '2026-01-02')).toThrow(/receivedOn/);
    expect(() => assertRequest({ ...base, receivedOn: '2026-13-45' }, '2027-01-02')).toThrow(/receivedOn/);
  });
});

describe('restriction', () => {
  it('hides a restricted record from every role but the owner', () => {
    expect(clientVisibleTo('owner', '2026-01-01T00:00:00Z')).toBe(true);
    for (const role of ['clinician', 'facilitator', 'intake', 'researcher'] as const) {
      expect(clientVisibleTo(role, '2026-01-01T00:00:00Z')).toBe(false);
      expect(clientVisibleTo(role, null)).toBe(true);
    }
  });
});
