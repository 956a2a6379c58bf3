/**
 * GAD-7, Generalized Anxiety Disorder-7 (Spitzer, Kroenke, Williams & Löwe), English.
 *
 * Item texts, instruction and answer labels are the Pfizer English GAD-7 in the edition printed with the
 * PHQ-9 and the statement "No permission required to reproduce, translate, display or distribute" (the
 * phqscreeners.com layout, the same edition as Threshold's PHQ-9 text). No stored copy of the official
 * PDF was available, so the text is taken from secondary copies and its status is 'secondary':
 *   1. https://scales.arabpsychology.com/index.php/s/gad-7-anxiety-severity/: instruction and items 1–7
 *      (commas stored as U+201A there);
 *   2. https://www.scribd.com/document/724517444 (OCR of the combined PHQ-9/GAD-7 form carrying the
 *      Pfizer statement): the same instruction and items, OCR noise aside;
 *   3. https://hopefieldhealthcare.com/anxiety-screening/: items 1–7 identical;
 *   4. LOINC 69725-0 (item 1, as in LOINC-derived GAD-7 questionnaires) reads "Feeling nervous, anxious
 *      or on edge", as here.
 * Disagreements, none adopted:
 *   - The older "GAD-7 Anxiety" sheet ("Copyright © 1999 Pfizer Inc. … Reproduced with permission";
 *     https://full-remission.com/gad-7-form, https://form.jotform.com/221654279772061) and
 *     DouglasNeuroInformatics/OpenDataCapture packages/instrument-library/src/forms/GAD_7/index.ts read
 *     "Over the last two weeks, …", "Feeling nervous, anxious, or on edge" and "Feeling afraid, as if
 *     something awful might happen". OpenDataCapture also has "Have trouble relaxing" for item 4, which
 *     no other copy has.
 *   - Several code copies have "it's hard to sit still" for item 5; the forms print "it is hard".
 *   - Some copies (touringmanual.com's GAD-7 page, nivlab/jspsych-demos tasks/self-report/surveys/gad7.js)
 *     label the answers "Not at all sure" or "Over half the days"; the form uses the PHQ-9 labels, as here.
 *   - The printed form adds a paper-only direction after the instruction, "(Use “…” to indicate your
 *     answer)", whose tick glyph is lost in every stored copy; it is not reproduced here.
 * The form's optional difficulty question is not part of the GAD-7 score and is not carried here.
 */
import {
  bandFor,
  itemsOnOneScale,
  requireComplete,
  scoredLinkIds,
  sumOf,
  validateAnswers,
} from '../scoring.ts';
import type { AnswerOption, InstrumentDefinition, Item, Score } from '../types.ts';
import { GAD7_DUTCH } from './dutch.ts';

const REFERENCE = "Threshold's questionnaire-facts reference (GAD-7 section)";

const TEXT_SOURCE =
  'Pfizer English GAD-7 (edition printed with the PHQ-9 and the "No permission required" statement), taken from secondary copies: ' +
  'scales.arabpsychology.com/index.php/s/gad-7-anxiety-severity/; scribd.com/document/724517444 (OCR of the form); ' +
  'hopefieldhealthcare.com/anxiety-screening/. The older 1999 "GAD-7 Anxiety" sheet and OpenDataCapture GAD_7 punctuate items 1 and 7 differently.';

/** Same printed scale as the PHQ-9. LOINC answer codes are not recorded for the GAD-7 in our reference. */
const FREQUENCY: AnswerOption[] = [
  { value: 0, label: 'Not at all' },
  { value: 1, label: 'Several days' },
  { value: 2, label: 'More than half the days' },
  { value: 3, label: 'Nearly every day' },
];

const ITEMS: Item[] = itemsOnOneScale(
  [
    'Feeling nervous, anxious or on edge',
    'Not being able to stop or control worrying',
    'Worrying too much about different things',
    'Trouble relaxing',
    'Being so restless that it is hard to sit still',
    'Becoming easily annoyed or irritable',
    'Feeling afraid as if something awful might happen',
  ],
  FREQUENCY,
);

const SCORED = scoredLinkIds(ITEMS);

const SPITZER_2006 =
  'Spitzer RL, Kroenke K, Williams JBW, Löwe B. A brief measure for assessing generalized anxiety disorder: the GAD-7. Arch Intern Med. 2006;166(10):1092–1097';

