/**
 * The CEQ as a questionnaire of one organization: built from the licensed copy it stored (texts,
 * labels, key, licence), so a program can schedule it and a client can answer it like any other
 * instrument. Every text comes from that copy; Threshold adds only its own sourced facts and a
 * plain description of when the questionnaire is sent.
 */
import { itemsOnOneScale } from '../scoring.ts';
import type { Answers, InstrumentDefinition, Score } from '../types.ts';
import type { CeqCopy } from './copy.ts';
import { CEQ_FACTORS, CEQ_FACTS, CEQ_ID, CEQ_SCALE, CEQ_SHORT_NAME, CEQ_VERSION } from './facts.ts';
import { scoreCeq } from './score.ts';

/** Threshold's own words for the time the questionnaire is about (not the CEQ's): by the copy's language. */
const RECALL: Record<string, string> = {
  en: 'The dosing session this questionnaire was sent after (the instructions below are those of your clinic’s licensed copy)',
  nl: 'De doseersessie waarna deze vragenlijst is gestuurd (de instructies hieronder komen uit het gelicentieerde exemplaar van uw praktijk)',
};

const recallIn = (language: string): string => RECALL[language.split('-')[0]!] ?? RECALL.en!;

/** The CEQ as an instrument, from the organization's checked copy. */
export function ceqInstrument(copy: CeqCopy): InstrumentDefinition {
  const options = copy.options.map((label, i) => ({ value: CEQ_SCALE.min + i, label }));
  const keyText = CEQ_FACTORS.map((f) => `${f.label} items ${copy.key[f.key].join(', ')}`).join('; ');
  const def: InstrumentDefinition = {
    id: CEQ_ID,
    name: CEQ_FACTS.name,
    shortName: CEQ_SHORT_NAME,
    version: CEQ_VERSION,
    authors: CEQ_FACTS.authors,
    citation: CEQ_FACTS.citation,
    licence: {
      value: copy.licence,
      status: 'unverified',
      source: 'Stated by the organization when it stored its licensed copy (PUT /api/ceq/copy)',
    },
    recallPeriod: recallIn(copy.language),
    languages: [copy.language],
    textSource: {
      value: "The organization's licensed copy (item texts, answer labels, instructions and scoring key)",
      status: 'unverified',
      source: 'Stored by the organization (PUT /api/ceq/copy); Threshold ships no CEQ item text',
    },
    instructions: copy.instructions,
    items: itemsOnOneScale(copy.items, options),
    scoringRules: [
      CEQ_FACTS.scoring.value,
      `Key of this organization's copy: ${keyText}.`,
      'The total (0–5) is what the integration window compares with the organization’s CEQ threshold.',
    ],
    missingRule: 'Scoring needs every item.',
    totalRange: { min: CEQ_SCALE.min, max: CEQ_SCALE.max },
    bands: null,
    change: {
      // One experience, rated once: change has no meaning.
      better: 'none',
      response: null,
      remission: null,
      reliableChange: null,
      mcid: null,
      reliability: [],
    },
    safety: [],
    loinc: { panel: null, total: null },
    score: (answers: Answers): Score => scoreCeq(copy.key, answers),
  };
  return def;
}
