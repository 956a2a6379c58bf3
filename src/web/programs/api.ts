/**
 * Programs: the list, one program with its versions and consent document, templates, saving a new
 * version (optimistic: the save names the version it started from), and the calendar preview.
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ConsentDocument,
  PreviewResult,
  Program,
  ProgramSummary,
  ProgramTemplateItem,
  ProgramVersion,
} from '../../api/programs.ts';
import type { ProgramDefinition } from '../../domain/programs/types.ts';
import { api, withQuery } from '../http/http.ts';
import { currentLanguage } from '../i18n/instance.ts';

export type ProgramStatus = 'active' | 'archived' | 'all';

export type { ConsentDocument, Program, ProgramSummary, ProgramVersion };
export type ProgramTemplateSummary = ProgramTemplateItem;
export type Preview = PreviewResult;

export interface PreviewRequest {
  definition: ProgramDefinition;
  startDate: string;
  timezone?: string;
  arm?: string;
}

export const programKeys = {
  all: ['programs'] as const,
  list: (status: ProgramStatus) => ['programs', 'list', status] as const,
  detail: (id: string) => ['programs', 'detail', id] as const,
  version: (id: string, version: number) => ['programs', 'detail', id, 'version', version] as const,
  consent: (id: string) => ['programs', 'detail', id, 'consent-documents'] as const,
  templates: (language: string) => ['program-templates', language] as const,
};

const enc = encodeURIComponent;

export function usePrograms(status: ProgramStatus) {
  return useQuery({
    queryKey: programKeys.list(status),
    queryFn: () => api.get<{ items: ProgramSummary[] }>(withQuery('/api/programs', { status })),
    placeholderData: keepPreviousData,
  });
}

export function useProgram(id: string) {
  return useQuery({
    queryKey: programKeys.detail(id),
    queryFn: () => api.get<Program>(`/api/programs/${enc(id)}`),
    enabled: Boolean(id),
  });
}

export function useProgramVersion(id: string, version: number | null) {
  return useQuery({
    queryKey: programKeys.version(id, version ?? 0),
    queryFn: () => api.get<ProgramVersion>(`/api/programs/${enc(id)}/versions/${version}`),
    enabled: version !== null,
    // A stored version never changes.
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useProgramTemplates() {
  return useQuery({
    queryKey: programKeys.templates(currentLanguage()),
    queryFn: () =>
      api.get<{ items: ProgramTemplateSummary[] }>(`/api/program-templates?language=${currentLanguage()}`),
    staleTime: 60 * 60 * 1000,
  });
}

/** Stores a saved program and marks every list stale. */
function useRemember() {
  const queryClient = useQueryClient();
  return (program: Program) => {
    queryClient.setQueryData(programKeys.detail(program.id), program);
    void queryClient.invalidateQueries({ queryKey: ['programs', 'list'] });
  };
}

export function useCreateProgram() {
  const remember = useRemember();
  return useMutation({
    mutationFn: (
      body: ({ templateId: string } | { definition: ProgramDefinition }) & { requestId?: string },
    ) =>
      api.post<Program>(
        '/api/programs',
        'templateId' in body ? { ...body, language: currentLanguage() } : body,
      ),
    onSuccess: remember,
  });
}

export function useSaveProgram(id: string) {
  const remember = useRemember();
  return useMutation({
    mutationFn: (body: { baseVersion: number; definition: ProgramDefinition }) =>
      api.put<Program>(`/api/programs/${enc(id)}`, body),
    onSuccess: remember,
  });
}

export function useSetProgramArchived(id: string) {
  const remember = useRemember();
  return useMutation({
    mutationFn: (archived: boolean) =>
      api.post<Program>(`/api/programs/${enc(id)}/${archived ? 'archive' : 'restore'}`),
    onSuccess: remember,
  });
}

export function usePreview() {
  return useMutation({
    mutationFn: (body: PreviewRequest) => api.post<Preview>('/api/programs/preview', body),
  });
}

export function useConsentDocuments(programId: string, enabled = true) {
  return useQuery({
    queryKey: programKeys.consent(programId),
    queryFn: () => api.get<{ items: ConsentDocument[] }>(`/api/programs/${enc(programId)}/consent-documents`),
    enabled,
  });
}

export function usePublishConsent(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { title: string; body: string }) =>
      api.post<ConsentDocument>(`/api/programs/${enc(programId)}/consent-documents`, body),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: programKeys.detail(programId) });
    },
  });
}

/** The program a 409 conflict carries as `current`, if it looks like one. */
export function conflictProgram(extra: Record<string, unknown>): Program | null {
  const current = extra.current;
  if (
    typeof current === 'object' &&
    current !== null &&
    'currentVersion' in current &&
    'definition' in current
  ) {
    return current as Program;
  }
  return null;
}

/** The version number a 409 names, whether `current` is the whole program or just the number. */
export function conflictVersion(extra: Record<string, unknown>): number | null {
  const program = conflictProgram(extra);
  if (program) return program.currentVersion;
  const current = extra.current;
  if (typeof current === 'number') return current;
  if (typeof current === 'object' && current !== null && 'version' in current) {
    const v = (current as { version: unknown }).version;
    if (typeof v === 'number') return v;
  }
  return null;
}
