/**
 * A stored response's score as a FHIR R4 survey Observation: the total as the value (coded with the
 * instrument's LOINC total code when the registry holds a usable one, Threshold's score system
 * otherwise), subscales as components, the severity band as interpretation, safety flags as notes,
 * derived from the QuestionnaireResponse it was scored from.
 */
import type { InstrumentDefinition } from '../instruments/types.ts';
import { LOINC, OBSERVATION_CATEGORY, SCORE_SYSTEM, UCUM, usableCode } from './systems.ts';
import type { Annotation, CodeableConcept, Observation, Quantity, StoredResponse } from './types.ts';

const score = (value: number): Quantity => ({ value, unit: '{score}', system: UCUM, code: '{score}' });
/** Subscales the registry keys as percentages (WHO-5 "percentage") are in UCUM %. */
const subscaleQuantity = (key: string, value: number): Quantity =>
  /percent/i.test(key) ? { value, unit: '%', system: UCUM, code: '%' } : score(value);

/** The Observation of a stored response (`def` = the registry's definition, when it still has one). */
export function toObservation(stored: StoredResponse, def: InstrumentDefinition | undefined): Observation {
  const label = def?.shortName ?? stored.instrumentId;
  const loinc = usableCode(def?.loinc.total);
  const code: CodeableConcept = {
    coding: [
      loinc
        ? { system: LOINC, code: loinc }
        : { system: SCORE_SYSTEM, code: `${stored.instrumentId}-total`, display: `${label} total score` },
    ],
    text: `${label} total score`,
  };
  const bandStatus = def?.bands && def.bands.status !== 'confirmed' ? ` (bands ${def.bands.status})` : '';
  const note: Annotation[] = stored.flags.map((f) => ({ text: `Safety flag ${f.id}: ${f.reason}` }));
  const subscales = Object.entries(stored.subscales);
  return {
    resourceType: 'Observation',
    id: stored.id,
    status: 'final',
    category: [{ coding: [{ system: OBSERVATION_CATEGORY, code: 'survey', display: 'Survey' }] }],
    code,
    subject: { reference: `Patient/${stored.clientId}` },
    effectiveDateTime: stored.administeredAt,
    issued: stored.scoredAt,
    valueQuantity: score(stored.total),
    ...(stored.severity ? { interpretation: [{ text: `${stored.severity}${bandStatus}` }] } : {}),
    ...(note.length ? { note } : {}),
    derivedFrom: [{ reference: `QuestionnaireResponse/${stored.id}` }],
    ...(subscales.length
      ? {
          component: subscales.map(([key, value]) => ({
            code: {
              coding: [
                { system: SCORE_SYSTEM, code: `${stored.instrumentId}-${key}`, display: `${label} ${key}` },
              ],
              text: `${label} ${key}`,
            },
            valueQuantity: subscaleQuantity(key, value),
          })),
        }
      : {}),
  };
}
