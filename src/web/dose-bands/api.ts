/** A program's own dose bands (GET/PUT /api/programs/:id/dose-bands). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DoseBandsOut, DoseBandsPut } from '../../api/dose-bands.ts';
import { api } from '../http/http.ts';

export type { DoseBandsOut, DoseBandsPut };

const key = (programId: string) => ['programs', programId, 'dose-bands'];

export const useDoseBands = (programId: string) =>
  useQuery({
    queryKey: key(programId),
    queryFn: () => api.get<DoseBandsOut>(`/api/programs/${programId}/dose-bands`),
  });

export function useSaveDoseBands(programId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: DoseBandsPut) => api.put<DoseBandsOut>(`/api/programs/${programId}/dose-bands`, body),
    onSuccess: (data) => {
      client.setQueryData(key(programId), data);
      void client.invalidateQueries({ queryKey: ['outcomes', programId] });
    },
  });
}

/** "0.5 / 0.75 / 1" (or "0,5 / 0,75 / 1") → [0.5, 0.75, 1]; [] when blank; null when a part is no number. */
export function parseEdges(text: string): number[] | null {
  const parts = text
    .split(/[/;]/)
    .map((p) => p.trim().replace(',', '.'))
    .filter(Boolean);
  const values = parts.map(Number);
  return values.every((v) => Number.isFinite(v)) && parts.every((p) => p !== '') ? values : null;
}

/** [0.5, 0.75, 1] → "0.5 / 0.75 / 1". */
export const edgesText = (edges: readonly number[]): string => edges.join(' / ');
