/**
 * A clearance reason in the UI language, from its stable code (src/domain/programs/clearance.ts):
 * a screening hard stop by its checklist item's translated words, the others by their code. A code
 * this app does not know shows the server's English sentence.
 */
import { currentLanguage, i18n } from '../i18n/i18n.ts';
import { tKey } from '../i18n/labels.ts';
import { statusLabel } from './labels.ts';

export interface ClearanceCode {
  code: string;
  params: Record<string, string | number>;
}

const screeningItem = (params: ClearanceCode['params']): string | null => {
  const key = `screening:checklists.${params.version}.items.${params.item}.text`;
  return i18n.exists(key) ? tKey(key) : null;
};

/** The reason's sentence; `english` is the server's text of the same reason. */
export function clearanceReason(reason: ClearanceCode, english: string): string {
  const key = `timeline:clearance.reasons.${reason.code}`;
  if (!i18n.exists(key)) return english;
  if (reason.code === 'screening-hard-stop') {
    const item = screeningItem(reason.params);
    return item ? tKey(key, { item: item.replace(/\.$/, '') }) : english;
  }
  if (reason.code === 'status') return tKey(key, { status: statusLabel(String(reason.params.status)) });
  return tKey(key, reason.params);
}

/** The hard stops' names (without "Hard stop:"), for a title that names them. */
export function hardStopNames(codes: readonly ClearanceCode[], reasons: readonly string[]): string[] {
  return codes.flatMap((c, i) => {
    if (c.code === 'medication-hard-stop') return [String(c.params.reason).replace(/\.$/, '')];
    if (c.code !== 'screening-hard-stop') return [];
    const item = screeningItem(c.params);
    return [(item ?? (reasons[i] ?? '').replace(/^Hard stop: /, '')).replace(/\.$/, '')];
  });
}

/** Every reason in the UI language (the codes and the sentences come in the same order); English keeps the server's. */
export const clearanceReasons = (clearance: { reasons: string[]; codes?: ClearanceCode[] }): string[] =>
  currentLanguage() !== 'en' && clearance.codes && clearance.codes.length === clearance.reasons.length
    ? clearance.codes.map((c, i) => clearanceReason(c, clearance.reasons[i] ?? ''))
    : clearance.reasons;
