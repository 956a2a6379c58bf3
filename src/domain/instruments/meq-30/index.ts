/**
 * MEQ-30 — Revised Mystical Experience Questionnaire (MacLean et al. 2012; stand-alone version validated by
 * Barrett, Johnson & Griffiths 2015, J Psychopharmacol 29:1182–1190). 30 items rated 0–5 about one specific
 * session or experience, looking back on it; four subscale means.
 *
 * Item texts: the paper's appendix itself was not available in any stored source (only the first pages of
 * the article were), so the texts come from third-party copies, cross-checked (status 'secondary'):
 *  - in the stand-alone (administered) order, with subscale letters: a jsPsych questionnaire battery whose
 *    meq_dimensions list (Transcendence_1, PositiveMood_2, Ineffability_3, Mystical_4 …) matches the
 *    reference's item-to-subscale map exactly, and an independent R data-preparation script of a Dutch MEQ30
 *    study (meq30_items, same order and wording, typographic quotes); both drop (nearly all) final full stops;
 *  - grouped by factor (MacLean 2012 layout, with full stops): kevinhabits.com "The 30-item checklist … (the
 *    MEQ30)", spiritwiki.lightningpath.org "Mystical Experience Questionaire 30 Item" (reproduces the MacLean
 *    2012 form and its instructions), vytyls/vytyls-initiative Phase_II_Phenomenology/02_Research/
 *    ceq-meq30-dmt-extracts.md, and a psychology-tools.com derived item table.
 * Disagreements (majority kept):
 *  - item 9: the jsPsych list, the R script and kevinhabits.com all lack the closing parenthesis after
 *    "during your experience"; two adapted lists add ")." Reproduced as the three copies print it, without the
 *    parenthesis: this looks like a typographical slip in the published form; check against the paper.
 *  - item 11 "Loss of usual awareness of where you were." (all but one adapted list, which reads "Loss of your
 *    usual sense of where you were."); item 12 "tranquility" (one adapted list spells "tranquillity"); item 14
 *    "feeling a unity or bond" (one adapted list: "feeling of unity or bond").
 *  - item 18: "“all is One”." (spiritwiki, kevinhabits; the order-preserving lists end without a stop after
 *    the closing quote) vs "“all is One.”" (vytyls, psychology-tools table): kept the former.
 *  - quotation marks: typographic in the R script and the MacLean reproductions, straight in the jsPsych
 *    list; kept typographic.
 * Answer labels: as in Threshold's instrument reference (secondary), which gives the Barrett 2015 wording
 * "Extreme (more than ever before in my life and stronger than 4)" for 5. That exact wording was not found in
 * any stored source: the MacLean 2012 reproductions read "extreme (more than any other time in my life and
 * stronger than 4)" and one jsPsych battery "Extreme (more than any other time in my life)". Label 0 is
 * printed "none; not at all" in every copy seen (the reference writes "None/not at all"); kept the printed
 * semicolon. Some code wrongly uses a 0–4 scale: the MEQ-30 is 0–5.
 * Item-to-subscale map: 'secondary' in the reference (two independent implementations agree, not checked
 * against the paper's appendix); the jsPsych battery above is one of the agreeing implementations.
 */
import { invalid } from '../../errors.ts';
import { itemsOnOneScale, meanOf, requireComplete, validateAnswers } from '../scoring.ts';
import { notFoundInDutch } from '../translations/not-found.ts';
import type { AnswerOption, Answers, InstrumentDefinition, Item, SafetyFlag, Score } from '../types.ts';

const OPTIONS: readonly AnswerOption[] = [
  { value: 0, label: 'None; not at all' },
  { value: 1, label: 'So slight cannot decide' },
  { value: 2, label: 'Slight' },
  { value: 3, label: 'Moderate' },
  { value: 4, label: 'Strong (equivalent in degree to any other strong experience)' },
  { value: 5, label: 'Extreme (more than ever before in my life and stronger than 4)' },
];

