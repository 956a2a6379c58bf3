/** Sign-in, sign-out and the organization switch: the mutations that replace the session. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import type { Session, SignIn } from '../../api/auth.ts';
import { getCsrfToken, setCsrfToken } from '../http/csrf.ts';
import { api, refreshCsrfToken } from '../http/http.ts';
import { acceptSession, sessionKey } from './session.ts';

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: SignIn) => {
      if (!getCsrfToken()) await refreshCsrfToken();
      return acceptSession(await api.post<Session>('/api/auth/sign-in', body));
    },
    onSuccess: (session) => {
      // Nothing cached for a previous user may be shown to this one.
      queryClient.removeQueries();
      queryClient.setQueryData(sessionKey, session);
    },
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: async () => {
      try {
        await api.post<void>('/api/auth/sign-out');
      } catch {
        // Signed out on this device either way: the cookie may already have expired.
      }
    },
    onSettled: () => {
      // Leave the app first, so no screen refetches for a session that no longer exists.
      navigate('/sign-in', { replace: true });
      setCsrfToken(null);
      queryClient.removeQueries();
      queryClient.setQueryData(sessionKey, null);
    },
  });
}

export function useSwitchOrganization() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (organizationId: string) =>
      acceptSession(await api.put<Session>('/api/session/organization', { organizationId })),
    onSuccess: (session) => {
      // Every other cached answer belongs to the previous organization.
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== sessionKey[0] });
      queryClient.setQueryData(sessionKey, session);
    },
  });
}
