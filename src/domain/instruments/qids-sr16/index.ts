/**
 * QIDS-SR16 — Quick Inventory of Depressive Symptomatology, Self-Report, 16 items (Rush et al. 2003),
 * each rated 0–3 with its own answer texts; scored over the nine DSM symptom domains.
 *
 * Item texts, answer texts and instructions: the official English form on ids-qids.org could not be found
 * in any stored source, so every text here is taken from third-party implementations and cross-checked
 * across the independent ones (status 'secondary'):
 *  - A  nivlab/jspsych-demos survey-qids plugin (jsPsych, cites Rush et al. 2003);
 *  - B  jtopczewski/MindfulSelf public/src/QIDS_items.js (item 12 missing there: an indexing bug);
 *  - C  DrugNerdsLab survey database builder (Balazs Szigeti, MIT; adds "(about 1kg)" to the weight items:
 *       a local adaptation, not used for those words);
 *  - D  a React Native app's QIDSForm1 (TypeScript, item headings "1. Falling Asleep:" …);
 *  - E  an AngularJS app's QuestionnaireText service (several forks of one code base, counted once);
 *  - F  a Flask and a plain JavaScript quiz ("hdrsQuestions"; one author, counted once);
 *  - G  an IDS-SR30 jsPsych implementation (the QIDS-SR16 items are drawn from the IDS-SR30; used only as
 *       a further check of the shared answer texts).
 * Item headings follow D, which agrees with A, the counsellingresource.com QIDS-SR page and the other
 * listings on every word (A capitalises "Feeling Slowed Down:"/"Feeling Restless:"; D and E do not).
 * Disagreements (majority kept; the minority is listed so a check against the official form can settle it):
 *  - 5/3  "nearly all of the time" (A B C D F G) vs "nearly all the time" (E).
 *  - 7/0  "There is no change from my usual appetite." (B C D E F) vs "… in my usual appetite" (A, which
 *         repeats item 6's text there).
 *  - 7/3  "overeat both at mealtime" (B C D E F G) vs "overeat at mealtime" (A).
 *  - 8/1, 9/1  "I feel as if I've had …" (B C D F G) vs "I feel as if I have had …" (A E).
 *  - 10/3 "cannot make even minor decisions" (A B C D F G) vs "cannot even make minor decisions" (E).
 *  - 12/3 "plans for suicide or have actually tried" (A C D F G) vs "plans for suicide, or have" (E).
 *  - 14/2 "(for example, shopping, homework, cooking, or going to work)" (A B E and two more apps) vs
 *         "cooking or going to work" (C D F G and one more app): a near tie on the serial comma; kept the comma.
 *  - apostrophes: B and C print typographic ’ (as pasted from a PDF), the others straight '; kept '.
 * Instructions: a React Native app's QIDS-SR screens and an unrelated PHP form generator print "Please choose
 * the one response to each item that best describes you for the past seven days."; A prints the same without
 * "Please". These are electronic
 * renderings; the verb on the paper form ("circle"/"check") and any "During the past seven days…" stem
 * could not be checked, so only this sentence is kept.
 * One reproduction (scales.arabpsychology.com) shows "Please Complete Either 6 or 7 (Not Both)" before the
 * appetite items; no other source has it and it is not reproduced here (see missingRule).
 */
import { bandFor, maxOf, optionLabel, requireComplete, sumOf, validateAnswers } from '../scoring.ts';
import { notFoundInDutch } from '../translations/not-found.ts';
import type { Answers, InstrumentDefinition, Item, SafetyFlag, Score, SeverityBand } from '../types.ts';

