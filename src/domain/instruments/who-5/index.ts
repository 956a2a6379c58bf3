/**
 * WHO-5, WHO (Five) Well-Being Index, English (1998 version).
 *
 * Item texts, instruction and answer labels are the 1998 English version distributed by the Psychiatric
 * Research Unit, Mental Health Centre North Zealand (psykiatri-regionh.dk/who-5). No stored copy of
 * that PDF was available, so the text is taken from secondary copies and its status is 'secondary':
 *   1. https://mysignposts.com.au/portal/who-5/: the instruction sentences and the six answer labels;
 *   2. cph-cachet/research.package (documentation, and example/lib/research_package_objects/
 *      linear_survey_objects.dart): the same instruction sentences, the paper example sentence quoted
 *      below, the labels with their values 5…0, and item 1 without a final full stop;
 *   3. pratyushkumar14/Straw_Hat_Coders mental_analysis/screeners/who5.py: items 1–5 and the labels, no
 *      final full stops; other stored survey code (repository not named by the index) gives the same
 *      instruction with items 1–5 likewise;
 *   4. https://snaped.fns.usda.gov/library/materials/who-five-well-being-index-who-5: items 1–5 and
 *      the labels in printed order.
 * Disagreements, none adopted:
 *   - A second one-page layout ("Please respond to each item by marking one box per row, regarding how
 *     you felt in the last two weeks."; scribd.com/document/640425431) and some pages (snaped.fns.usda.gov,
 *     smaat.eu, nivlab/jspsych-demos) end each item with a full stop; that layout's OCR also reads
 *     "cheerful in good spirits". The 1998 layout copies above print no full stops.
 *   - PsyToolkit-derived copies have "Less than half the time" / "More than half the time"; the 1998
 *     form prints "… half of the time".
 *   - The printed instruction continues with a paper-only example ("Example: If you have felt cheerful
 *     and in good spirits more than half of the time during the last two weeks, put a tick in the box
 *     with the number 3 in the upper right corner."); it refers to the paper grid and is not reproduced.
 *   - Descriptions of the 1998 form put "Over the last two weeks" as a heading above the items; no stored
 *     copy showed that heading, and the recall period is already in the instruction, so it is not added.
 *   - WHO's 2024 reissue of the WHO-5 was not found in any stored source and was not compared.
 */
import {
  itemsOnOneScale,
  optionLabel,
  requireComplete,
  scoredLinkIds,
  sumOf,
  validateAnswers,
} from '../scoring.ts';
import { notFoundInDutch } from '../translations/not-found.ts';
import type { AnswerOption, InstrumentDefinition, Item, SafetyFlag, Score } from '../types.ts';

const REFERENCE = "Threshold's questionnaire-facts reference (WHO-5 section)";

const TEXT_SOURCE =
  'WHO (Five) Well-Being Index, 1998 English version (Psychiatric Research Unit, Mental Health Centre North Zealand), taken from secondary copies: ' +
  'mysignposts.com.au/portal/who-5/ (instruction, labels); cph-cachet/research.package documentation and examples (instruction, items, labels); ' +
  'pratyushkumar14/Straw_Hat_Coders mental_analysis/screeners/who5.py (items, labels); ' +
  'snaped.fns.usda.gov/library/materials/who-five-well-being-index-who-5 (items, labels).';

/** Printed order, left to right: 5 … 0. Higher is better. */
const FREQUENCY: AnswerOption[] = [
  { value: 5, label: 'All of the time' },
  { value: 4, label: 'Most of the time' },
  { value: 3, label: 'More than half of the time' },
  { value: 2, label: 'Less than half of the time' },
  { value: 1, label: 'Some of the time' },
  { value: 0, label: 'At no time' },
];

const ITEMS: Item[] = itemsOnOneScale(
  [
    'I have felt cheerful and in good spirits',
    'I have felt calm and relaxed',
    'I have felt active and vigorous',
    'I woke up feeling fresh and rested',
    'My daily life has been filled with things that interest me',
  ],
  FREQUENCY,
);

const SCORED = scoredLinkIds(ITEMS);

/** Poor wellbeing: raw score below this, or any item at or below LOW_ITEM. */
const POOR_RAW_BELOW = 13;
const LOW_ITEM = 1;

