/**
 * PHQ-9, Patient Health Questionnaire-9 (Kroenke, Spitzer & Williams), English.
 *
 * Item texts, instructions and answer labels are the current Pfizer English form (the one that carries
 * "No permission required to reproduce, translate, display or distribute", distributed via
 * phqscreeners.com). No stored copy of that PDF itself was available, so the text is taken from
 * secondary copies and its status is 'secondary':
 *   1. https://therandomtandem.com/mood-screening-questionnaire-printable-4892: a full transcription of
 *      the form, including item 10 and the Pfizer statement (stored public page);
 *   2. DouglasNeuroInformatics/OpenDataCapture, packages/instrument-library/src/forms/PHQ_9/index.ts:
 *      items 1–9 and the instruction sentence character for character identical to (1), em dashes
 *      included; answer labels capitalised there ("Not at All", "Several Days"), which the form does not
 *      do; item 10 is worded without "If you checked off any problems," there;
 *   3. https://www.scribd.com/document/724517444 (OCR of the PHQ-9/GAD-7 form): agrees with (1) on the
 *      points where editions differ ("noticed? Or the opposite — being", "better off dead or of hurting
 *      yourself in some way", "If you checked off any problems, how difficult have these problems…");
 *   4. https://wikimsk.org/wiki/WikiMSK:Calculators/PHQ-9: items 1–9 as in (1) (em dashes garbled there).
 * Disagreements, none adopted:
 *   - HL7 US Core (HL7/US-Core input/examples/QuestionnaireResponse-phq-9-example.json) and LOINC's
 *     44249-1 panel use the older Pfizer wording (the sheet marked "Copyright © 1999 Pfizer Inc.",
 *     OCR at https://www.scribd.com/document/644753360):
 *     item 8 "…could have noticed. Or the opposite-being so fidgety…", item 9 "…better off dead, or of
 *     hurting yourself in some way", item 6 "yourself-or that", and add "?" to items 1–2; item 10 there
 *     reads "How difficult have these problems made it…" without the opening clause.
 *   - The printed form adds a paper-only direction after the instruction sentence, "(Use “…” to
 *     indicate your answer)"; the tick glyph is lost in every stored copy, so it is not reproduced
 *     here.
 */
import { bandFor, optionLabel, requireComplete, scoredLinkIds, sumOf, validateAnswers } from '../scoring.ts';
import type { AnswerOption, InstrumentDefinition, Item, SafetyFlag, Score, Sourced } from '../types.ts';
import { PHQ9_DUTCH } from './dutch.ts';

/** Where the facts not tied to a named paper were recorded: Threshold's questionnaire-facts reference. */
const REFERENCE = "Threshold's questionnaire-facts reference (PHQ-9 section)";

const TEXT_SOURCE =
  'Current Pfizer English PHQ-9 form (phqscreeners.com), taken from secondary copies: ' +
  'therandomtandem.com/mood-screening-questionnaire-printable-4892 (full transcription); ' +
  'DouglasNeuroInformatics/OpenDataCapture packages/instrument-library/src/forms/PHQ_9/index.ts (items 1–9 identical); ' +
  'scribd.com/document/724517444 (OCR of the form). HL7 US Core / LOINC 44249-1 carry the older Pfizer wording of items 6, 8 and 9 (scribd.com/document/644753360, marked Copyright 1999 Pfizer Inc.).';

const HL7_US_CORE_PHQ9 =
  'HL7/US-Core input/examples/Questionnaire-phq-9-example.json and QuestionnaireResponse-phq-9-example.json (LOINC 44249-1)';

const loincAnswer = (code: string, status: Sourced<string>['status'], source: string): Sourced<string> => ({
  value: code,
  status,
  source,
});

/** Items 1–9: printed column headings, scored 0–3. */
const FREQUENCY: AnswerOption[] = [
  {
    value: 0,
    label: 'Not at all',
    loinc: loincAnswer('LA6568-5', 'confirmed', `${REFERENCE}; ${HL7_US_CORE_PHQ9}`),
  },
  {
    value: 1,
    label: 'Several days',
    loinc: loincAnswer('LA6569-3', 'confirmed', `${REFERENCE}; ${HL7_US_CORE_PHQ9}`),
  },
  {
    value: 2,
    label: 'More than half the days',
    loinc: loincAnswer('LA6570-1', 'confirmed', `${REFERENCE}; ${HL7_US_CORE_PHQ9}`),
  },
  {
    value: 3,
    label: 'Nearly every day',
    // Unverified in the reference. HL7 US Core's Questionnaire-phq-9-example.json does pair LA6571-9 with
    // "Nearly every day"; the status is left as the reference gives it, not upgraded here.
    loinc: loincAnswer('LA6571-9', 'unverified', REFERENCE),
  },
];

