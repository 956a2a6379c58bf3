/**
 * Whether a dosing session was a challenging experience: the facilitator's flag on the dosing
 * record, or a CEQ total above the organization's threshold. Without a CEQ response only the flag
 * counts. A CEQ response that cannot be judged (no total, or no threshold set) is refused, never
 * read as "fine" — unless the flag already decides it.
 */
import { DomainError } from '../errors.ts';

export type ChallengeReason = 'flag' | 'ceq';

export interface ChallengeInput {
  /** The facilitator's "difficult session" flag on the dosing record. */
  flagged: boolean;
  /** The CEQ response given for this dosing session; null when there is none. */
  ceq: { responseId: string; total: number | null } | null;
  /** The organization's CEQ threshold (a total above it is challenging); null when not set. */
  ceqThreshold: number | null;
}

export interface ChallengeResult {
  challenging: boolean;
  reasons: ChallengeReason[];
  ceqTotal: number | null;
}

/** Why the rule could not decide, as a code. */
export type UndecidedReason = 'ceq-no-total' | 'ceq-no-threshold';

const UNDECIDED: Readonly<Record<UndecidedReason, string>> = {
  'ceq-no-total': 'The CEQ response has no total score, so the experience cannot be judged from it.',
  'ceq-no-threshold': 'The organization has set no CEQ threshold, so a CEQ total cannot be judged.',
};

/** Thrown when the rule cannot decide: the caller treats the session as needing a look. */
export class ChallengeUndecided extends DomainError {
  readonly reason: UndecidedReason;
  constructor(reason: UndecidedReason) {
    super('conflict', UNDECIDED[reason]);
    this.name = 'ChallengeUndecided';
    this.reason = reason;
  }
}

function ceqAbove(input: ChallengeInput): boolean | UndecidedReason {
  const { ceq, ceqThreshold } = input;
  if (ceq === null) return false;
  if (ceq.total === null || !Number.isFinite(ceq.total)) return 'ceq-no-total';
  if (ceqThreshold === null || !Number.isFinite(ceqThreshold)) return 'ceq-no-threshold';
  return ceq.total > ceqThreshold;
}

/** Decides; throws ChallengeUndecided when a CEQ response exists but cannot be judged and no flag is set. */
export function assessChallenge(input: ChallengeInput): ChallengeResult {
  const ceq = ceqAbove(input);
  const ceqTotal = input.ceq?.total ?? null;
  if (typeof ceq === 'string') {
    if (input.flagged) return { challenging: true, reasons: ['flag'], ceqTotal };
    throw new ChallengeUndecided(ceq);
  }
  const reasons: ChallengeReason[] = [];
  if (input.flagged) reasons.push('flag');
  if (ceq) reasons.push('ceq');
  return { challenging: reasons.length > 0, reasons, ceqTotal };
}
