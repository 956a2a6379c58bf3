/**
 * The medication rules a clinic starts from, per modality, until it saves its own. They repeat the
 * screening checklists' medication items (src/domain/screening/checklists) as rules: lithium and
 * MAOIs stop psilocybin dosing; serotonergic medication and antipsychotics are cautions. No
 * washout is set: no number here was checked against two sources, so the clinic's medical lead
 * sets each one, and until then a stopped hard-stop medication still stops dosing.
 */

import type { Modality } from '../programs/types.ts';
import { CHECKLIST_SOURCE } from '../screening/checklists/source.ts';
import type { MedicationRule, MedicationRuleSet } from './types.ts';

const SOURCE = `Threshold default, from the screening checklist (${CHECKLIST_SOURCE})`;
const rule = (medicationClass: MedicationRule['medicationClass'], effect: MedicationRule['effect']) => ({
  medicationClass,
  effect,
  washoutDays: null,
  source: SOURCE,
});

const DEFAULTS: Record<Modality, MedicationRule[]> = {
  psilocybin: [
    rule('lithium', 'hard-stop'),
    rule('maoi', 'hard-stop'),
    rule('ssri', 'caution'),
    rule('snri', 'caution'),
    rule('tricyclic', 'caution'),
    rule('other-serotonergic', 'caution'),
    rule('antipsychotic', 'caution'),
  ],
  // The ketamine checklist has no medication hard stop: the clinic adds its own list.
  ketamine: [],
  other: [],
};

export function defaultRuleSet(modality: Modality): MedicationRuleSet {
  return { modality, rules: DEFAULTS[modality].map((r) => ({ ...r })), origin: 'default' };
}
