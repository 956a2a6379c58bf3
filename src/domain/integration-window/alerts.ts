/**
 * The alerts of the integration window: a challenging experience (flag, CEQ above the threshold,
 * or a CEQ response that could not be judged) and a missed integration contact. Each once per
 * dosing record and cause (dedupe key).
 */
import type { ProblemCode, ProblemParams } from '../problem-codes.ts';
import type { AlertDraft } from '../safety/alerts.ts';
import type { ChallengeResult, UndecidedReason } from './challenge.ts';

export function alertsForChallenge(input: {
  dosingRecordId: string;
  result: ChallengeResult | { undecided: string; reason?: UndecidedReason; ceqResponseId: string | null };
  flagNote: string | null;
  ceqThreshold: number | null;
}): AlertDraft[] {
  const { dosingRecordId: id, result } = input;
  if ('undecided' in result) {
    return [
      {
        kind: 'challenging-experience',
        severity: 'medium',
        title: 'Experience could not be judged: first integration contact pulled forward',
        trigger: result.undecided,
        triggerCode: result.reason ? 'integration-undecided' : null,
        triggerParams: result.reason ? { reason: result.reason } : null,
        dedupeKey: `dosing:${id}:ceq-undecided:${result.ceqResponseId ?? 'none'}`,
      },
    ];
  }
  const out: AlertDraft[] = [];
  if (result.reasons.includes('flag')) {
    out.push({
      kind: 'challenging-experience',
      severity: 'medium',
      title: 'Difficult session flagged: first integration contact pulled forward',
      trigger: input.flagNote
        ? `Facilitator's note: ${input.flagNote}`
        : 'Flagged by a facilitator, without a note.',
      triggerCode: 'integration-flagged',
      triggerParams: { note: input.flagNote || null },
      dedupeKey: `dosing:${id}:difficult`,
    });
  }
  if (result.reasons.includes('ceq')) {
    out.push({
      kind: 'challenging-experience',
      severity: 'medium',
      title: 'Challenging experience on the CEQ: first integration contact pulled forward',
      trigger: `CEQ total ${result.ceqTotal} is above the organization's threshold of ${input.ceqThreshold}.`,
      triggerCode: 'integration-ceq',
      triggerParams: { total: result.ceqTotal, threshold: input.ceqThreshold },
      dedupeKey: `dosing:${id}:ceq`,
    });
  }
  return out;
}

export function alertForMissedContact(input: {
  contactId: string;
  startsAt: string;
  why: 'not-recorded' | 'absent' | 'cancelled';
}): AlertDraft {
  const because = {
    'not-recorded': 'no attendance was recorded',
    absent: 'the client was recorded as not attending',
    cancelled: 'the session was cancelled and not rebooked',
  }[input.why];
  return {
    kind: 'integration-missed',
    severity: 'medium',
    title: 'Missed integration contact',
    trigger: `The integration contact of ${input.startsAt.slice(0, 16).replace('T', ' ')} UTC was missed: ${because}.`,
    triggerCode: 'integration-missed',
    triggerParams: { startsAt: input.startsAt, why: input.why },
    dedupeKey: `integration:${input.contactId}:missed`,
  };
}

/**
 * The contact could not be booked (the rule refused its input): someone must book it by hand. The
 * refusal's problem code (src/domain/problem-codes.ts), when it has one, lets a screen say why in
 * the reader's language; without one the trigger has no code and is shown in English.
 */
export function alertForUnbookable(input: {
  dosingRecordId: string;
  why: string;
  problem?: { code: ProblemCode; params: ProblemParams } | undefined;
}): AlertDraft {
  return {
    kind: 'integration-missed',
    severity: 'medium',
    title: 'Integration contact could not be booked',
    trigger: `No integration contact was booked after this dosing session: ${input.why} Book it by hand.`,
    triggerCode: input.problem ? 'integration-unbookable' : null,
    triggerParams: input.problem
      ? { problem: input.problem.code, problemParams: input.problem.params }
      : null,
    dedupeKey: `dosing:${input.dosingRecordId}:unbookable`,
  };
}
