/**
 * Every refusal the server can send with a code, and every reason it stores itself, has Dutch
 * words naming the same values: a new code without them fails here (and the resources' type).
 */
import { describe, expect, it } from 'vitest';
import { IMPORT_ISSUE_TEXTS, issueAt } from '../../domain/imports/issue-codes.ts';
import { PROBLEM_TEXTS, problemText } from '../../domain/problem-codes.ts';
import { STORED_REASONS, storedReasonCode } from '../../domain/stored-reasons.ts';
import { errorFromResponse } from '../http/problem.ts';
import { i18n } from './i18n.ts';
import { nl } from './resources/nl/index.ts';
import { storedReason } from './stored-reason.ts';

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1] ?? '').sort();

const dutchCodes: Record<string, string> = nl.errors.codes;
const dutchReasons: Record<string, string> = nl.common.storedReasons;

describe('problem codes', () => {
  for (const [code, english] of Object.entries(PROBLEM_TEXTS)) {
    it(`${code} has Dutch words with the same values`, () => {
      const dutch = dutchCodes[code];
      expect(dutch, code).toBeTruthy();
      expect(placeholders(dutch ?? ''), code).toEqual(placeholders(english));
      expect(dutch, code).not.toBe(english);
    });
  }

  it('has no Dutch words for a code the server does not send', () => {
    expect(Object.keys(dutchCodes).sort()).toEqual(Object.keys(PROBLEM_TEXTS).sort());
  });

  it('fills the English text with its values', () => {
    expect(problemText('cohort-full', { name: 'Spring', enrolled: 14, capacity: 14 })).toBe(
      'The cohort Spring is full (14 of 14 places).',
    );
  });
});

describe('a coded problem in the web', () => {
  const problem = (body: Record<string, unknown>) =>
    new Response(JSON.stringify(body), {
      status: 409,
      headers: { 'content-type': 'application/problem+json' },
    });
  const full = {
    type: 'urn:threshold:problem:conflict',
    title: 'Conflict',
    status: 409,
    detail: 'The cohort Spring is full (14 of 14 places).',
    code: 'cohort-full',
    params: { name: 'Spring', enrolled: 14, capacity: 14 },
  };

  it('says it in Dutch from its code, with an enrollment status by its label', async () => {
    await i18n.changeLanguage('nl');
    try {
      expect((await errorFromResponse(problem(full))).detail).toBe(
        'De groep Spring is vol (14 van 14 plaatsen).',
      );
      const moved = await errorFromResponse(
        problem({ ...full, code: 'enrollment-status-already', params: { from: 'active' } }),
      );
      expect(moved.detail).toBe('De inschrijving is al actief.');
      const unknown = await errorFromResponse(problem({ ...full, code: 'no-such-code' }));
      expect(unknown.detail).toBe(full.detail);
    } finally {
      await i18n.changeLanguage('en');
    }
  });

  it('keeps the server’s words in English', async () => {
    expect((await errorFromResponse(problem(full))).detail).toBe(full.detail);
  });
});

describe('import issue codes', () => {
  const dutch: Record<string, string> = nl.imports.issueCodes;
  for (const [code, english] of Object.entries(IMPORT_ISSUE_TEXTS)) {
    it(`${code} has Dutch words with the same values`, () => {
      expect(dutch[code], code).toBeTruthy();
      expect(placeholders(dutch[code] ?? ''), code).toEqual(placeholders(english));
    });
  }

  it('keeps the English message beside its code', () => {
    expect(issueAt(3, 'email', 'not-email', { value: 'x' })).toEqual({
      line: 3,
      column: 'email',
      message: '"x" is not an email address',
      code: 'not-email',
      params: { value: 'x' },
    });
  });
});

describe('stored reasons', () => {
  for (const code of Object.keys(STORED_REASONS)) {
    it(`${code} has Dutch words`, () => expect(dutchReasons[code]).toBeTruthy());
  }

  it('shows a stored reason in Dutch and a person’s words as written', async () => {
    await i18n.changeLanguage('nl');
    try {
      expect(storedReasonCode(STORED_REASONS['client-attended'])).toBe('client-attended');
      expect(storedReason(STORED_REASONS['client-attended'])).toBe('De cliënt was bij een sessie aanwezig.');
      expect(storedReason('Moved at the client’s request')).toBe('Moved at the client’s request');
    } finally {
      await i18n.changeLanguage('en');
    }
  });
});