export const gad7: InstrumentDefinition = {
  id: 'gad-7',
  name: 'Generalized Anxiety Disorder-7',
  shortName: 'GAD-7',
  // The form prints no edition number. '1' is the first Threshold encoding of the edition described in
  // the header; a change of wording must get a new version.
  version: '1',
  authors:
    'Robert L. Spitzer, Kurt Kroenke, Janet B. W. Williams, Bernd Löwe (developed with an educational grant from Pfizer Inc.)',
  citation: {
    value: SPITZER_2006,
    status: 'secondary',
    source: 'Secondary copies of the citation (public code and pages); the paper itself was not consulted',
  },
  licence: {
    value: 'No permission required to reproduce, translate, display or distribute',
    status: 'unverified',
    source: `${REFERENCE}: same statement as the PHQ family, not verified for the GAD-7`,
  },
  recallPeriod: 'last 2 weeks',
  languages: ['en'],
  // Dutch: looked for and not installed (see translationRecords); an organization adds its licensed translation.
  translationRecords: [GAD7_DUTCH],
  textSource: { value: TEXT_SOURCE, status: 'secondary', source: TEXT_SOURCE },
  instructions: 'Over the last 2 weeks, how often have you been bothered by the following problems?',
  items: ITEMS,
  scoringRules: [
    'Each item is scored 0 (Not at all), 1 (Several days), 2 (More than half the days) or 3 (Nearly every day).',
    'Total = sum of items 1–7, range 0–21.',
    'Severity from the total: 0–4 minimal, 5–9 mild, 10–14 moderate, 15–21 severe.',
    'A total of 10 or more warrants further evaluation (Spitzer et al. 2006).',
  ],
  missingRule:
    'No rule for scoring with unanswered items is verified in our sources for the GAD-7: every item (1–7) must be answered, and scoring is refused otherwise.',
  totalRange: { min: 0, max: 21 },
  bands: {
    value: [
      { min: 0, max: 4, label: 'minimal' },
      { min: 5, max: 9, label: 'mild' },
      { min: 10, max: 14, label: 'moderate' },
      { min: 15, max: 21, label: 'severe' },
    ],
    status: 'confirmed',
    source: 'Spitzer et al. 2006, Arch Intern Med 166:1092–1097',
  },
  change: {
    better: 'lower',
    response: null,
    // Carried only because it is in use; the reference marks it unverified as a standard. Totals are whole
    // numbers, so "< 5" is "at or below 4".
    remission: {
      value: { maxTotal: 4 },
      status: 'unverified',
      source: `${REFERENCE}: remission < 5 is used but unverified as a standard`,
    },
    reliableChange: {
      value: { points: 6 },
      status: 'confirmed',
      source: 'Bischoff et al. 2020 (Jacobson–Truax, test–retest .87)',
    },
    mcid: {
      value: { points: 4 },
      status: 'confirmed',
      source: 'Toussaint et al. 2020, J Affect Disord 265:395–401 (depressed sample)',
    },
    reliability: [
      {
        value: { kind: 'internal-consistency', r: 0.92, sd: null, sample: 'Spitzer et al. 2006, N = 2,740' },
        status: 'secondary',
        source: 'Spitzer et al. 2006, Arch Intern Med 166:1092–1097 (α .92)',
      },
      {
        value: { kind: 'test-retest', r: 0.83, sd: null, sample: 'Spitzer et al. 2006, N = 2,740' },
        status: 'secondary',
        source: 'Spitzer et al. 2006, Arch Intern Med 166:1092–1097 (test–retest .83)',
      },
      {
        value: {
          kind: 'test-retest',
          r: 0.87,
          sd: null,
          sample: 'Bischoff et al. 2020 (sample not recorded)',
        },
        status: 'confirmed',
        source: 'Bischoff et al. 2020 (test–retest .87)',
      },
    ],
  },
  safety: [],
  loinc: {
    panel: { value: '69737-5', status: 'secondary', source: REFERENCE },
    total: { value: '70274-6', status: 'confirmed', source: REFERENCE },
  },
  score(answers): Score {
    const values = requireComplete(gad7, validateAnswers(gad7, answers));
    const total = sumOf(values, SCORED);
    return {
      instrumentId: gad7.id,
      instrumentVersion: gad7.version,
      total,
      severity: bandFor(gad7.bands?.value, total),
      subscales: {},
      flags: [],
    };
  },
};
