/**
 * The signed-in session as a react-query entry: `null` when nobody is signed in. Every Session
 * payload also carries the CSRF token, which is stored as it arrives.
 */

import type { Session } from '../../api/auth.ts';
import type { Action } from '../../domain/access/roles.ts';
import { setCsrfToken } from '../http/csrf.ts';
import { api } from '../http/http.ts';
import { ApiError } from '../http/problem.ts';

export const sessionKey = ['session'] as const;

/** Remembers the CSRF token of a Session payload and returns the payload. */
export function acceptSession(session: Session): Session {
  setCsrfToken(session.csrfToken);
  return session;
}

export async function fetchSession(): Promise<Session | null> {
  try {
    return acceptSession(await api.get<Session>('/api/session'));
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export function can(session: Session, action: Action): boolean {
  return session.permissions.includes(action);
}

export function activeMembership(session: Session): Session['organizations'][number] | undefined {
  return session.organizations.find((o) => o.id === session.activeOrganizationId);
}
