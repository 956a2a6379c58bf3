/** Why a contact was pulled forward, in words. */
import type { IntegrationContact } from '../../api/integration.ts';
import { tKey } from '../i18n/labels.ts';

export const reasonsText = (reasons: IntegrationContact['reasons']): string =>
  reasons.map((r) => tKey(`integration:reason.${r}`)).join('; ');
