/**
 * The public pages' requests (no sign-in): an organization's offerings, a retreat's form, the
 * application, and an offer link with its answer and deposit payment.
 */
import type { Static } from '@sinclair/typebox';
import { useMutation, useQuery } from '@tanstack/react-query';
import type {
  ApplicationBody,
  ApplicationFormSchema,
  OfferingsSchema,
  PublicOfferSchema,
} from '../../api/front-office.ts';
import { api } from '../http/http.ts';

export type Offerings = Static<typeof OfferingsSchema>;
export type Offering = Offerings['items'][number];
export type ApplicationForm = Static<typeof ApplicationFormSchema>;

/** The deposit's payment on an offer link (the payments contract of issue 16). */
export const PAYMENT_METHODS = ['mollie', 'stripe', 'bank_transfer'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];
export interface Money {
  amount: number;
  currency: string;
}
export type PublicOffer = Static<typeof PublicOfferSchema>;
export interface BankTransfer {
  iban: string;
  accountName: string;
  reference: string;
  amount: number;
  currency: string;
}
export interface PaymentStart {
  paymentId: string;
  status: string;
  checkoutUrl: string | null;
  bankTransfer: BankTransfer | null;
}

const org = (slug: string) => `/api/public/organizations/${encodeURIComponent(slug)}`;
const offer = (token: string) => `/api/public/offers/${encodeURIComponent(token)}`;

export const useOfferings = (slug: string) =>
  useQuery({
    queryKey: ['apply', slug, 'offerings'],
    queryFn: () => api.get<Offerings>(`${org(slug)}/offerings`),
    retry: false,
  });

export const useApplicationForm = (slug: string, cohortId: string, language: string) =>
  useQuery({
    queryKey: ['apply', slug, cohortId, 'form', language],
    queryFn: () =>
      api.get<ApplicationForm>(
        `${org(slug)}/offerings/${encodeURIComponent(cohortId)}/form?language=${language}`,
      ),
    enabled: cohortId !== '',
    retry: false,
    // The form token inside must stay the one handed out with these questions.
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
  });

export const useSubmitApplication = (slug: string) =>
  useMutation({
    mutationFn: (body: ApplicationBody) =>
      api.post<{ status: 'received' }>(`${org(slug)}/applications`, body),
  });

export const usePublicOffer = (token: string) =>
  useQuery({ queryKey: ['offer', token], queryFn: () => api.get<PublicOffer>(offer(token)), retry: false });

export const useAnswerOffer = (token: string) =>
  useMutation({
    mutationFn: (answer: 'accept' | 'decline') => api.post<PublicOffer>(offer(token), { answer }),
  });

export const useStartPayment = (token: string) =>
  useMutation({
    mutationFn: (method: PaymentMethod) => api.post<PaymentStart>(`${offer(token)}/payments`, { method }),
  });