const ITEM_DEFS: ReadonlyArray<{ text: string; options: readonly [string, string, string, string] }> = [
  {
    text: 'Falling Asleep:',
    options: [
      'I never take longer than 30 minutes to fall asleep.',
      'I take at least 30 minutes to fall asleep, less than half the time.',
      'I take at least 30 minutes to fall asleep, more than half the time.',
      'I take more than 60 minutes to fall asleep, more than half the time.',
    ],
  },
  {
    text: 'Sleep During the Night:',
    options: [
      'I do not wake up at night.',
      'I have a restless, light sleep with a few brief awakenings each night.',
      'I wake up at least once a night, but I go back to sleep easily.',
      'I awaken more than once a night and stay awake for 20 minutes or more, more than half the time.',
    ],
  },
  {
    text: 'Waking Up Too Early:',
    options: [
      'Most of the time, I awaken no more than 30 minutes before I need to get up.',
      'More than half the time, I awaken more than 30 minutes before I need to get up.',
      'I almost always awaken at least one hour or so before I need to, but I go back to sleep eventually.',
      "I awaken at least one hour before I need to, and can't go back to sleep.",
    ],
  },
  {
    text: 'Sleeping Too Much:',
    options: [
      'I sleep no longer than 7-8 hours/night, without napping during the day.',
      'I sleep no longer than 10 hours in a 24-hour period including naps.',
      'I sleep no longer than 12 hours in a 24-hour period including naps.',
      'I sleep longer than 12 hours in a 24-hour period including naps.',
    ],
  },
  {
    text: 'Feeling Sad:',
    options: [
      'I do not feel sad.',
      'I feel sad less than half the time.',
      'I feel sad more than half the time.',
      'I feel sad nearly all of the time.',
    ],
  },
  {
    text: 'Decreased Appetite:',
    options: [
      'There is no change in my usual appetite.',
      'I eat somewhat less often or lesser amounts of food than usual.',
      'I eat much less than usual and only with personal effort.',
      'I rarely eat within a 24-hour period, and only with extreme personal effort or when others persuade me to eat.',
    ],
  },
  {
    text: 'Increased Appetite:',
    options: [
      'There is no change from my usual appetite.',
      'I feel a need to eat more frequently than usual.',
      'I regularly eat more often and/or greater amounts of food than usual.',
      'I feel driven to overeat both at mealtime and between meals.',
    ],
  },
  {
    text: 'Decreased Weight (Within the Last Two Weeks):',
    options: [
      'I have not had a change in my weight.',
      "I feel as if I've had a slight weight loss.",
      'I have lost 2 pounds or more.',
      'I have lost 5 pounds or more.',
    ],
  },
  {
    text: 'Increased Weight (Within the Last Two Weeks):',
    options: [
      'I have not had a change in my weight.',
      "I feel as if I've had a slight weight gain.",
      'I have gained 2 pounds or more.',
      'I have gained 5 pounds or more.',
    ],
  },
  {
    text: 'Concentration/Decision Making:',
    options: [
      'There is no change in my usual capacity to concentrate or make decisions.',
      'I occasionally feel indecisive or find that my attention wanders.',
      'Most of the time, I struggle to focus my attention or to make decisions.',
      'I cannot concentrate well enough to read or cannot make even minor decisions.',
    ],
  },
  {
    text: 'View of Myself:',
    options: [
      'I see myself as equally worthwhile and deserving as other people.',
      'I am more self-blaming than usual.',
      'I largely believe that I cause problems for others.',
      'I think almost constantly about major and minor defects in myself.',
    ],
  },
  {
    text: 'Thoughts of Death or Suicide:',
    options: [
      'I do not think of suicide or death.',
      "I feel that life is empty or wonder if it's worth living.",
      'I think of suicide or death several times a week for several minutes.',
      'I think of suicide or death several times a day in some detail, or I have made specific plans for suicide or have actually tried to take my life.',
    ],
  },
  {
    text: 'General Interest:',
    options: [
      'There is no change from usual in how interested I am in other people or activities.',
      'I notice that I am less interested in people or activities.',
      'I find I have interest in only one or two of my formerly pursued activities.',
      'I have virtually no interest in formerly pursued activities.',
    ],
  },
  {
    text: 'Energy Level:',
    options: [
      'There is no change in my usual level of energy.',
      'I get tired more easily than usual.',
      'I have to make a big effort to start or finish my usual daily activities (for example, shopping, homework, cooking, or going to work).',
      "I really cannot carry out most of my usual daily activities because I just don't have the energy.",
    ],
  },
  {
    text: 'Feeling slowed down:',
    options: [
      'I think, speak, and move at my usual rate of speed.',
      'I find that my thinking is slowed down or my voice sounds dull or flat.',
      "It takes me several seconds to respond to most questions and I'm sure my thinking is slowed.",
      'I am often unable to respond to questions without extreme effort.',
    ],
  },
  {
    text: 'Feeling restless:',
    options: [
      'I do not feel restless.',
      "I'm often fidgety, wringing my hands, or need to shift how I am sitting.",
      'I have impulses to move about and am quite restless.',
      'At times, I am unable to stay seated and need to pace around.',
    ],
  },
];

