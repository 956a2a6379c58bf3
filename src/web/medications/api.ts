/** A client's medications and the organization's medication rules. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  MedicationInput,
  MedicationList,
  MedicationOut,
  MedicationUpdate,
  RuleSetList,
  RulesPut,
} from '../../api/medications.ts';
import { api } from '../http/http.ts';

export type { MedicationInput, MedicationList, MedicationOut, RuleSetList };
export type RuleSet = RuleSetList['items'][number];
export type RuleDraft = RulesPut['rules'][number];

const listKey = (clientId: string) => ['clients', clientId, 'medications'] as const;
const rulesKey = ['organization', 'medication-rules'] as const;

export const useMedications = (clientId: string) =>
  useQuery({
    queryKey: listKey(clientId),
    queryFn: () => api.get<MedicationList>(`/api/clients/${clientId}/medications`),
  });

/** Every change re-reads the list (its checks depend on every entry) and the client's clearance. */
function useInvalidate(clientId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['clients', clientId] });
}

export function useSaveMedication(clientId: string) {
  const invalidate = useInvalidate(clientId);
  return useMutation({
    mutationFn: (v: { id: string; body: MedicationUpdate } | { id: null; body: MedicationInput }) =>
      v.id === null
        ? api.post<MedicationOut>(`/api/clients/${clientId}/medications`, v.body)
        : api.put<MedicationOut>(`/api/medications/${v.id}`, v.body),
    onSuccess: invalidate,
  });
}

export function useConfirmMedication(clientId: string) {
  const invalidate = useInvalidate(clientId);
  return useMutation({
    mutationFn: (m: MedicationOut) =>
      api.post<MedicationOut>(`/api/medications/${m.id}/confirm`, { version: m.version }),
    onSuccess: invalidate,
  });
}

export function useRemoveMedication(clientId: string) {
  const invalidate = useInvalidate(clientId);
  return useMutation({
    mutationFn: (id: string) => api.delete<null>(`/api/medications/${id}`),
    onSuccess: invalidate,
  });
}

export const useMedicationRules = () =>
  useQuery({ queryKey: rulesKey, queryFn: () => api.get<RuleSetList>('/api/organization/medication-rules') });

export function useSaveMedicationRules() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (v: { modality: string; body: RulesPut }) =>
      api.put<RuleSet>(`/api/organization/medication-rules/${v.modality}`, v.body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: rulesKey }),
  });
}
