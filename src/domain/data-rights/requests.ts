/**
 * A data subject's request as recorded: who asked, when, its scope and its legal ground. The
 * ground must belong to the scope: an erasure rests on one of GDPR Art. 17(1)'s grounds, a
 * restriction on one of Art. 18(1)'s.
 */
import { invalid } from '../errors.ts';

export const REQUESTERS = ['client', 'representative'] as const;
export type Requester = (typeof REQUESTERS)[number];

export const SCOPES = ['erasure', 'restriction'] as const;
export type RequestScope = (typeof SCOPES)[number];

export const LEGAL_BASES = {
  'art17-1a': 'Art. 17(1)(a): no longer necessary for the purposes collected',
  'art17-1b': 'Art. 17(1)(b): consent withdrawn',
  'art17-1c': 'Art. 17(1)(c): objection to processing',
  'art17-1d': 'Art. 17(1)(d): processed unlawfully',
  'art17-1e': 'Art. 17(1)(e): erasure required by law',
  'art18-1a': 'Art. 18(1)(a): accuracy contested',
  'art18-1b': 'Art. 18(1)(b): unlawful, restriction asked instead of erasure',
  'art18-1c': 'Art. 18(1)(c): needed by the client for a legal claim',
  'art18-1d': 'Art. 18(1)(d): objection pending',
} as const;
export type LegalBasis = keyof typeof LEGAL_BASES;
export const LEGAL_BASIS_KEYS = Object.keys(LEGAL_BASES) as LegalBasis[];

export interface RequestInput {
  requestedBy: Requester;
  receivedOn: string;
  scope: RequestScope;
  legalBasis: LegalBasis;
}

/** Refuses a ground of the other scope and a received date in the future (today is 'YYYY-MM-DD'). */
export function assertRequest(input: RequestInput, today: string): RequestInput {
  const article = input.scope === 'erasure' ? 'art17' : 'art18';
  if (!input.legalBasis.startsWith(article))
    throw invalid(
      'legalBasis',
      'request-rests-on-ground-gdpr',
      { scope: input.scope, value: article.slice(3) },
      'body',
    );
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.receivedOn) || Number.isNaN(Date.parse(input.receivedOn)))
    throw invalid('receivedOn', 'date-yyyy-mm-dd', {}, 'body');
  if (input.receivedOn > today) throw invalid('receivedOn', 'not-future', {}, 'body');
  return input;
}
