/** Booking payments for staff: a client's bookings, actions on payments, the organization's settings. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Bookings,
  CancelBody,
  PaymentPanel,
  PaymentSettings,
  PaymentSettingsBody,
  RefundBody,
} from '../../api/payments.ts';
import { api } from '../http/http.ts';

const bookingsKey = (clientId: string) => ['bookings', clientId] as const;
const settingsKey = ['payment-settings'] as const;

export function useClientBookings(clientId: string) {
  return useQuery({
    queryKey: bookingsKey(clientId),
    queryFn: () => api.get<Bookings>(`/api/clients/${clientId}/bookings`),
  });
}

/** Actions on one client's bookings; each answers with the booking's fresh panel. */
export function useBookingActions(clientId: string) {
  const queryClient = useQueryClient();
  const onSuccess = () => void queryClient.invalidateQueries({ queryKey: bookingsKey(clientId) });
  return {
    received: useMutation({
      mutationFn: (p: { id: string; version: number }) =>
        api.post<PaymentPanel>(`/api/payments/${p.id}/received`, { version: p.version }),
      onSuccess,
    }),
    refund: useMutation({
      mutationFn: (p: { id: string } & RefundBody) =>
        api.post<PaymentPanel>(`/api/payments/${p.id}/refunds`, { amount: p.amount, reason: p.reason }),
      onSuccess,
    }),
    cancel: useMutation({
      mutationFn: (p: { offerId: string } & CancelBody) =>
        api.post<PaymentPanel>(`/api/offers/${p.offerId}/cancel`, {
          expectedRefund: p.expectedRefund,
          reason: p.reason,
        }),
      onSuccess,
    }),
  };
}

export const invoiceUrl = (paymentId: string) => `/api/payments/${paymentId}/invoice.pdf`;

export function usePaymentSettings() {
  return useQuery({
    queryKey: settingsKey,
    queryFn: () => api.get<PaymentSettings>('/api/organization/payment-settings'),
  });
}

export function useSavePaymentSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PaymentSettingsBody) =>
      api.put<PaymentSettings>('/api/organization/payment-settings', body),
    onSuccess: (saved) => queryClient.setQueryData(settingsKey, saved),
  });
}