/**
 * Item 10 answers, as printed. The form prints no numbers for them; 0–3 are Threshold's storage codes
 * in printed order (OpenDataCapture uses the same). The item is never scored.
 */
const DIFFICULTY: AnswerOption[] = [
  { value: 0, label: 'Not difficult at all' },
  { value: 1, label: 'Somewhat difficult' },
  { value: 2, label: 'Very difficult' },
  { value: 3, label: 'Extremely difficult' },
];

const itemLoinc = (code: string): Sourced<string> => ({
  value: code,
  status: 'confirmed',
  source: `${REFERENCE}; ${HL7_US_CORE_PHQ9}`,
});

const scoredItem = (number: number, text: string, loinc: string): Item => ({
  linkId: `q${number}`,
  number,
  text,
  options: FREQUENCY,
  required: true,
  scored: true,
  loinc: itemLoinc(loinc),
});

const ITEMS: Item[] = [
  scoredItem(1, 'Little interest or pleasure in doing things', '44250-9'),
  scoredItem(2, 'Feeling down, depressed, or hopeless', '44255-8'),
  scoredItem(3, 'Trouble falling or staying asleep, or sleeping too much', '44259-0'),
  scoredItem(4, 'Feeling tired or having little energy', '44254-1'),
  scoredItem(5, 'Poor appetite or overeating', '44251-7'),
  scoredItem(
    6,
    'Feeling bad about yourself — or that you are a failure or have let yourself or your family down',
    '44258-2',
  ),
  scoredItem(
    7,
    'Trouble concentrating on things, such as reading the newspaper or watching television',
    '44252-5',
  ),
  scoredItem(
    8,
    'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual',
    '44253-3',
  ),
  scoredItem(9, 'Thoughts that you would be better off dead or of hurting yourself in some way', '44260-8'),
  {
    linkId: 'difficulty',
    number: 10,
    text: 'If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?',
    options: DIFFICULTY,
    required: false,
    scored: false,
    loinc: {
      value: '69722-7',
      status: 'confirmed',
      source: `${REFERENCE}; ${HL7_US_CORE_PHQ9}`,
    },
  },
];

const SCORED = scoredLinkIds(ITEMS);
const ITEM_9 = ITEMS.find((i) => i.linkId === 'q9')!;
/** Item 9 above 0 raises the suicide-risk flag (the safety rule below; score() applies it). */
const ITEM_9_TRIGGER = { linkId: 'q9', minValue: 1 } as const;