/** Items in the administered (stand-alone MEQ30) order. */
const ITEM_TEXTS: readonly string[] = [
  'Loss of your usual sense of time.',
  'Experience of amazement.',
  'Sense that the experience cannot be described adequately in words.',
  'Gain of insightful knowledge experienced at an intuitive level.',
  'Feeling that you experienced eternity or infinity.',
  'Experience of oneness or unity with objects and/or persons perceived in your surroundings.',
  'Loss of your usual sense of space.',
  'Feelings of tenderness and gentleness.',
  // Sic: no closing parenthesis in the copies seen (see the comment at the top of this file).
  'Certainty of encounter with ultimate reality (in the sense of being able to “know” and “see” what is really real at some point during your experience.',
  'Feeling that you could not do justice to your experience by describing it in words.',
  'Loss of usual awareness of where you were.',
  'Feelings of peace and tranquility.',
  'Sense of being “outside of” time, beyond past and future.',
  'Freedom from the limitations of your personal self and feeling a unity or bond with what was felt to be greater than your personal self.',
  'Sense of being at a spiritual height.',
  'Experience of pure being and pure awareness (beyond the world of sense impressions).',
  'Experience of ecstasy.',
  'Experience of the insight that “all is One”.',
  'Being in a realm with no space boundaries.',
  'Experience of oneness in relation to an “inner world” within.',
  'Sense of reverence.',
  'Experience of timelessness.',
  'You are convinced now, as you look back on your experience, that in it you encountered ultimate reality (i.e., that you “knew” and “saw” what was really real).',
  'Feeling that you experienced something profoundly sacred and holy.',
  'Awareness of the life or living presence in all things.',
  'Experience of the fusion of your personal self into a larger whole.',
  'Sense of awe or awesomeness.',
  'Experience of unity with ultimate reality.',
  'Feeling that it would be difficult to communicate your own experience to others who have not had similar experiences.',
  'Feelings of joy.',
];

const ITEMS: Item[] = itemsOnOneScale(ITEM_TEXTS, OPTIONS);

const q = (...numbers: number[]): string[] => numbers.map((n) => `q${n}`);

/**
 * Subscales (keys as in the reference) and their items in administered order. Status 'secondary':
 * two independent implementations agree; not checked against the paper's appendix.
 */
export const MEQ30_SUBSCALES = [
  { key: 'transcendence', label: 'transcendence of time and space', linkIds: q(1, 7, 11, 13, 19, 22) },
  { key: 'positiveMood', label: 'positive mood', linkIds: q(2, 8, 12, 17, 27, 30) },
  { key: 'ineffability', label: 'ineffability', linkIds: q(3, 10, 29) },
  {
    key: 'mystical',
    label: 'mystical',
    linkIds: q(4, 5, 6, 9, 14, 15, 16, 18, 20, 21, 23, 24, 25, 26, 28),
  },
] as const;

/** Highest answer on every item: subscale means and percentages are of this. */
export const MEQ30_ITEM_MAX = 5;

/** A complete mystical experience needs every subscale mean at or above this (60% of the maximum 5). */
export const MEQ30_COMPLETE_MEAN = 3;

const ALL = ITEMS.map((i) => i.linkId);

/**
 * The instrument's own rule (see its safety flag's source): a complete mystical experience is every
 * one of the four subscale means at or above MEQ30_COMPLETE_MEAN. Refuses subscales that are
 * missing or not numbers rather than reading them as "not complete".
 */
export function isCompleteMysticalExperience(subscales: Readonly<Record<string, unknown>>): boolean {
  return MEQ30_SUBSCALES.every((s) => {
    const v = subscales[s.key];
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      throw invalid(`subscales.${s.key}`, 'missing-meq-30-response-cannot');
    }
    return v >= MEQ30_COMPLETE_MEAN;
  });
}

const REFERENCE = 'Threshold instrument reference (instruments.md, meq-30)';

const round2 = (x: number): number => Math.round(x * 100) / 100;

