/**
 * What went wrong with a signature, in the client's words: the server names the field (typedName,
 * agreed) in English; the portal shows its own sentence in the client's language. A 409 means the
 * document was republished while the client read it.
 */
import { ApiError } from '../http/problem.ts';

export type SignProblem = { typedName?: 'nameWrong'; agreed?: 'agreeMissing'; changed?: true; other?: true };

export function signProblem(error: unknown): SignProblem {
  if (!(error instanceof ApiError)) return { other: true };
  if (error.status === 409) return { changed: true };
  const fields = new Set(error.fieldErrors.map((f) => f.field.replace(/^\/?(body\.)?/, '')));
  const out: SignProblem = {};
  if (fields.has('typedName')) out.typedName = 'nameWrong';
  if (fields.has('agreed')) out.agreed = 'agreeMissing';
  return out.typedName || out.agreed ? out : { other: true };
}