export const who5: InstrumentDefinition = {
  id: 'who-5',
  name: 'WHO-5 Well-Being Index',
  shortName: 'WHO-5',
  // 1998: the year of the WHO Regional Office for Europe (DepCare) version and of the scoring sheet our
  // reference cites. The official PDF's own title was not seen in a stored copy.
  version: '1998',
  authors:
    'Psychiatric Research Unit, WHO Collaborating Centre in Mental Health, Frederiksborg General Hospital (now Mental Health Centre North Zealand), Hillerød, Denmark; WHO Regional Office for Europe',
  citation: {
    value:
      'WHO Regional Office for Europe. Use of Well-Being Measures in Primary Health Care – The DepCare Project. Health for All, Target 12. 1998. ' +
      'Review: Topp CW, Østergaard SD, Søndergaard S, Bech P. The WHO-5 Well-Being Index: a systematic review of the literature. Psychother Psychosom. 2015;84(3):167–176. doi:10.1159/000376585',
    status: 'secondary',
    source:
      'Secondary copies of the citations (scribd.com/document/640425431; nivlab/jspsych-demos tasks/self-report/surveys/who5.js); the documents themselves were not consulted',
  },
  licence: {
    value: 'Not verified',
    status: 'unverified',
    source: `${REFERENCE}: licence unverified. Secondary pages call the WHO-5 free to use (inspq.qc.ca: "Public domain. The source must be mentioned"); psykiatri-regionh.dk asks that any deviation from its posted language versions be clearly marked and back-translated.`,
  },
  recallPeriod: 'last 2 weeks',
  languages: ['en'],
  // Dutch: looked for and not installed (see translationRecords); an organization adds its licensed translation.
  translationRecords: [
    notFoundInDutch(
      'from the Psychiatric Centre North Zealand',
      'Psychiatric Centre North Zealand; changed wording must be marked and back-translated',
    ),
  ],
  textSource: { value: TEXT_SOURCE, status: 'secondary', source: TEXT_SOURCE },
  instructions:
    'Please indicate for each of the five statements which is closest to how you have been feeling over the last two weeks. Notice that higher numbers mean better well-being.',
  items: ITEMS,
  scoringRules: [
    'Each item is scored 5 (All of the time), 4 (Most of the time), 3 (More than half of the time), 2 (Less than half of the time), 1 (Some of the time) or 0 (At no time). Higher is better wellbeing.',
    'Total = raw sum of items 1–5, range 0–25.',
    'Percentage score (subscale "percentage") = raw score × 4, range 0–100.',
    'The WHO-5 has no severity bands: severity is not reported.',
    'A raw score below 13, or any item answered 0 or 1, raises the poor-wellbeing flag: screen for depression.',
    'A 10-point change in the percentage score is significant (secondary: the 1998 scoring sheet).',
  ],
  missingRule:
    'No rule for scoring with unanswered items is verified in our sources for the WHO-5: every item (1–5) must be answered, and scoring is refused otherwise.',
  totalRange: { min: 0, max: 25 },
  bands: null,
  change: {
    better: 'higher',
    response: null,
    remission: null,
    // The one change criterion in our sources: a 10-point change in the percentage score is significant.
    reliableChange: {
      value: { points: 10, on: 'percentage' },
      status: 'secondary',
      source:
        'WHO-5 scoring sheet (Psychiatric Research Unit, 1998), as quoted in secondary sources; not seen in the original',
    },
    mcid: null,
    // Only translated versions' figures were found (α .75–.93); none for the English original, so none is
    // carried.
    reliability: [],
  },
  safety: [
    {
      flag: 'poor-wellbeing',
      description: 'Raw score below 13, or any item answered 0 or 1: poor wellbeing, screen for depression.',
      status: 'secondary',
      source: `${REFERENCE} (secondary); the same rule at mysignposts.com.au/portal/who-5/ ("Please consider referral if the raw score is below 13 or if the candidate has answered 0 to 1 to any of the five items")`,
    },
  ],
  // The reference lists LOINC 71969-0 for the WHO-5 (secondary), but CMS eCQM value sets and PROMIS code
  // lists in stored public code give 71969-0 as "PROMIS-10 Global Mental Health (GMH) score T-score". The
  // code is left out until it is checked against LOINC itself.
  loinc: { panel: null, total: null },
  score(answers): Score {
    const values = requireComplete(who5, validateAnswers(who5, answers));
    const raw = sumOf(values, SCORED);
    const reasons: string[] = [];
    if (raw < POOR_RAW_BELOW) reasons.push(`Raw score ${raw} is below ${POOR_RAW_BELOW}`);
    const low = ITEMS.filter((i) => values.get(i.linkId)! <= LOW_ITEM);
    if (low.length) {
      const which = low.map((i) => {
        const v = values.get(i.linkId)!;
        return `item ${i.number} answered ${v} (${optionLabel(i, v)})`;
      });
      const text = which.join(', ');
      reasons.push(text.charAt(0).toUpperCase() + text.slice(1));
    }
    const reasonCode = {
      code: 'wellbeing-low' as const,
      params: {
        raw,
        rawBelow: POOR_RAW_BELOW,
        items: low.map((i) => ({ item: i.number, value: values.get(i.linkId)! })),
      },
    };
    const flags: SafetyFlag[] = reasons.length
      ? [{ id: 'poor-wellbeing', reason: reasons.join('; '), reasonCode }]
      : [];
    return {
      instrumentId: who5.id,
      instrumentVersion: who5.version,
      total: raw,
      severity: null,
      subscales: { percentage: raw * 4 },
      flags,
    };
  },
};