export const phq9: InstrumentDefinition = {
  id: 'phq-9',
  name: 'Patient Health Questionnaire-9',
  shortName: 'PHQ-9',
  // The form prints no edition number. '1' is the first Threshold encoding of the current Pfizer English
  // form (wording as on phqscreeners.com, see the header); a change of wording must get a new version.
  version: '1',
  authors:
    'Kurt Kroenke, Robert L. Spitzer, Janet B. W. Williams (developed with an educational grant from Pfizer Inc.)',
  citation: {
    value:
      'Kroenke K, Spitzer RL, Williams JBW. The PHQ-9: validity of a brief depression severity measure. J Gen Intern Med. 2001;16(9):606–613. doi:10.1046/j.1525-1497.2001.016009606.x',
    status: 'secondary',
    source: 'Secondary copies of the citation (public code and pages); the paper itself was not consulted',
  },
  licence: {
    value: 'No permission required to reproduce, translate, display or distribute',
    status: 'confirmed',
    source: `Pfizer Inc. statement printed on the form ("Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc."), quoted in HL7 US Core according to ${REFERENCE}`,
  },
  recallPeriod: 'last 2 weeks',
  languages: ['en'],
  // Dutch: looked for and not installed (see translationRecords); an organization adds its licensed translation.
  translationRecords: [PHQ9_DUTCH],
  textSource: { value: TEXT_SOURCE, status: 'secondary', source: TEXT_SOURCE },
  instructions: 'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
  items: ITEMS,
  scoringRules: [
    'Items 1–9 are each scored 0 (Not at all), 1 (Several days), 2 (More than half the days) or 3 (Nearly every day).',
    'Total = sum of items 1–9, range 0–27.',
    'Item 10 (how difficult these problems have made things) is asked but not scored: it never changes the total.',
    'Severity from the total: 0–4 minimal, 5–9 mild, 10–14 moderate, 15–19 moderately severe, 20–27 severe.',
    'Item 9 answered above 0 (thoughts of being better off dead or of self-harm) raises the suicide-risk flag whatever the total.',
  ],
  missingRule:
    'No rule for scoring with unanswered items is verified in our sources for the PHQ-9: every scored item (1–9) must be answered, and scoring is refused otherwise. Item 10 may be left blank.',
  totalRange: { min: 0, max: 27 },
  bands: {
    value: [
      { min: 0, max: 4, label: 'minimal' },
      { min: 5, max: 9, label: 'mild' },
      { min: 10, max: 14, label: 'moderate' },
      { min: 15, max: 19, label: 'moderately severe' },
      { min: 20, max: 27, label: 'severe' },
    ],
    status: 'confirmed',
    source: `${REFERENCE} (confirmed there; the primary document is not named in it)`,
  },
  change: {
    better: 'lower',
    response: {
      value: { percent: 50 },
      status: 'confirmed',
      source: 'NCQA HEDIS; CMS159 measure (response = ≥ 50% reduction from baseline)',
    },
    // "Remission = total < 5"; totals are whole numbers, so at or below 4.
    remission: {
      value: { maxTotal: 4 },
      status: 'confirmed',
      source: 'NCQA HEDIS; CMS159 measure (remission = total < 5)',
    },
    // The reference names 5 points as the PHQ-9's published fixed threshold, to take precedence over a
    // computed Jacobson–Truax RCI. Löwe et al. report it as the minimal clinically important individual
    // change, which is why it also fills `mcid`.
    reliableChange: {
      value: { points: 5 },
      status: 'confirmed',
      source:
        "Löwe et al. 2004, Med Care 42:1194–1201 (minimal clinically important individual change = 5 points); named as the PHQ-9 fixed threshold in Threshold's questionnaire-facts reference",
    },
    mcid: {
      value: { points: 5 },
      status: 'confirmed',
      source: 'Löwe et al. 2004, Med Care 42:1194–1201',
    },
    reliability: [
      {
        value: { kind: 'internal-consistency', r: 0.89, sd: null, sample: 'Kroenke et al. 2001, N = 6,000' },
        status: 'secondary',
        source: 'Kroenke et al. 2001, J Gen Intern Med 16:606–613 (α .89)',
      },
      {
        value: { kind: 'test-retest', r: 0.84, sd: null, sample: 'not recorded' },
        status: 'unverified',
        source: `${REFERENCE} (test–retest .84, unverified; no source named)`,
      },
    ],
  },
  safety: [
    {
      flag: 'suicide-risk',
      item: ITEM_9_TRIGGER,
      description:
        'Item 9 (thoughts that you would be better off dead or of hurting yourself) answered above 0 needs follow-up whatever the total.',
      status: 'secondary',
      source: `${REFERENCE} (secondary)`,
    },
  ],
  loinc: {
    panel: { value: '44249-1', status: 'confirmed', source: `${REFERENCE}; ${HL7_US_CORE_PHQ9}` },
    total: { value: '44261-6', status: 'confirmed', source: `${REFERENCE}; ${HL7_US_CORE_PHQ9}` },
  },
  score(answers): Score {
    const values = requireComplete(phq9, validateAnswers(phq9, answers));
    const total = sumOf(values, SCORED);
    const flags: SafetyFlag[] = [];
    const item9 = values.get(ITEM_9_TRIGGER.linkId)!;
    if (item9 >= ITEM_9_TRIGGER.minValue) {
      flags.push({
        id: 'suicide-risk',
        reason: `Item 9 answered ${item9} (${optionLabel(ITEM_9, item9)})`,
        reasonCode: { code: 'item-answered', params: { item: 9, value: item9 } },
      });
    }
    return {
      instrumentId: phq9.id,
      instrumentVersion: phq9.version,
      total,
      severity: bandFor(phq9.bands?.value, total),
      subscales: {},
      flags,
    };
  },
};
