/** The signed-in session for every screen inside the app shell (never null there). */
import { createContext, useContext } from 'react';
import type { Session } from '../../api/auth.ts';
import type { Action } from '../../domain/access/roles.ts';
import { can } from './session.ts';

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession is used outside the signed-in app');
  return session;
}

export function useCan(action: Action): boolean {
  return can(useSession(), action);
}
