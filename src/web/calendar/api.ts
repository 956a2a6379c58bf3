/** The sessions of a date range (every facilitator and room; the page filters). */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Phase } from '../../domain/programs/types.ts';
import { api, withQuery } from '../http/http.ts';

export interface Named {
  id: string;
  name: string;
}

export interface SessionConflict {
  kind: 'facilitator-double-booked' | 'client-double-booked' | 'room-double-booked' | 'room-over-capacity';
  message: string;
  otherSessionId: string | null;
}

export interface CalendarSession {
  id: string;
  name: string;
  phase: Phase;
  kind: 'personal' | 'group';
  dosing: boolean;
  startsAt: string;
  endsAt: string;
  status: 'scheduled' | 'completed' | 'cancelled';
  statusReason: string | null;
  program: Named;
  cohort: Named | null;
  room: { id: string; name: string; capacity: number } | null;
  facilitators: Named[];
  attendees: {
    enrollmentId: string;
    clientId: string;
    name: string;
    booking: string;
    attendance: string | null;
  }[];
  conflicts: SessionConflict[];
}

export function useCalendarSessions(
  params: { from: string; to: string; includeCancelled: boolean },
  enabled: boolean,
) {
  return useQuery({
    queryKey: ['calendar', params],
    queryFn: () =>
      api.get<{ items: CalendarSession[] }>(
        withQuery('/api/sessions', {
          from: params.from,
          to: params.to,
          includeCancelled: params.includeCancelled || null,
        }),
      ),
    enabled,
    placeholderData: keepPreviousData,
    // Attendee names are read under audit: not on every tab switch.
    refetchOnWindowFocus: false,
  });
}
