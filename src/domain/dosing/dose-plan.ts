/**
 * The dose-range rule: a dose is compared with the program's planned dose per kilogram. A dose of
 * twice the plan or more needs an explicit confirmation with a reason (the record keeps it); a plan
 * that cannot be compared (no weight) refuses the dose rather than letting it through unchecked.
 * Programs state one planned mg/kg, not a range; the factor below is the range around it.
 */
import { conflict, DomainError, fieldIssue, invalid } from '../errors.ts';
import type { PlannedDose } from '../programs/types.ts';
import { mgPerKg } from './dose.ts';

/** A dose at this multiple of the planned mg/kg, or above, needs a confirmation. */
export const CONFIRM_AT_PLAN_MULTIPLE = 2;
export const CONFIRMATION_REASON_MAX_LENGTH = 2000;
export const DOSE_CONFIRMATION_TYPE = 'urn:threshold:problem:dose-confirmation-required';

export interface DosePlanCheck {
  mgPerKg: number | null;
  plannedMgPerKg: number | null;
  /** The dose is far from the plan: it is recorded only with a confirmation and its reason. */
  needsConfirmation: boolean;
  /** What staff read about the comparison; null when there is nothing to compare with. */
  message: string | null;
}

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;

export function checkDoseAgainstPlan(
  dose: { doseMg: number; weightKg: number | null },
  plannedMgPerKg: number | null,
): DosePlanCheck {
  const perKg = mgPerKg(dose.doseMg, dose.weightKg);
  if (plannedMgPerKg === null)
    return { mgPerKg: perKg, plannedMgPerKg, needsConfirmation: false, message: null };
  if (perKg === null) throw invalid('weightKg', 'required-program-plans-mg-kg', { plannedMgPerKg });
  const multiple = perKg / plannedMgPerKg;
  const needsConfirmation = multiple >= CONFIRM_AT_PLAN_MULTIPLE;
  const plannedMg = round(plannedMgPerKg * (dose.weightKg as number), 1);
  const message = needsConfirmation
    ? `${dose.doseMg} mg at ${dose.weightKg} kg is ${perKg} mg/kg: ${round(multiple, 1)}× the program's planned ${plannedMgPerKg} mg/kg (${plannedMg} mg). Check the dose; recording it needs a confirmation with a reason.`
    : `${perKg} mg/kg; the program plans ${plannedMgPerKg} mg/kg (${plannedMg} mg).`;
  return { mgPerKg: perKg, plannedMgPerKg, needsConfirmation, message };
}

/**
 * The confirmation reason to store: null when none is needed; refuses (409 naming
 * `doseConfirmation`) a dose that needs one without a reason.
 */
export function confirmedReason(
  check: DosePlanCheck,
  confirmation: { reason: string } | null | undefined,
): string | null {
  if (!check.needsConfirmation) return null;
  const reason = confirmation?.reason.trim() ?? '';
  if (reason.length > CONFIRMATION_REASON_MAX_LENGTH)
    throw invalid('doseConfirmation.reason', 'max-length', { max: CONFIRMATION_REASON_MAX_LENGTH });
  if (reason) return reason;
  throw new DomainError(
    'conflict',
    `The dose needs a confirmation: ${check.message}`,
    [fieldIssue('doseConfirmation', 'dose-confirm-reason')],
    { type: DOSE_CONFIRMATION_TYPE, mgPerKg: check.mgPerKg, plannedMgPerKg: check.plannedMgPerKg },
  );
}

/**
 * The planned mg/kg in a session's stored planned dose (JSON, null for none). A plan that cannot be
 * read refuses the dose rather than skipping the comparison.
 */
export function plannedMgPerKgOf(stored: string | null): number | null {
  if (stored === null) return null;
  let plan: unknown;
  try {
    plan = JSON.parse(stored);
  } catch {
    plan = undefined;
  }
  const mg = typeof plan === 'object' && plan !== null ? (plan as { mgPerKg?: unknown }).mgPerKg : undefined;
  if (plan === null || mg === null || (typeof plan === 'object' && mg === undefined)) return null;
  if (typeof mg === 'number' && Number.isFinite(mg) && mg > 0) return mg;
  throw conflict('planned-dose-unreadable-record');
}

/**
 * A session's stored planned dose (JSON, null for none) as an object. Text that does not parse as
 * an object refuses: a dosing session whose plan is lost is never shown as one without a plan.
 */
export function readPlannedDose(stored: string | null): PlannedDose | null {
  if (stored === null) return null;
  plannedMgPerKgOf(stored);
  const plan = JSON.parse(stored) as unknown;
  if (typeof plan === 'object' && plan !== null && !Array.isArray(plan)) return plan as PlannedDose;
  throw conflict('planned-dose-unreadable');
}
