import { describe, expect, it } from 'vitest';
import { ApiError } from '../http/problem.ts';
import { signProblem } from './problems.ts';

const problem = (status: number, fields: string[] = []) =>
  new ApiError({
    status,
    title: 'x',
    fieldErrors: fields.map((field) => ({ field, message: 'is wrong' })),
  });

describe('signProblem', () => {
  it('names the typed name and the tick at their fields', () => {
    expect(signProblem(problem(400, ['typedName']))).toEqual({ typedName: 'nameWrong' });
    expect(signProblem(problem(400, ['agreed', 'typedName']))).toEqual({
      typedName: 'nameWrong',
      agreed: 'agreeMissing',
    });
  });

  it('treats a conflict as a document that changed while the client read it', () => {
    expect(signProblem(problem(409))).toEqual({ changed: true });
  });

  it('falls back to a general failure for anything else', () => {
    expect(signProblem(problem(400, ['documentSha256']))).toEqual({ other: true });
    expect(signProblem(new Error('offline'))).toEqual({ other: true });
  });
});
