/** The active organization's settings. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Organization } from '../../api/organizations.ts';
import { sessionKey } from '../app/session.ts';
import { api } from '../http/http.ts';

const organizationKey = ['organization'] as const;

/** The settings a save changes; `crisisMessage: null` restores the default message. */
export interface OrganizationChanges {
  name?: string;
  requireTwoFactor?: boolean;
  /** nl-NL, en-GB or en-US. */
  locale?: string;
  /** An IANA time zone. */
  timezone?: string;
  crisisMessage?: string | null;
  minCellSize?: number;
  /** null clears the clinic's phone. */
  phone?: string | null;
  /** null clears the CEQ threshold. */
  ceqThreshold?: number | null;
}

export function useOrganization() {
  return useQuery({ queryKey: organizationKey, queryFn: () => api.get<Organization>('/api/organization') });
}

export function useUpdateOrganization() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: OrganizationChanges) => api.patch<Organization>('/api/organization', body),
    onSuccess: (organization) => {
      queryClient.setQueryData(organizationKey, organization);
      // The switcher shows the name; requiring two-factor may change what this user must do next.
      void queryClient.invalidateQueries({ queryKey: sessionKey });
    },
  });
}
