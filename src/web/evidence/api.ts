/** The evidence library: search, one study, citations exported or formatted, and imports. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ImportResultBody, StudyDetail, StudyList, StudySummary } from '../../api/evidence.ts';
import type { ExportFormat, ImportFormat } from '../../domain/evidence/citations.ts';
import { api, withQuery } from '../http/http.ts';
import { postForText } from '../http/text-request.ts';
import { EXPORT_FORMATS } from './labels.ts';

export type { ImportResultBody, StudyDetail, StudySummary };
export type StudyRecord = StudyDetail['record'];

export const FILTER_KEYS = ['condition', 'design', 'year', 'drug', 'route', 'measure'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type StudyFilters = { q: string } & Record<FilterKey, string>;

export const studyKeys = {
  all: ['studies'] as const,
  list: (filters: StudyFilters, page: number) => ['studies', 'list', filters, page] as const,
  everything: ['studies', 'list', 'everything'] as const,
  detail: (id: string) => ['studies', 'detail', id] as const,
  formatted: (id: string, format: ExportFormat) => ['studies', 'formatted', id, format] as const,
};

export const PAGE_SIZE = 50;
/** Enough to gather the values the filters offer (the API's largest page). */
const ALL = 500;

export function useStudies(filters: StudyFilters, page: number) {
  return useQuery({
    queryKey: studyKeys.list(filters, page),
    queryFn: () =>
      api.get<StudyList>(
        withQuery('/api/studies', { ...filters, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** Every study unfiltered: the values the filters offer are the ones present in the library. */
export function useAllStudies() {
  return useQuery({
    queryKey: studyKeys.everything,
    queryFn: () => api.get<StudyList>(withQuery('/api/studies', { limit: ALL })),
    staleTime: 5 * 60 * 1000,
  });
}

export function useStudy(id: string) {
  return useQuery({
    queryKey: studyKeys.detail(id),
    queryFn: () => api.get<StudyDetail>(`/api/studies/${encodeURIComponent(id)}`),
  });
}

export const exportStudies = (ids: readonly string[], format: ExportFormat): Promise<string> =>
  postForText('/api/studies/export', { ids, format }, EXPORT_FORMATS[format].mediaType);

/** One study's reference as the server formats it (APA 7 by default). */
export function useFormattedCitation(id: string, format: ExportFormat = 'apa') {
  return useQuery({
    queryKey: studyKeys.formatted(id, format),
    queryFn: async () => (await exportStudies([id], format)).trim(),
    staleTime: 5 * 60 * 1000,
  });
}

export function useExport() {
  return useMutation({
    mutationFn: ({ ids, format }: { ids: readonly string[]; format: ExportFormat }) =>
      exportStudies(ids, format),
  });
}

export function useImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { format: ImportFormat; content: string }) =>
      api.post<ImportResultBody>('/api/studies/import', body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: studyKeys.all }),
  });
}
