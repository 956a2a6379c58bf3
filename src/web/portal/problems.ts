/** Which of the portal's error screens a failed request leads to. */
import { ApiError } from '../http/problem.ts';
import type { PortalText } from './i18n.ts';

export type PortalProblem = 'not-found' | 'completed' | 'expired' | 'revoked' | 'network' | 'other';

/** The closed link's kind from a 404 or 410 problem, the network, or anything else. */
export function portalProblem(error: unknown): PortalProblem {
  if (!(error instanceof ApiError)) return 'other';
  if (error.status === 0) return 'network';
  if (error.status === 404) return 'not-found';
  if (error.status === 410) {
    if (error.type.endsWith('invitation-completed')) return 'completed';
    if (error.type.endsWith('invitation-expired')) return 'expired';
    if (error.type.endsWith('invitation-revoked')) return 'revoked';
    return 'expired';
  }
  return 'other';
}

/** True when the link can no longer be used: the page shows that instead of the questionnaire. */
export const isClosed = (problem: PortalProblem): boolean =>
  problem === 'not-found' || problem === 'completed' || problem === 'expired' || problem === 'revoked';

/** The heading and sentence of an error screen. */
export function problemText(problem: PortalProblem, t: PortalText): { title: string; body: string } {
  switch (problem) {
    case 'not-found':
      return { title: t.notFoundTitle, body: t.notFoundBody };
    case 'completed':
      return { title: t.completedTitle, body: t.completedBody };
    case 'expired':
      return { title: t.expiredTitle, body: t.expiredBody };
    case 'revoked':
      return { title: t.revokedTitle, body: t.revokedBody };
    case 'network':
      return { title: t.networkTitle, body: t.networkBody };
    default:
      return { title: t.otherTitle, body: t.otherBody };
  }
}

/** The first item, in printed order, that a 422 problem names (`answers.<linkId>`), or null. */
export function refusedLinkId(error: unknown, linkIds: readonly string[]): string | null {
  if (!(error instanceof ApiError)) return null;
  const named = new Set(
    error.fieldErrors.filter((e) => e.field.startsWith('answers.')).map((e) => e.field.slice(8)),
  );
  return linkIds.find((id) => named.has(id)) ?? null;
}
