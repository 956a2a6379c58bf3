/**
 * The flow's words in the UI language. The server names each box and reason in English
 * (src/domain/outcomes/flow.ts); a stage is known by its key, a follow-up by its "Assessed at"
 * prefix, a reason by its text. Anything else is shown as sent.
 */
import { FLOW_STAGES, type FlowStage } from '../../domain/outcomes/types.ts';
import { tKey } from '../i18n/labels.ts';

const FOLLOW_UP = 'follow-up:';
const ASSESSED_AT = 'Assessed at ';

const REASONS: Record<string, string> = {
  'not screened yet': 'notScreened',
  'screening in progress': 'screening',
  'not eligible': 'ineligible',
  'awaiting consent': 'awaitingConsent',
  'not started yet': 'notStarted',
  'in treatment': 'inTreatment',
  withdrew: 'withdrew',
  missed: 'missed',
  'not due yet': 'notDue',
};

const isStage = (key: string): key is FlowStage => (FLOW_STAGES as readonly string[]).includes(key);

/** "Started treatment" / "Begonnen met behandeling"; "Assessed at 3 months" / "Gemeten op 3 months". */
export function flowNodeLabel(node: { key: string; label: string }): string {
  if (isStage(node.key)) return tKey(`outcomes:flow.stages.${node.key}`);
  if (node.key.startsWith(FOLLOW_UP) && node.label.startsWith(ASSESSED_AT))
    return tKey('outcomes:flow.assessedAt', { label: node.label.slice(ASSESSED_AT.length) });
  return node.label;
}

/** "withdrew" / "gestopt"; a reason this version does not know (an enrollment status) as sent. */
export function exitReasonLabel(reason: string): string {
  const key = REASONS[reason];
  return key ? tKey(`outcomes:flow.reasons.${key}`) : reason;
}
