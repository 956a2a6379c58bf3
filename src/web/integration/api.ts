/** A client's integration contacts and the difficult-session flag on a dosing record. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  DifficultFlag,
  DifficultFlagResult,
  IntegrationContact,
  IntegrationContactList,
} from '../../api/integration.ts';
import { api } from '../http/http.ts';

export type { IntegrationContact };

export const useIntegrationContacts = (clientId: string) =>
  useQuery({
    queryKey: ['clients', clientId, 'integration'] as const,
    queryFn: () =>
      api.get<IntegrationContactList>(`/api/clients/${encodeURIComponent(clientId)}/integration`),
  });

export function useFlagDifficult(recordId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: DifficultFlag) =>
      api.put<DifficultFlagResult>(`/api/dosing-records/${encodeURIComponent(recordId)}/difficult`, body),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['dosing-records', recordId] });
      void queryClient.invalidateQueries({ queryKey: ['clients'] });
    },
  });
}
