/**
 * Program sessions (personal and group): today's list, one session with its attendees and note, and
 * the changes a facilitator or scheduler makes to it.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ATTENDANCE,
  BOOKINGS,
  CalendarSession,
  SESSION_STATUSES,
  SessionDetail,
} from '../../api/sessions.ts';
import type { Conflict } from '../../domain/scheduling/conflicts.ts';
import { api, withQuery } from '../http/http.ts';

export type { CalendarSession, Conflict, SessionDetail };

export type Booking = (typeof BOOKINGS)[number];
export type Attendance = (typeof ATTENDANCE)[number];
export type SessionStatus = (typeof SESSION_STATUSES)[number];
export type SessionAttendee = CalendarSession['attendees'][number];
export type SessionDosingRecordRef = NonNullable<SessionDetail['dosingRecords']>[number];

/** True for a session where a substance is given. */
export const isDosing = (session: { dosing: boolean }): boolean => session.dosing;

export const sessionKeys = {
  all: ['program-sessions'] as const,
  today: (all: boolean) => ['program-sessions', 'today', all] as const,
  detail: (id: string) => ['program-sessions', 'detail', id] as const,
};

const base = (id: string) => `/api/sessions/${encodeURIComponent(id)}`;

export function useTodaySessions(all: boolean) {
  return useQuery({
    queryKey: sessionKeys.today(all),
    queryFn: () =>
      api.get<{ items: CalendarSession[] }>(withQuery('/api/sessions/today', { all: all || null })),
    staleTime: 0,
    refetchOnWindowFocus: false,
  });
}

export function useProgramSession(id: string) {
  return useQuery({
    queryKey: sessionKeys.detail(id),
    queryFn: () => api.get<SessionDetail>(base(id)),
    // Attendee names are read under audit: ask when the page opens, not on every tab switch.
    staleTime: 0,
    refetchOnWindowFocus: false,
  });
}

/** Stores the saved session and marks lists (today, timelines, calendar) stale. */
function useRemember(id: string) {
  const queryClient = useQueryClient();
  return (saved?: SessionDetail | null) => {
    if (saved && typeof saved === 'object' && 'id' in saved) {
      queryClient.setQueryData(sessionKeys.detail(id), saved);
    }
    void queryClient.invalidateQueries({ queryKey: sessionKeys.all });
    void queryClient.invalidateQueries({ queryKey: ['timeline'] });
  };
}

export function useSetAttendance(id: string) {
  const remember = useRemember(id);
  return useMutation({
    mutationFn: (body: { enrollmentId: string; attendance: Attendance }) =>
      api.put<SessionDetail>(`${base(id)}/attendance`, body),
    onSuccess: remember,
  });
}

export function useSaveNote(id: string) {
  const remember = useRemember(id);
  return useMutation({
    mutationFn: (body: { note: string; version: number }) => api.put<SessionDetail>(`${base(id)}/note`, body),
    onSuccess: remember,
  });
}

export function useSetFacilitators(id: string) {
  const remember = useRemember(id);
  return useMutation({
    mutationFn: (body: { userIds: string[]; version: number }) =>
      api.put<SessionDetail>(`${base(id)}/facilitators`, body),
    onSuccess: remember,
  });
}

export function useReschedule(id: string) {
  const remember = useRemember(id);
  return useMutation({
    mutationFn: (body: { startsAt: string; endsAt: string; reason: string; version: number }) =>
      api.post<SessionDetail>(`${base(id)}/reschedule`, body),
    onSuccess: remember,
  });
}

export function useCancelSession(id: string) {
  const remember = useRemember(id);
  return useMutation({
    mutationFn: (body: { reason: string; version: number }) =>
      api.post<SessionDetail>(`${base(id)}/cancel`, body),
    onSuccess: remember,
  });
}

/** The conflicts a 409 from reschedule carries, if any. */
export function conflictsFrom(extra: Record<string, unknown>): Conflict[] {
  const list = extra.conflicts;
  if (!Array.isArray(list)) return [];
  return list.filter(
    (c): c is Conflict => typeof c === 'object' && c !== null && typeof (c as Conflict).message === 'string',
  );
}
