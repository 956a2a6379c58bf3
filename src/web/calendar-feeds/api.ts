/** Calendar feeds (iCal subscriptions) of a staff member's or a client's sessions. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreatedFeed, Feed, FeedOwnerType } from '../../api/calendar-feeds.ts';
import { api } from '../http/http.ts';

export type CalendarFeed = Feed;
export type { CreatedFeed, FeedOwnerType };

export const feedKeys = { all: ['calendar-feeds'] as const };

export function useCalendarFeeds() {
  return useQuery({
    queryKey: feedKeys.all,
    queryFn: () => api.get<{ items: CalendarFeed[] }>('/api/calendar-feeds'),
    staleTime: 0,
  });
}

export function useCreateFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { ownerType: FeedOwnerType; ownerId: string }) =>
      api.post<CreatedFeed>('/api/calendar-feeds', body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: feedKeys.all }),
  });
}

export function useRevokeFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      api.post<CalendarFeed>(`/api/calendar-feeds/${encodeURIComponent(id)}/revoke`),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: feedKeys.all }),
  });
}

/** The feeds of one owner that still work, newest first. */
export function activeFeedsOf(
  items: CalendarFeed[],
  ownerType: FeedOwnerType,
  ownerId: string,
): CalendarFeed[] {
  return items
    .filter((f) => f.ownerType === ownerType && f.ownerId === ownerId && !f.revokedAt)
    .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
}
