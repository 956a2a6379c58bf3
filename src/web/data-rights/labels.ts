/** Words for data subject requests, shared by the request form and the report. */
import {
  LEGAL_BASES,
  type LegalBasis,
  type Requester,
  type RequestScope,
} from '../../domain/data-rights/requests.ts';

export const REQUESTER_LABELS: Record<Requester, string> = {
  client: 'The client',
  representative: 'Their legal representative',
};

export const SCOPE_LABELS: Record<RequestScope, string> = {
  erasure: 'Erasure (GDPR Art. 17)',
  restriction: 'Restriction of processing (Art. 18)',
};

export const legalBasisLabel = (key: LegalBasis): string => LEGAL_BASES[key];

/** The grounds of one scope, for a select. */
export const basesFor = (scope: RequestScope) =>
  (Object.keys(LEGAL_BASES) as LegalBasis[])
    .filter((k) => k.startsWith(scope === 'erasure' ? 'art17' : 'art18'))
    .map((k) => ({ value: k, label: LEGAL_BASES[k] }));
