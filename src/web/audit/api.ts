/** The audit trail: pages of events (newest first) and the hash-chain check. */
import { useInfiniteQuery, useMutation } from '@tanstack/react-query';
import type { AuditPage } from '../../api/audit.ts';
import { api, withQuery } from '../http/http.ts';
import type { AuditFilters } from './filters.ts';

export const PAGE_SIZE = 100;

export interface AuditVerifyResult {
  ok: boolean;
  checked: number;
  firstBroken: { seq: number; reason: string } | null;
  /** Entries the anchor counted that are no longer stored. */
  missing: number;
}

export function useAuditEvents(filters: AuditFilters) {
  return useInfiniteQuery({
    queryKey: ['audit', 'events', filters],
    queryFn: ({ pageParam }) =>
      api.get<AuditPage>(withQuery('/api/audit', { ...filters, before: pageParam, limit: PAGE_SIZE })),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => last.nextBefore ?? undefined,
  });
}

export function useVerifyChain() {
  return useMutation({ mutationFn: () => api.get<AuditVerifyResult>('/api/audit/verify') });
}
