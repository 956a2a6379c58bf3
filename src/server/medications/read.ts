/**
 * Stored medications and rules as the domain reads them. Text that does not parse, or an unknown
 * class or source, makes the whole list 'unreadable' — the clearance rule then refuses — and is
 * never read as "no medication".
 */
import { defaultRuleSet } from '../../domain/medications/defaults.ts';
import {
  MEDICATION_CLASSES,
  MEDICATION_SOURCES,
  type Medication,
  type MedicationRule,
  type MedicationRuleSet,
  RULE_EFFECTS,
  type TaperStep,
} from '../../domain/medications/types.ts';
import type { Modality } from '../../domain/programs/types.ts';
import type { Tx } from '../context.ts';
import * as repo from './repository.ts';

export class Unreadable extends Error {}

const oneOf = <T extends string>(list: readonly T[], v: unknown): T => {
  if (typeof v === 'string' && (list as readonly string[]).includes(v)) return v as T;
  throw new Unreadable(`unknown value ${String(v)}`);
};

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new Unreadable('stored JSON does not parse');
  }
}

function taperOf(text: string): TaperStep[] {
  const v = parseJson(text);
  if (!Array.isArray(v)) throw new Unreadable('taper is not a list');
  return v.map((s) => {
    if (typeof s?.on !== 'string' || typeof s?.dose !== 'string') throw new Unreadable('taper step');
    return { on: s.on, dose: s.dose };
  });
}

export function toMedication(r: repo.MedicationRow): Medication {
  return {
    id: r.id,
    name: r.name,
    medicationClass: oneOf(MEDICATION_CLASSES, r.medication_class),
    dose: r.dose,
    startedOn: r.started_on,
    stoppedOn: r.stopped_on,
    taper: taperOf(r.taper),
    source: oneOf(MEDICATION_SOURCES, r.source),
    confirmed: r.confirmed_at !== null,
  };
}

function toRule(v: unknown): MedicationRule {
  const r = v as Record<string, unknown> | null;
  const washout = r?.washoutDays;
  if (washout !== null && !(typeof washout === 'number' && Number.isInteger(washout) && washout >= 0))
    throw new Unreadable('washout');
  if (typeof r?.source !== 'string') throw new Unreadable('source');
  return {
    medicationClass: oneOf(MEDICATION_CLASSES, r.medicationClass),
    effect: oneOf(RULE_EFFECTS, r.effect),
    washoutDays: washout,
    source: r.source,
  };
}

/** A stored rule row read as a rule set; no row gives the shipped defaults. Throws Unreadable. */
function ruleSetFrom(modality: Modality, row: { rules: string } | undefined): MedicationRuleSet {
  if (!row) return defaultRuleSet(modality);
  const list = parseJson(row.rules);
  if (!Array.isArray(list)) throw new Unreadable('rules are not a list');
  return { modality, rules: list.map(toRule), origin: 'organization' };
}

/** The organization's rules for a modality, else the defaults. Throws Unreadable. */
export async function ruleSetOf(
  trx: Tx,
  organizationId: string,
  modality: Modality,
): Promise<MedicationRuleSet> {
  return ruleSetFrom(modality, await repo.ruleRow(trx, organizationId, modality));
}

/** The rule sets of several modalities, read in one query, in the order asked. Throws Unreadable. */
export async function ruleSetsOf(
  trx: Tx,
  organizationId: string,
  modalities: readonly Modality[],
): Promise<MedicationRuleSet[]> {
  if (modalities.length === 0) return [];
  const rows = await repo.ruleRows(trx, organizationId, modalities);
  return modalities.map((m) =>
    ruleSetFrom(
      m,
      rows.find((r) => r.modality === m),
    ),
  );
}