const ITEMS: Item[] = ITEM_DEFS.map((def, i) => ({
  linkId: `q${i + 1}`,
  number: i + 1,
  text: def.text,
  options: def.options.map((label, value) => ({ value, label })),
  required: true,
  scored: true,
}));

/** The nine DSM symptom domains (subscale keys as in the reference) and how each is taken from its items. */
export const QIDS_SR16_DOMAINS = [
  { key: 'sleep', linkIds: ['q1', 'q2', 'q3', 'q4'], rule: 'max' },
  { key: 'sadMood', linkIds: ['q5'], rule: 'item' },
  { key: 'appetiteWeight', linkIds: ['q6', 'q7', 'q8', 'q9'], rule: 'max' },
  { key: 'concentration', linkIds: ['q10'], rule: 'item' },
  { key: 'selfView', linkIds: ['q11'], rule: 'item' },
  { key: 'suicidalIdeation', linkIds: ['q12'], rule: 'item' },
  { key: 'interest', linkIds: ['q13'], rule: 'item' },
  { key: 'energy', linkIds: ['q14'], rule: 'item' },
  { key: 'psychomotor', linkIds: ['q15', 'q16'], rule: 'max' },
] as const;

const BANDS: SeverityBand[] = [
  { min: 0, max: 5, label: 'none' },
  { min: 6, max: 10, label: 'mild' },
  { min: 11, max: 15, label: 'moderate' },
  { min: 16, max: 20, label: 'severe' },
  { min: 21, max: 27, label: 'very severe' },
];

const REFERENCE = 'Threshold instrument reference (instruments.md, qids-sr16)';

/** Item 12 above 0 raises the suicide-risk flag (the safety rule below; score() applies it). */
const ITEM_12_TRIGGER = { linkId: 'q12', minValue: 1 } as const;

