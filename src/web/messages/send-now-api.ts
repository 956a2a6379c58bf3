/** Staff's "Send now" / "Resend" of one questionnaire timepoint. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Invitation } from '../../api/invitations.ts';
import { api } from '../http/http.ts';
import { clientPortalKeys } from '../portal-home/staff/api.ts';

export function useSendNow(clientId: string, enrollmentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (key: string) =>
      api.post<{ invitation: Invitation; resent: boolean }>(
        `/api/enrollments/${encodeURIComponent(enrollmentId)}/invitations/send-now`,
        { key },
      ),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: clientPortalKeys.invitations(clientId) }),
  });
}
