/**
 * The medication rule, once: which of a client's medications stop (or caution) dosing on a given
 * day under the clinic's rules for the program's modality, and from which day each stop lifts. A
 * medication without a last dose is taken now; the last dose may lie ahead (the end of a taper
 * plan), and the stop then lifts on the day the washout after it ends. A rule without a washout
 * never lifts by itself. A client's own report counts exactly as
 * a confirmed one (it is labelled, not discounted).
 */
import type { Medication, MedicationRule, MedicationRuleSet } from './types.ts';

export interface MedicationFinding {
  medicationId: string;
  name: string;
  rule: MedicationRule;
  /** The last dose (past or planned by a taper); null while taken with no end planned. */
  lastDoseOn: string | null;
  /** The first day the rule no longer applies; null when it does not lift by itself. */
  clearedFrom: string | null;
  reportedByClient: boolean;
  /** The sentence staff read. */
  reason: string;
}

export interface MedicationCheck {
  /** Findings that stop dosing on the day asked about. */
  stops: MedicationFinding[];
  cautions: MedicationFinding[];
  /** Stops that have lifted by the day asked about (shown, not blocking). */
  lifted: MedicationFinding[];
}

const DAY_MS = 86_400_000;

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

function describe(
  m: Medication,
  rule: MedicationRule,
  lastDoseOn: string | null,
  clearedFrom: string | null,
) {
  const who = m.source === 'client' && !m.confirmed ? ' (reported by the client)' : '';
  const what = `${m.name}, ${m.medicationClass}${who}`;
  if (lastDoseOn === null) return `${what}: taken now, no last dose planned.`;
  if (clearedFrom === null)
    return `${what}: last dose ${lastDoseOn}; the rule sets no washout, so it applies until the clinic sets one.`;
  return `${what}: last dose ${lastDoseOn}; applies until ${addDays(clearedFrom, -1)} (washout ${rule.washoutDays} days).`;
}

export function checkMedications(
  medications: readonly Medication[],
  ruleSet: MedicationRuleSet,
  on: string,
): MedicationCheck {
  const check: MedicationCheck = { stops: [], cautions: [], lifted: [] };
  for (const m of medications) {
    const rule = ruleSet.rules.find((r) => r.medicationClass === m.medicationClass);
    if (!rule) continue;
    if (m.startedOn !== null && m.startedOn > on) continue;
    const lastDoseOn = m.stoppedOn;
    const clearedFrom =
      lastDoseOn === null || rule.washoutDays === null ? null : addDays(lastDoseOn, rule.washoutDays + 1);
    const finding: MedicationFinding = {
      medicationId: m.id,
      name: m.name,
      rule,
      lastDoseOn,
      clearedFrom,
      reportedByClient: m.source === 'client' && !m.confirmed,
      reason: describe(m, rule, lastDoseOn, clearedFrom),
    };
    if (clearedFrom !== null && clearedFrom <= on) check.lifted.push(finding);
    else if (rule.effect === 'hard-stop') check.stops.push(finding);
    else check.cautions.push(finding);
  }
  return check;
}