export const meq30: InstrumentDefinition = {
  id: 'meq-30',
  name: 'Revised Mystical Experience Questionnaire',
  shortName: 'MEQ-30',
  version: 'MEQ30 stand-alone version (Barrett, Johnson & Griffiths 2015)',
  authors:
    'MacLean, K. A., Leoutsakos, J.-M. S., Johnson, M. W., & Griffiths, R. R. (2012); Barrett, F. S., Johnson, M. W., & Griffiths, R. R. (2015)',
  citation: {
    value:
      'Barrett FS, Johnson MW, Griffiths RR. Validation of the revised Mystical Experience Questionnaire in experimental sessions with psilocybin. J Psychopharmacol. 2015;29(11):1182-1190. doi:10.1177/0269881115609019',
    status: 'secondary',
    source: `${REFERENCE} (Barrett, Johnson & Griffiths 2015, J Psychopharmacol 29:1182–1190); title, volume and DOI as on the article's first page in stored copies (scribd.com, vdocuments.us, researchgate.net)`,
  },
  licence: {
    value: 'Not verified: no licence statement found',
    status: 'unverified',
    source: `${REFERENCE}: "Licence and LOINC: none found (unverified)"`,
  },
  recallPeriod:
    'One specific experience: the respondent looks back on the entirety of the session being rated (not a period of days or weeks)',

  languages: ['en'],
  // Dutch: looked for and not installed (see translationRecords); an organization adds its licensed translation.
  translationRecords: [notFoundInDutch('no Dutch MEQ-30 copy was found', 'unknown')],
  textSource: {
    value:
      'Third-party copies of the MEQ30, cross-checked (see the comment at the top of meq-30/index.ts): a jsPsych questionnaire battery and an R data-preparation script (administered order); kevinhabits.com, spiritwiki.lightningpath.org and vytyls/vytyls-initiative Phase_II_Phenomenology/02_Research/ceq-meq30-dmt-extracts.md (factor order)',
    status: 'secondary',
    source:
      'The appendix of Barrett, Johnson & Griffiths 2015 (the stand-alone MEQ30) was not available in any stored source; texts are the majority reading of the copies listed',
  },
  instructions:
    'Looking back on the entirety of your session, please rate the degree to which at any time during that session you experienced the following phenomena. Answer each question according to your feelings, thoughts, and experiences at the time of the session. In making each of your ratings, use the following scale:',
  items: ITEMS,
  scoringRules: [
    'Each item is rated 0–5.',
    'Subscale score = mean of its items (0–5): transcendence of time and space (transcendence) items 1, 7, 11, 13, 19, 22; positive mood (positiveMood) items 2, 8, 12, 17, 27, 30; ineffability items 3, 10, 29; mystical items 4, 5, 6, 9, 14, 15, 16, 18, 20, 21, 23, 24, 25, 26, 28. The item-to-subscale map is secondary: two independent implementations agree; not checked against the paper.',
    'A subscale mean is often also reported as a percentage of its maximum (mean ÷ 5 × 100): a mean of 3.0 is 60%.',
    'Total = mean of all 30 items (0–5).',
    'Complete mystical experience: at least 60% of the maximum (a mean of 3.0 or more) on every one of the four subscales.',
    'The MEQ-30 rates one experience: there are no severity bands and no reliable-change, response or remission criteria.',
  ],
  missingRule:
    'No verified missing-item rule for the MEQ-30 was found in our sources: scoring needs every one of the 30 items.',
  totalRange: { min: 0, max: 5 },
  bands: null,
  change: {
    // Higher means a stronger mystical-type experience, which is not "better" as a treatment outcome.
    // No change criteria apply to this one-time state measure.
    better: 'none',
    response: null,
    remission: null,
    reliableChange: null,
    mcid: null,
    // The reference reports good internal consistency (Barrett 2015, n = 184; MacLean 2012, N = 1,602)
    // but the numbers are unverified: none stored.
    reliability: [],
  },
  safety: [
    {
      flag: 'complete-mystical-experience',
      description:
        'Complete mystical experience: every one of the four subscale means is 3.0 or more (at least 60% of the maximum).',
      status: 'secondary',
      source: `${REFERENCE}: "Complete mystical experience: ≥60% of maximum (mean ≥ 3.0) on all four subscales" (secondary); method described in Barrett, Johnson & Griffiths 2015`,
    },
  ],
  loinc: { panel: null, total: null },
  score(answers: Answers): Score {
    const values = requireComplete(meq30, validateAnswers(meq30, answers));
    const subscales: Record<string, number> = {};
    for (const s of MEQ30_SUBSCALES) {
      const mean = meanOf(values, s.linkIds);
      subscales[s.key] = mean;
    }
    const flags: SafetyFlag[] = [];
    if (isCompleteMysticalExperience(subscales)) {
      const detail = MEQ30_SUBSCALES.map((s) => `${s.label} ${round2(subscales[s.key] ?? 0)}`).join(', ');
      flags.push({
        id: 'complete-mystical-experience',
        reason: `Every subscale mean is 3.0 or more (60% of the maximum): ${detail}.`,
      });
    }
    return {
      instrumentId: meq30.id,
      instrumentVersion: meq30.version,
      total: meanOf(values, ALL),
      severity: null,
      subscales,
      flags,
    };
  },
};
