/** The signed-in user's own account: password and two-factor. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TotpSetup } from '../../api/auth.ts';
import { sessionKey } from '../app/session.ts';
import { api } from '../http/http.ts';

export function useChangePassword() {
  return useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) =>
      api.post<void>('/api/account/password', body),
  });
}

export function useStartTotpSetup() {
  return useMutation({ mutationFn: () => api.post<TotpSetup>('/api/account/totp/setup') });
}

export function useEnableTotp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => api.post<void>('/api/account/totp/enable', { code }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionKey }),
  });
}

export function useDisableTotp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { password: string; code: string }) =>
      api.post<void>('/api/account/totp/disable', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionKey }),
  });
}
