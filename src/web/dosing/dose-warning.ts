/**
 * The dose compared with the program's plan while it is typed, with the domain's rule
 * (src/domain/dosing/dose-plan.ts, the same the server enforces): a dose at twice the planned
 * mg/kg or more needs a confirmation with a reason; without a weight it cannot be compared.
 */

import { checkDoseAgainstPlan, type DosePlanCheck } from '../../domain/dosing/dose-plan.ts';
import { tKey } from '../i18n/labels.ts';
import { formatNumber } from '../ui/format.ts';

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
      message: tKey('doseCheck:needsWeight', { planned: formatNumber(plannedMgPerKg) }),
    };
  const check = checkDoseAgainstPlan({ doseMg, weightKg }, plannedMgPerKg);
  const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;
  // Said in the screen's locale ("0,5 mg/kg" in Dutch); the check itself compares the numbers.
  const values = {
    dose: formatNumber(doseMg),
    weight: formatNumber(weightKg),
    perKg: check.mgPerKg === null ? '' : formatNumber(check.mgPerKg),
    planned: formatNumber(plannedMgPerKg),
    plannedMg: formatNumber(round(plannedMgPerKg * weightKg, 1)),
    multiple: formatNumber(round((check.mgPerKg ?? 0) / plannedMgPerKg, 1)),
  };
  return check.needsConfirmation
    ? { kind: 'confirm', message: tKey('doseCheck:above', values), check }
    : { kind: 'plain', message: tKey('doseCheck:within', values) };
}
