/**
 * What the questionnaire entry page hands the client page after a save (as router state): enough to
 * raise the follow-up alert for a safety flag and to mark the new row.
 */
import type { QuestionnaireResponse } from '../../api/responses.ts';

export interface SavedResponse {
  responseId: string;
  shortName: string;
  total: number;
  severity: string | null;
  flags: QuestionnaireResponse['flags'];
}

export interface SavedResponseState {
  savedResponse: SavedResponse;
}

export function savedResponseFrom(state: unknown): SavedResponse | null {
  if (typeof state !== 'object' || state === null || !('savedResponse' in state)) return null;
  const saved = (state as { savedResponse: unknown }).savedResponse;
  if (typeof saved !== 'object' || saved === null) return null;
  const s = saved as Partial<SavedResponse>;
  return typeof s.responseId === 'string' && typeof s.shortName === 'string' && Array.isArray(s.flags)
    ? (s as SavedResponse)
    : null;
}
