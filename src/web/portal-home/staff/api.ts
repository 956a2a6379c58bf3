/** Staff requests about a client's portal: emailing a sign-in link, the questionnaire invitations, shared journal entries. */
import { useMutation, useQuery } from '@tanstack/react-query';
import type { Invitation } from '../../../api/invitations.ts';
import type { JournalEntry } from '../../../api/portal-home.ts';
import { api } from '../../http/http.ts';

export type { Invitation, JournalEntry };

const clientPath = (clientId: string) => `/api/clients/${encodeURIComponent(clientId)}`;

export const clientPortalKeys = {
  invitations: (clientId: string) => ['client-portal', clientId, 'invitations'] as const,
  journal: (clientId: string) => ['client-portal', clientId, 'journal'] as const,
};

export function useSendPortalLink(clientId: string) {
  return useMutation({
    mutationFn: () =>
      api.post<{ sentTo: string; expiresAt: string }>(`${clientPath(clientId)}/portal-link`, {}),
  });
}

export function useClientInvitations(clientId: string, enabled = true) {
  return useQuery({
    queryKey: clientPortalKeys.invitations(clientId),
    queryFn: () => api.get<{ items: Invitation[] }>(`${clientPath(clientId)}/invitations`),
    enabled,
  });
}

export function useSharedJournal(clientId: string) {
  return useQuery({
    queryKey: clientPortalKeys.journal(clientId),
    queryFn: () => api.get<{ items: JournalEntry[] }>(`${clientPath(clientId)}/journal`),
  });
}
