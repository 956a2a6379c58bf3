/**
 * Evaluating a screening against its checklist, and the rule for a clinician's decision: 'eligible'
 * only when no hard stop is answered yes and every item is answered; always with a rationale.
 */
import { conflict, invalid } from '../errors.ts';
import type { Checklist, ScreeningAnswer, ScreeningDecision, ScreeningEvaluation } from './types.ts';
import { SCREENING_ANSWERS } from './types.ts';

export const RATIONALE_MAX_LENGTH = 4000;

/** Refuses answers to items the checklist does not have and values other than yes/no/unknown. */
export function evaluateScreening(
  checklist: Checklist,
  answers: Record<string, ScreeningAnswer>,
): ScreeningEvaluation {
  const ids = new Set(checklist.items.map((i) => i.id));
  for (const [id, value] of Object.entries(answers)) {
    if (!ids.has(id))
      throw invalid(`answers.${id}`, 'not-checklist-item-version', { version: checklist.version });
    if (!(SCREENING_ANSWERS as readonly string[]).includes(value)) {
      throw invalid(`answers.${id}`, 'yes-no-unknown');
    }
  }
  const evaluation: ScreeningEvaluation = { hardStops: [], cautions: [], unanswered: [] };
  for (const item of checklist.items) {
    const answer = answers[item.id];
    if (answer === undefined || answer === 'unknown') evaluation.unanswered.push(item);
    else if (answer === 'yes')
      (item.severity === 'hard-stop' ? evaluation.hardStops : evaluation.cautions).push(item);
  }
  return evaluation;
}

/**
 * Checks a decision and returns the trimmed rationale. Refuses (invalid 'rationale') a blank
 * rationale; refuses (conflict) 'eligible' while a hard stop is answered yes or an item is unanswered
 * or unknown. 'ineligible' is always possible.
 */
export function assertCanDecide(
  decision: ScreeningDecision,
  evaluation: ScreeningEvaluation,
  rationale: string | null | undefined,
): string {
  const text = rationale?.trim() ?? '';
  if (text === '') throw invalid('rationale', 'clinicians-rationale-required-decision');
  if (text.length > RATIONALE_MAX_LENGTH) {
    throw invalid('rationale', 'max-length', { max: RATIONALE_MAX_LENGTH });
  }
  if (decision !== 'eligible') return text;
  const hardStops = evaluation.hardStops.map((i) => i.id);
  const unanswered = evaluation.unanswered.map((i) => i.id);
  if (hardStops.length > 0) {
    const names = evaluation.hardStops.map((i) => i.text).join('; ');
    throw conflict(
      'eligible-hard-stop',
      { names },
      {
        hardStops,
        unanswered,
      },
    );
  }
  if (unanswered.length > 0) {
    throw conflict('eligible-unanswered', { count: unanswered.length }, { hardStops, unanswered });
  }
  return text;
}
