import { describe, expect, it } from 'vitest';
import { ApiError } from '../http/problem.ts';
import { HOME_TEXT } from './i18n.ts';
import { signInProblem, signInProblemText } from './sign-in-problem.ts';

const problem = (status: number, extra: Record<string, unknown> = {}, type?: string) =>
  new ApiError({ status, title: 'x', extra, ...(type ? { type } : {}) });

describe('signInProblem', () => {
  it('tells a used link from an expired one by the reason', () => {
    expect(signInProblem(problem(410, { reason: 'link-used' }))).toBe('used');
    expect(signInProblem(problem(410, { reason: 'link-expired' }))).toBe('expired');
    expect(signInProblem(problem(410, {}, 'urn:threshold:problem:link-used'))).toBe('used');
    expect(signInProblem(problem(410))).toBe('expired');
  });

  it('calls an unknown or malformed link unknown', () => {
    expect(signInProblem(problem(404))).toBe('unknown');
    expect(signInProblem(problem(400))).toBe('unknown');
  });

  it('keeps passing problems apart', () => {
    expect(signInProblem(problem(0))).toBe('network');
    expect(signInProblem(problem(500))).toBe('other');
    expect(signInProblem(new Error('boom'))).toBe('other');
  });

  it('explains the closed links only', () => {
    const t = HOME_TEXT.en;
    expect(signInProblemText('used', t)?.title).toBe(t.linkUsedTitle);
    expect(signInProblemText('expired', t)?.body).toBe(t.linkExpiredBody);
    expect(signInProblemText('unknown', t)?.title).toBe(t.linkUnknownTitle);
    expect(signInProblemText('network', t)).toBeNull();
  });
});
