import { describe, expect, it } from 'vitest';
import { findInstrument } from '../instruments/registry.ts';
import { checkClientRow, findDuplicates, type ImportedClient } from './clients.ts';
import { checkBundle } from './fhir-bundle.ts';
import { checkResponseRow, parseClientRef, parseCompletedAt } from './responses.ts';

const NOW = new Date('2025-06-01T12:00:00Z');

describe('client rows', () => {
  it('names every problem of a row, not only the first', () => {
    const r = checkClientRow(
      {
        line: 7,
        cells: { givenName: ' ', familyName: 'Bos', dateOfBirth: '2030-01-01', sexAtBirth: 'X', email: 'a@' },
      },
      'owner',
      NOW,
    );
    expect(r.ok).toBe(false);
    expect(!r.ok && r.issues.map((i) => `${i.line} ${i.column}`)).toEqual([
      '7 givenName',
      '7 dateOfBirth',
      '7 sexAtBirth',
      '7 email',
    ]);
  });

  it('normalizes a good row with the client rules', () => {
    const r = checkClientRow(
      {
        line: 2,
        cells: {
          givenName: ' Anna ',
          familyName: 'Smit',
          dateOfBirth: '1980-01-01',
          sexAtBirth: 'Female',
          email: 'A@X.org',
          language: 'NL',
        },
      },
      'intake',
      NOW,
    );
    expect(r).toMatchObject({
      ok: true,
      value: { givenName: 'Anna', sexAtBirth: 'female', email: 'a@x.org', language: 'nl' },
    });
  });
});

describe('duplicates', () => {
  const client = (over: Partial<ImportedClient>): ImportedClient => ({
    givenName: 'Anna',
    familyName: 'Smit',
    preferredName: null,
    dateOfBirth: '1980-01-01',
    sexAtBirth: 'female',
    gender: null,
    email: null,
    phone: null,
    address: null,
    emergencyContact: { name: null, relationship: null, phone: null },
    notes: null,
    language: 'en',
    ...over,
  });

  it('matches names regardless of case and spacing, and emails regardless of case', () => {
    const existing = [
      {
        id: 'c1',
        givenName: 'Anna',
        familyName: 'Smit',
        dateOfBirth: '1980-01-01',
        email: 'x@y.org',
        archived: true,
      },
    ];
    const d = findDuplicates(
      [
        { line: 2, value: client({ givenName: 'ANNA ', familyName: ' smit' }) },
        { line: 3, value: client({ givenName: 'Other', email: 'X@Y.org' }) },
        { line: 4, value: client({ givenName: 'New', dateOfBirth: '1990-01-01' }) },
        { line: 5, value: client({ givenName: 'new', dateOfBirth: '1990-01-01' }) },
      ],
      existing,
    );
    expect(d.map((x) => [x.line, x.existingClientId])).toEqual([
      [2, 'c1'],
      [3, 'c1'],
      [5, null],
    ]);
    expect(d[0]!.message).toContain('archived');
  });
});

describe('past responses', () => {
  it('reads dates with a zone or as a day at noon UTC, and refuses the rest', () => {
    expect(parseCompletedAt('2024-05-02', NOW)).toEqual({ at: '2024-05-02T12:00:00.000Z' });
    expect(parseCompletedAt('2024-05-02 10:30+02:00', NOW)).toEqual({ at: '2024-05-02T08:30:00.000Z' });
    const refused = (value: string) => {
      const r = parseCompletedAt(value, NOW);
      return 'error' in r ? r.error : null;
    };
    expect(refused('2024-02-30')).toEqual({
      code: 'completed-at-not-calendar-date',
      params: { value: '2024-02-30' },
    });
    expect(refused(' 2024-05-02T10:30 ')).toEqual({
      code: 'completed-at-not-date-time',
      params: { value: '2024-05-02T10:30' },
    });
    expect(refused('2026-01-01')).toEqual({ code: 'completed-at-future', params: { value: '2026-01-01' } });
    expect(refused('1899-12-31')).toEqual({
      code: 'completed-at-before-1900',
      params: { value: '1899-12-31' },
    });
  });

  it('names a client by id or email only', () => {
    expect(parseClientRef('A@X.ORG')).toEqual({ kind: 'email', email: 'a@x.org' });
    expect(parseClientRef('Anna Smit')).toBeNull();
  });

  it('scores a good row with the instrument and flags the risk answer', () => {
    const cells = {
      client: 'a@x.org',
      instrument: 'PHQ-9',
      completedAt: '2024-01-01',
      q1: '1',
      q2: '1',
      q3: '1',
      q4: '1',
      q5: '1',
      q6: '1',
      q7: '1',
      q8: '1',
      q9: '2',
    };
    const r = checkResponseRow({ line: 2, cells }, findInstrument, NOW);
    expect(r.ok && r.value.score.flags.map((f) => f.id)).toEqual(['suicide-risk']);
  });

  it('reads a FHIR Bundle entry by entry with the FHIR mapper', () => {
    const r = checkBundle(
      { resourceType: 'Bundle', type: 'collection', entry: [{ resource: { resourceType: 'Patient' } }] },
      findInstrument,
      NOW,
    );
    expect(r.rows[0]).toEqual({
      ok: false,
      issues: [
        {
          line: 1,
          column: 'entry[0].resource.resourceType',
          message: 'must be "QuestionnaireResponse"',
          code: 'fhir-questionnaire-response',
          params: {},
        },
      ],
    });
    expect(checkBundle({ resourceType: 'Bundle' }, findInstrument, NOW).fileIssues[0]!.message).toBe(
      'the Bundle has no entries',
    );
  });
});
