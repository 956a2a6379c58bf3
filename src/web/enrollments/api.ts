/**
 * Enrollments: a client in a program, from referral to completion. Enrolling, status changes,
 * screening, the clinician's decision and consent; plus the program, cohort and checklist reads the
 * forms need.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CohortSummary } from '../../api/cohorts.ts';
import type {
  Consent,
  Enrollment,
  EnrollmentCreate,
  EnrollmentSummary,
  Screening,
  ScreeningCreate,
  ScreeningDraft,
  ScreeningDraftBody,
} from '../../api/enrollments.ts';
import type { ConsentDocument, Program, ProgramSummary } from '../../api/programs.ts';
import type { EnrollmentStatus, Modality } from '../../domain/programs/types.ts';
import type { Checklist } from '../../domain/screening/types.ts';
import { api, withQuery } from '../http/http.ts';

export type {
  CohortSummary,
  Consent,
  ConsentDocument,
  Enrollment,
  EnrollmentCreate,
  EnrollmentSummary,
  Program,
  ProgramSummary,
  Screening,
  ScreeningCreate,
  ScreeningDraft,
  ScreeningDraftBody,
};

export interface Named {
  id: string;
  name: string;
}

export type Clearance = Enrollment['clearance'];
export type Medication = ScreeningCreate['medications'][number];
export type ConsentMethod = Consent['method'];
/** The ways consent is given, as the API names them (the server's schema holds the same list). */
export const CONSENT_METHODS: readonly ConsentMethod[] = [
  'in-person signature',
  'electronic signature',
  'verbal, witnessed',
];
export type EnrollmentEvent = Enrollment['events'][number];

export const enrollmentKeys = {
  detail: (id: string) => ['enrollments', 'detail', id] as const,
  checklist: (modality: string) => ['screening-checklists', modality] as const,
  programs: ['care', 'programs', 'active'] as const,
  program: (id: string) => ['care', 'programs', 'detail', id] as const,
  cohorts: (programId: string) => ['care', 'cohorts', programId] as const,
  draft: (id: string) => ['enrollments', 'screening-draft', id] as const,
};

const base = (id: string) => `/api/enrollments/${encodeURIComponent(id)}`;

/** One enrollment with its history, screenings and consents: every open is audited. */
export function useEnrollment(id: string | null) {
  return useQuery({
    queryKey: enrollmentKeys.detail(id ?? ''),
    queryFn: () => api.get<Enrollment>(base(id ?? '')),
    enabled: Boolean(id),
    staleTime: 0,
    refetchOnWindowFocus: false,
  });
}

export function useChecklist(modality: Modality | null) {
  return useQuery({
    queryKey: enrollmentKeys.checklist(modality ?? ''),
    queryFn: () => api.get<Checklist>(`/api/screening-checklists/${encodeURIComponent(modality ?? '')}`),
    enabled: Boolean(modality),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useActivePrograms(enabled = true) {
  return useQuery({
    queryKey: enrollmentKeys.programs,
    queryFn: () => api.get<{ items: ProgramSummary[] }>(withQuery('/api/programs', { status: 'active' })),
    enabled,
  });
}

export function useProgram(id: string | null) {
  return useQuery({
    queryKey: enrollmentKeys.program(id ?? ''),
    queryFn: () => api.get<Program>(`/api/programs/${encodeURIComponent(id ?? '')}`),
    enabled: Boolean(id),
  });
}

export function useCohorts(programId: string | null) {
  return useQuery({
    queryKey: enrollmentKeys.cohorts(programId ?? ''),
    queryFn: () => api.get<{ items: CohortSummary[] }>(withQuery('/api/cohorts', { programId })),
    enabled: Boolean(programId),
  });
}

/** After any change to an enrollment: the enrollment, the client's timeline and session lists are stale. */
function useRefresh() {
  const queryClient = useQueryClient();
  return (enrollmentId?: string) => {
    if (enrollmentId) void queryClient.invalidateQueries({ queryKey: enrollmentKeys.detail(enrollmentId) });
    void queryClient.invalidateQueries({ queryKey: ['timeline'] });
    void queryClient.invalidateQueries({ queryKey: ['program-sessions'] });
    void queryClient.invalidateQueries({ queryKey: ['care', 'cohorts'] });
  };
}

export function useCreateEnrollment() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: EnrollmentCreate) => api.post<Enrollment>('/api/enrollments', body),
    onSuccess: (saved) => refresh(saved?.id),
  });
}

export function useTransition(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: { to: EnrollmentStatus; reason?: string; version: number }) =>
      api.post<Enrollment>(`${base(id)}/transitions`, body),
    onSuccess: () => refresh(id),
  });
}

export function useSetEnrollmentFacilitator(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: { userId: string | null; version: number }) =>
      api.put<Enrollment>(`${base(id)}/facilitator`, body),
    onSuccess: () => refresh(id),
  });
}

export function useRecordScreening(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: ScreeningCreate) => api.post<Screening>(`${base(id)}/screenings`, body),
    onSuccess: () => refresh(id),
  });
}

export function useDecide(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: { screeningId: string; decision: 'eligible' | 'ineligible'; rationale: string }) =>
      api.post<Screening>(`${base(id)}/screenings/${encodeURIComponent(body.screeningId)}/decision`, {
        decision: body.decision,
        rationale: body.rationale,
      }),
    onSuccess: () => refresh(id),
  });
}

export function useRecordConsent(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: { documentVersion: number; signedAt: string; method: ConsentMethod }) =>
      api.post<Consent>(`${base(id)}/consents`, body),
    onSuccess: () => refresh(id),
  });
}

/** The screening draft kept on the server (reading it is audited): fetched once per visit. */
export function useScreeningDraft(id: string) {
  return useQuery({
    queryKey: enrollmentKeys.draft(id),
    queryFn: () => api.get<ScreeningDraft>(`${base(id)}/screening-draft`),
    enabled: Boolean(id),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
    refetchOnWindowFocus: false,
  });
}

export function useSaveScreeningDraft(id: string) {
  return useMutation({
    mutationFn: (body: ScreeningDraftBody) => api.put<ScreeningDraft>(`${base(id)}/screening-draft`, body),
  });
}

export function useDiscardScreeningDraft(id: string) {
  return useMutation({
    mutationFn: () => api.delete<void>(`${base(id)}/screening-draft`),
  });
}
