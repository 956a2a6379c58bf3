/** Words for data subject requests, shared by the request form and the report. */
import {
  LEGAL_BASIS_KEYS,
  type LegalBasis,
  type Requester,
  type RequestScope,
} from '../../domain/data-rights/requests.ts';
import { translatedLabels } from '../i18n/labels.ts';

export const REQUESTER_LABELS: Record<Requester, string> = translatedLabels('dataRights:requester', [
  'client',
  'representative',
]);

export const SCOPE_LABELS: Record<RequestScope, string> = translatedLabels('dataRights:scope', [
  'erasure',
  'restriction',
]);

const BASIS_LABELS: Record<LegalBasis, string> = translatedLabels('dataRights:basis', LEGAL_BASIS_KEYS);

export const legalBasisLabel = (key: LegalBasis): string => BASIS_LABELS[key];

/** The grounds of one scope, for a select. */
export const basesFor = (scope: RequestScope) =>
  LEGAL_BASIS_KEYS.filter((k) => k.startsWith(scope === 'erasure' ? 'art17' : 'art18')).map((k) => ({
    value: k,
    label: BASIS_LABELS[k],
  }));
