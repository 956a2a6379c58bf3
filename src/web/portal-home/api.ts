/**
 * The client portal home's requests: asking for a sign-in link, signing in and out with the
 * `threshold_portal` cookie, the home (GET /api/portal/me) and the private journal.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { JournalEntry, PortalHome } from '../../api/portal-home.ts';
import { api } from '../http/http.ts';
import { ApiError } from '../http/problem.ts';

export type { JournalEntry, PortalHome };
export type HomeSession = PortalHome['sessions'][number];
export type HomeQuestionnaire = PortalHome['questionnaires'][number];
export type HomeHistory = PortalHome['history'][number];

export const portalHomeKeys = {
  all: ['portal-home'] as const,
  me: ['portal-home', 'me'] as const,
  journal: ['portal-home', 'journal'] as const,
};

/** The portal cookie is missing or expired: the client must sign in (again). */
export const isSignedOut = (error: unknown): boolean => error instanceof ApiError && error.status === 401;

export function usePortalMe(enabled: boolean) {
  return useQuery({
    queryKey: portalHomeKeys.me,
    queryFn: () => api.get<PortalHome>('/api/portal/me'),
    enabled,
    // Coming back from a questionnaire must show it answered.
    staleTime: 0,
  });
}

export function useRequestLink() {
  return useMutation({
    mutationFn: (email: string) => api.post<unknown>('/api/portal/sign-in-link', { email }),
  });
}

export function useSignIn() {
  return useMutation({
    mutationFn: (token: string) => api.post<void>('/api/portal/sign-in', { token }),
  });
}

export function useSignOut() {
  return useMutation({ mutationFn: () => api.post<void>('/api/portal/sign-out', {}) });
}

export function useJournal() {
  return useQuery({
    queryKey: portalHomeKeys.journal,
    queryFn: () => api.get<{ items: JournalEntry[] }>('/api/portal/journal'),
  });
}

/** Keeps the cached journal in step after a change, and sends a client whose sign-in ended back to the form. */
function useJournalCache() {
  const queryClient = useQueryClient();
  const edit = (change: (items: JournalEntry[]) => JournalEntry[]) =>
    queryClient.setQueryData<{ items: JournalEntry[] }>(portalHomeKeys.journal, (old) =>
      old ? { items: change(old.items) } : old,
    );
  return {
    put: (entry: JournalEntry) =>
      edit((items) =>
        items.some((e) => e.id === entry.id)
          ? items.map((e) => (e.id === entry.id ? entry : e))
          : [entry, ...items],
      ),
    remove: (id: string) => edit((items) => items.filter((e) => e.id !== id)),
    onError: (error: unknown) => {
      if (isSignedOut(error)) void queryClient.invalidateQueries({ queryKey: portalHomeKeys.me });
    },
  };
}

const entryPath = (id: string) => `/api/portal/journal/${encodeURIComponent(id)}`;

export function useCreateEntry() {
  const cache = useJournalCache();
  return useMutation({
    mutationFn: (body: string) => api.post<JournalEntry>('/api/portal/journal', { body }),
    onSuccess: cache.put,
    onError: cache.onError,
  });
}

export function useUpdateEntry(id: string) {
  const cache = useJournalCache();
  return useMutation({
    mutationFn: (body: string) => api.put<JournalEntry>(entryPath(id), { body }),
    onSuccess: cache.put,
    onError: cache.onError,
  });
}

export function useShareEntry(id: string) {
  const cache = useJournalCache();
  return useMutation({
    mutationFn: (shared: boolean) => api.post<JournalEntry>(`${entryPath(id)}/share`, { shared }),
    onSuccess: cache.put,
    onError: cache.onError,
  });
}

/** `onDeleted` runs before the entry leaves the list (the list's owner moves focus; the entry unmounts). */
export function useDeleteEntry(id: string, onDeleted?: () => void) {
  const cache = useJournalCache();
  return useMutation({
    mutationFn: () => api.delete(entryPath(id)),
    onSuccess: () => {
      onDeleted?.();
      cache.remove(id);
    },
    onError: cache.onError,
  });
}
