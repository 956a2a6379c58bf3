/** Whether a program's outcome summary is published, and publishing or withdrawing it. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { BenchmarkBody, BenchmarkSettingsOut } from '../../api/benchmarks.ts';
import { api } from '../http/http.ts';

export type { BenchmarkBody, BenchmarkSettingsOut };

const key = (programId: string) => ['programs', programId, 'benchmark'] as const;
const path = (programId: string) => `/api/programs/${programId}/benchmark`;

export const useBenchmark = (programId: string) =>
  useQuery({ queryKey: key(programId), queryFn: () => api.get<BenchmarkSettingsOut>(path(programId)) });

export function usePublishBenchmark(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: BenchmarkBody) => api.put<BenchmarkSettingsOut>(path(programId), body),
    onSuccess: (settings) => queryClient.setQueryData(key(programId), settings),
  });
}

export function useWithdrawBenchmark(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete<void>(path(programId)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key(programId) }),
  });
}
