import { describe, expect, it } from 'vitest';
import { ApiError, networkError } from '../http/problem.ts';
import { PORTAL_TEXT } from './i18n.ts';
import { isClosed, portalProblem, problemText, refusedLinkId } from './problems.ts';

const gone = (slug: string) =>
  new ApiError({ status: 410, type: `urn:threshold:problem:${slug}`, title: 'Gone' });

describe('portalProblem', () => {
  it('tells the closed links apart by the problem type', () => {
    expect(portalProblem(gone('invitation-completed'))).toBe('completed');
    expect(portalProblem(gone('invitation-expired'))).toBe('expired');
    expect(portalProblem(gone('invitation-revoked'))).toBe('revoked');
    expect(
      portalProblem(new ApiError({ status: 404, type: 'urn:threshold:problem:not-found', title: 'x' })),
    ).toBe('not-found');
  });

  it('treats a network failure and anything else as passing', () => {
    expect(portalProblem(networkError())).toBe('network');
    expect(portalProblem(new ApiError({ status: 500, title: 'x' }))).toBe('other');
    expect(portalProblem(new Error('boom'))).toBe('other');
    expect(isClosed('network')).toBe(false);
    expect(isClosed('other')).toBe(false);
    expect(isClosed('revoked')).toBe(true);
  });

  it('has the words of each screen in the client language', () => {
    expect(problemText('completed', PORTAL_TEXT.en).title).toBe(
      'You already answered this questionnaire. Thank you.',
    );
    expect(problemText('not-found', PORTAL_TEXT.en).title).toBe('This link is not valid');
    expect(problemText('expired', PORTAL_TEXT.en).title).toBe('This questionnaire has closed');
    expect(problemText('revoked', PORTAL_TEXT.en).title).toBe('This link was withdrawn');
    expect(problemText('revoked', PORTAL_TEXT.nl).title).toBe('Deze link is ingetrokken');
  });
});

describe('refusedLinkId', () => {
  it('names the first refused item in printed order', () => {
    const error = new ApiError({
      status: 422,
      title: 'Invalid',
      fieldErrors: [
        { field: 'answers.q3', message: 'is required' },
        { field: 'answers.q1', message: 'not an option' },
      ],
    });
    expect(refusedLinkId(error, ['q1', 'q2', 'q3'])).toBe('q1');
    expect(refusedLinkId(error, ['q2'])).toBeNull();
    expect(refusedLinkId(networkError(), ['q1'])).toBeNull();
  });
});