export const qidsSr16: InstrumentDefinition = {
  id: 'qids-sr16',
  name: 'Quick Inventory of Depressive Symptomatology, Self-Report (16 items)',
  shortName: 'QIDS-SR16',
  version: 'English self-report, 16 items (Rush et al. 2003)',
  authors:
    'Rush, A. J., Trivedi, M. H., Ibrahim, H. M., Carmody, T. J., Arnow, B., Klein, D. N., Markowitz, J. C., Ninan, P. T., Kornstein, S., Manber, R., Thase, M. E., Kocsis, J. H., & Keller, M. B.',
  citation: {
    value:
      'Rush AJ, Trivedi MH, Ibrahim HM, Carmody TJ, Arnow B, Klein DN, Markowitz JC, Ninan PT, Kornstein S, Manber R, Thase ME, Kocsis JH, Keller MB. The 16-Item Quick Inventory of Depressive Symptomatology (QIDS), clinician rating (QIDS-C), and self-report (QIDS-SR): a psychometric evaluation in patients with chronic major depression. Biol Psychiatry. 2003;54(5):573-583. doi:10.1016/s0006-3223(02)01866-8',
    status: 'secondary',
    source: `${REFERENCE} (Rush et al. 2003, Biol Psychiatry 54:573–583); full reference as cited by the nivlab/jspsych-demos survey-qids plugin and guidelinecentral.com; the paper itself was not checked`,
  },
  licence: {
    value: 'Not verified',
    status: 'unverified',
    source: `${REFERENCE}: "Licence and LOINC: unverified". Third-party pages describe the QIDS-SR as free to use; no licence statement from the authors was seen`,
  },
  recallPeriod: 'past 7 days',

  languages: ['en'],
  // Dutch: looked for and not installed (see translationRecords); an organization adds its licensed translation.
  translationRecords: [notFoundInDutch('no Dutch QIDS-SR16 copy was found', 'unknown')],
  textSource: {
    value:
      'Third-party implementations, cross-checked (see the comment at the top of qids-sr16/index.ts): nivlab/jspsych-demos survey-qids plugin; jtopczewski/MindfulSelf public/src/QIDS_items.js; DrugNerdsLab survey builder; a React Native QIDSForm1; an AngularJS QuestionnaireText service; a Flask/JavaScript quiz; an IDS-SR30 jsPsych item list',
    status: 'secondary',
    source:
      'The official QIDS-SR16 English form (ids-qids.org) was not found in any stored source; texts are the majority reading of independent third-party code, with minority readings noted in code comments',
  },
  instructions:
    'Please choose the one response to each item that best describes you for the past seven days.',
  items: ITEMS,
  scoringRules: [
    'Each item is rated 0–3. The 16 items cover the nine DSM symptom domains; each domain scores 0–3.',
    'Sleep = the highest of items 1–4; sad mood = item 5; appetite/weight = the highest of items 6–9; concentration = item 10; view of self = item 11; suicidal ideation = item 12; interest = item 13; energy = item 14; psychomotor = the highest of items 15–16.',
    'Total = sum of the nine domain scores, range 0–27. It is not the sum of the 16 items.',
    'Severity: 0–5 none, 6–10 mild, 11–15 moderate, 16–20 severe, 21–27 very severe.',
    'Response = at least a 50% reduction of the total from baseline; remission = total ≤ 5 (Trivedi et al. 2006, STAR*D).',
    'Any answer above 0 on item 12 (thoughts of death or suicide) raises the suicide-risk flag whatever the total (a Threshold safety rule, not a published QIDS-SR16 cut-off).',
  ],
  missingRule:
    'No verified missing-item rule for the QIDS-SR16 was found in our sources: scoring needs every one of the 16 items. One reproduction of the form asks respondents to complete either item 6 or 7 (not both); that instruction was not verified and is not shown. Threshold asks for all four appetite/weight items: the appetite/weight domain is the highest of items 6–9, so a 0 ("no change") on the item whose direction does not apply leaves the domain unchanged.',
  totalRange: { min: 0, max: 27 },
  bands: {
    value: BANDS,
    status: 'confirmed',
    source: `ids-qids.org, per ${REFERENCE}: "0–5 none, 6–10 mild, 11–15 moderate, 16–20 severe, 21–27 very severe (confirmed, ids-qids.org)"`,
  },
  change: {
    better: 'lower',
    response: {
      value: { percent: 50 },
      status: 'confirmed',
      source:
        'STAR*D, Trivedi et al. 2006, Am J Psychiatry 163:28–40 (response = ≥ 50% reduction from baseline)',
    },
    remission: {
      value: { maxTotal: 5 },
      status: 'confirmed',
      source: 'STAR*D, Trivedi et al. 2006, Am J Psychiatry 163:28–40 (remission = QIDS-SR16 ≤ 5)',
    },
    reliableChange: null,
    mcid: null,
    reliability: [
      {
        value: { kind: 'internal-consistency', r: 0.86, sd: null, sample: 'Rush et al. 2003, N = 596' },
        status: 'confirmed',
        source: `Rush et al. 2003 (α .86, N = 596), per ${REFERENCE}; test–retest reliability unverified, not stored`,
      },
    ],
  },
  safety: [
    {
      flag: 'suicide-risk',
      item: ITEM_12_TRIGGER,
      description: 'Item 12 (thoughts of death or suicide) answered above 0: follow up whatever the total.',
      status: 'unverified',
      source: `${REFERENCE}: "Item 12 > 0: flag suicide-risk" (a Threshold safety rule; the reference gives no status or published source for it)`,
    },
  ],
  loinc: { panel: null, total: null },
  score(answers: Answers): Score {
    const values = requireComplete(qidsSr16, validateAnswers(qidsSr16, answers));
    const subscales: Record<string, number> = {};
    for (const domain of QIDS_SR16_DOMAINS) {
      subscales[domain.key] =
        domain.rule === 'max' ? maxOf(values, domain.linkIds) : sumOf(values, domain.linkIds);
    }
    const total = QIDS_SR16_DOMAINS.reduce((sum, d) => sum + (subscales[d.key] ?? 0), 0);
    const flags: SafetyFlag[] = [];
    const item12 = sumOf(values, [ITEM_12_TRIGGER.linkId]);
    if (item12 >= ITEM_12_TRIGGER.minValue) {
      const item = qidsSr16.items[11]!;
      flags.push({
        id: 'suicide-risk',
        reason: `Item 12 (${item.text.replace(/:$/, '')}) answered ${item12} (${optionLabel(item, item12)})`,
        reasonCode: { code: 'item-answered', params: { item: 12, value: item12 } },
      });
    }
    return {
      instrumentId: qidsSr16.id,
      instrumentVersion: qidsSr16.version,
      total,
      severity: bandFor(BANDS, total),
      subscales,
      flags,
    };
  },
};
