/** The outbox: every message Threshold sends, and whether an SMTP server is set to send them. */
import { useQuery } from '@tanstack/react-query';
import type { OutboxMessage } from '../../api/outbox.ts';
import { api, withQuery } from '../http/http.ts';

export type { OutboxMessage };

export const OUTBOX_LIMIT = 200;

export function useOutbox() {
  return useQuery({
    queryKey: ['outbox', OUTBOX_LIMIT],
    queryFn: () =>
      api.get<{ items: OutboxMessage[]; smtpConfigured: boolean }>(
        withQuery('/api/outbox', { limit: OUTBOX_LIMIT }),
      ),
    staleTime: 0,
  });
}
