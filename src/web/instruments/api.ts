/** The questionnaire registry: the list, one instrument, and scoring answers without storing them. */
import { useMutation, useQuery } from '@tanstack/react-query';
import type { CeqCopy } from '../../api/ceq.ts';
import type { Instrument, InstrumentSummary, ScoreResult } from '../../api/instruments.ts';
import { LICENSED_COPY_INSTRUMENTS } from '../../domain/instruments/licensed.ts';
import { api } from '../http/http.ts';

export type InstrumentItem = Instrument['items'][number];
/** Answers keyed by item linkId; null = unanswered. */
export type AnswerDraft = Record<string, number | null>;

export const instrumentKeys = {
  list: ['instruments', 'list'] as const,
  detail: (id: string, language = 'en') => ['instruments', 'detail', id, language] as const,
};

/** The registry ships with the server: it changes only with a new release. */
const REGISTRY_STALE_TIME = 60 * 60 * 1000;

export function useInstruments() {
  return useQuery({
    queryKey: instrumentKeys.list,
    queryFn: () => api.get<{ items: InstrumentSummary[] }>('/api/instruments'),
    staleTime: REGISTRY_STALE_TIME,
  });
}

/** The query for one instrument (also prefetched with the outcome dashboard's report). */
export const instrumentQuery = (id: string, language?: string) => ({
  queryKey: instrumentKeys.detail(id, language),
  queryFn: () =>
    api.get<Instrument>(
      `/api/instruments/${encodeURIComponent(id)}${language ? `?language=${encodeURIComponent(language)}` : ''}`,
    ),
  staleTime: REGISTRY_STALE_TIME,
});

/** One instrument, its texts in `language` where the organization holds it (a client's language). */
export function useInstrument(id: string | null, language?: string) {
  return useQuery({ ...instrumentQuery(id ?? '', language), enabled: Boolean(id) });
}

export function useScore(id: string) {
  return useMutation({
    mutationFn: (answers: AnswerDraft) =>
      api.post<ScoreResult>(`/api/instruments/${encodeURIComponent(id)}/score`, { answers }),
  });
}

/** Every item of the instrument, unanswered ones as null (the body the API takes). */
export function answersBody(items: readonly InstrumentItem[], draft: AnswerDraft): AnswerDraft {
  return Object.fromEntries(items.map((i) => [i.linkId, draft[i.linkId] ?? null]));
}

/** An instrument Threshold ships no texts for (the CEQ): schedulable once the organization stored its copy. */
export interface LicensedChoice {
  id: string;
  shortName: string;
  name: string;
  held: boolean;
}

/** The licensed-copy instruments and whether this organization holds each (GET /api/ceq/copy). */
export function useLicensedInstruments(): LicensedChoice[] {
  const copy = useQuery({
    queryKey: ['ceq', 'copy'],
    queryFn: () => api.get<CeqCopy>('/api/ceq/copy'),
  });
  return Object.entries(LICENSED_COPY_INSTRUMENTS).map(([id, names]) => ({
    id,
    ...names,
    held: copy.data?.installed === true,
  }));
}
