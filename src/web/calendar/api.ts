/** The sessions of a date range (every facilitator and room; the page filters). */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { CalendarSession } from '../../api/sessions.ts';
import { api, withQuery } from '../http/http.ts';

export type { CalendarSession };
export type SessionConflict = CalendarSession['conflicts'][number];

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
