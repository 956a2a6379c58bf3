/**
 * The dose compared with the program's plan while it is typed, with the domain's rule
 * (src/domain/dosing/dose-plan.ts, the same the server enforces): a dose at twice the planned
 * mg/kg or more needs a confirmation with a reason; without a weight it cannot be compared.
 */
import { checkDoseAgainstPlan, type DosePlanCheck } from '../../domain/dosing/dose-plan.ts';

export type DoseWarning =
  | { kind: 'none' }
  | { kind: 'needs-weight'; message: string }
  | { kind: 'plain'; message: string }
  | { kind: 'confirm'; message: string; check: DosePlanCheck };

export function doseWarning(
  doseMg: number | null,
  weightKg: number | null,
  plannedMgPerKg: number | null,
): DoseWarning {
  if (doseMg === null || plannedMgPerKg === null) return { kind: 'none' };
  if (weightKg === null)
    return {
      kind: 'needs-weight',
      message: `Enter the body weight: the program plans ${plannedMgPerKg} mg/kg and the dose is checked against it.`,
    };
  const check = checkDoseAgainstPlan({ doseMg, weightKg }, plannedMgPerKg);
  return check.needsConfirmation
    ? { kind: 'confirm', message: check.message ?? '', check }
    : { kind: 'plain', message: check.message ?? '' };
}
