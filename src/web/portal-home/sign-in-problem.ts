/** Which explanation a failed sign-in link gets: used, expired, unknown, or a passing problem. */
import { ApiError } from '../http/problem.ts';
import type { HomeText } from './i18n.ts';

export type SignInProblem = 'used' | 'expired' | 'unknown' | 'network' | 'other';

/** 410 with `reason` link-used | link-expired; 404 (or a malformed token, 400) is unknown. */
export function signInProblem(error: unknown): SignInProblem {
  if (!(error instanceof ApiError)) return 'other';
  if (error.status === 0) return 'network';
  if (error.status === 404 || error.status === 400) return 'unknown';
  if (error.status === 410) {
    const reason = typeof error.extra.reason === 'string' ? error.extra.reason : error.type;
    if (reason.endsWith('link-used')) return 'used';
    return 'expired';
  }
  return 'other';
}

/** The heading and sentence for a link that cannot sign the client in; null for a passing problem. */
export function signInProblemText(
  problem: SignInProblem,
  t: HomeText,
): { title: string; body: string } | null {
  switch (problem) {
    case 'used':
      return { title: t.linkUsedTitle, body: t.linkUsedBody };
    case 'expired':
      return { title: t.linkExpiredTitle, body: t.linkExpiredBody };
    case 'unknown':
      return { title: t.linkUnknownTitle, body: t.linkUnknownBody };
    default:
      return null;
  }
}
