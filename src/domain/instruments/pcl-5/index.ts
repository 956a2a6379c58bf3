/**
 * PCL-5 — PTSD Checklist for DSM-5 (Weathers et al., 2013; National Center for PTSD), standard
 * past-month self-report form, 20 items rated 0–4.
 *
 * Item texts, instructions and answer labels: the standard form as reproduced in stored copies of the
 * National Center for PTSD PDF (no copy on ptsd.va.gov itself was available to check against):
 *  - transcription of "The PTSD Checklist for DSM-5, Version date: 14 August 2013"
 *    (https://pdfslide.us/documents/the-ptsd-checklist-for-dsm-5-the-ptsd-checklist-for-dsm-5version-date-14-august.html;
 *    stored excerpt: instructions, stem, labels, items 1–3) and of the fillable form "PCL-5 (11 April 2018)
 *    National Center for PTSD" (https://fill.io/PTSD-Checklist-For-DSM-5-PCL-5---Fillable-Form; stored
 *    excerpt: instructions, stem, labels, items 1–9). Where both excerpts reach they are word-for-word
 *    identical; neither stored excerpt reaches items 10–20, which rest on the code sources below;
 *  - CamCOPS, ucam-department-of-psychiatry/camcops, server/camcops_server/extra_strings/pcl5.xml
 *    (all 20 items; GPL code transcribing the same NCPTSD PDF);
 *  - SurgicalInformatics/phosp_clean wiki "PCL-5" (REDCap data dictionary, items 1–6),
 *    rhavekost/clinical-toolkit trauma-screening/assets/pcl-5.md (items 1–11), and the English PCL-5
 *    page of epavt.org/guia_eng (items 7–20).
 * Disagreements found, and what was kept:
 *  - item 4 / item 10: CamCOPS reads "4.Feeling …" (missing space) and omits the final "?" on item 10;
 *    every other source has "Feeling very upset …" and ends item 10 with "?": kept the majority.
 *  - item 17: CamCOPS prints typographic quotes (“superalert”), most code straight quotes ("superalert");
 *    the same word either way. Kept the typographic quotes of the PDF transcription.
 *  - item 18: epavt.org prints "Feeling jumpy, or easily startled?"; CamCOPS and six other independent
 *    implementations print "Feeling jumpy or easily startled?": kept the latter.
 *  - instructions: the 2013 and 2018 standard forms say "circle one of the numbers to the right"; a
 *    29 August 2023 revision ("Keeping your worst event in mind, … select one of the numbers …") and the
 *    past-week version word it differently. This module is the 2013/2018 standard past-month wording.
 */
import { itemsOnOneScale, requireComplete, sumOf, validateAnswers } from '../scoring.ts';
import { notFoundInDutch } from '../translations/not-found.ts';
import type { AnswerOption, Answers, InstrumentDefinition, Item, SafetyFlag, Score } from '../types.ts';

const OPTIONS: readonly AnswerOption[] = [
  { value: 0, label: 'Not at all' },
  { value: 1, label: 'A little bit' },
  { value: 2, label: 'Moderately' },
  { value: 3, label: 'Quite a bit' },
  { value: 4, label: 'Extremely' },
];

const ITEM_TEXTS: readonly string[] = [
  'Repeated, disturbing, and unwanted memories of the stressful experience?',
  'Repeated, disturbing dreams of the stressful experience?',
  'Suddenly feeling or acting as if the stressful experience were actually happening again (as if you were actually back there reliving it)?',
  'Feeling very upset when something reminded you of the stressful experience?',
  'Having strong physical reactions when something reminded you of the stressful experience (for example, heart pounding, trouble breathing, sweating)?',
  'Avoiding memories, thoughts, or feelings related to the stressful experience?',
  'Avoiding external reminders of the stressful experience (for example, people, places, conversations, activities, objects, or situations)?',
  'Trouble remembering important parts of the stressful experience?',
  'Having strong negative beliefs about yourself, other people, or the world (for example, having thoughts such as: I am bad, there is something seriously wrong with me, no one can be trusted, the world is completely dangerous)?',
  'Blaming yourself or someone else for the stressful experience or what happened after it?',
  'Having strong negative feelings such as fear, horror, anger, guilt, or shame?',
  'Loss of interest in activities that you used to enjoy?',
  'Feeling distant or cut off from other people?',
  'Trouble experiencing positive feelings (for example, being unable to feel happiness or have loving feelings for people close to you)?',
  'Irritable behavior, angry outbursts, or acting aggressively?',
  'Taking too many risks or doing things that could cause you harm?',
  'Being “superalert” or watchful or on guard?',
  'Feeling jumpy or easily startled?',
  'Having difficulty concentrating?',
  'Trouble falling or staying asleep?',
];

const ITEMS: Item[] = itemsOnOneScale(ITEM_TEXTS, OPTIONS);

const ids = (from: number, to: number): string[] =>
  Array.from({ length: to - from + 1 }, (_, i) => `q${from + i}`);

/** DSM-5 symptom clusters (subscale keys as in the reference), with the symptoms each needs. */
export const PCL5_CLUSTERS = [
  { key: 'B', name: 'intrusion', linkIds: ids(1, 5), needed: 1 },
  { key: 'C', name: 'avoidance', linkIds: ids(6, 7), needed: 1 },
  { key: 'D', name: 'negative alterations in cognitions and mood', linkIds: ids(8, 14), needed: 2 },
  { key: 'E', name: 'alterations in arousal and reactivity', linkIds: ids(15, 20), needed: 2 },
] as const;

/** An item rated at least this (2 = "Moderately") counts as a symptom for the provisional diagnosis. */
export const PCL5_SYMPTOM_THRESHOLD = 2;

const ALL = ids(1, 20);

const REFERENCE = 'Threshold instrument reference (instruments.md, pcl-5)';

export const pcl5: InstrumentDefinition = {
  id: 'pcl-5',
  name: 'PTSD Checklist for DSM-5',
  shortName: 'PCL-5',
  version: 'Standard past-month form, 14 August 2013',
  authors: 'Weathers, F. W., Litz, B. T., Keane, T. M., Palmieri, P. A., Marx, B. P., & Schnurr, P. P.',
  citation: {
    value:
      'Weathers, F. W., Litz, B. T., Keane, T. M., Palmieri, P. A., Marx, B. P., & Schnurr, P. P. (2013). The PTSD Checklist for DSM-5 (PCL-5) – Standard [Measurement instrument]. Available from https://www.ptsd.va.gov/',
    status: 'secondary',
    source:
      'Reference line printed on the form, seen in third-party copies of the NCPTSD PDF (pdfslide.us transcription of the 14 August 2013 form; fill.io copy of the 11 April 2018 form)',
  },
  licence: {
    value: 'Public domain (developed by the US National Center for PTSD)',
    status: 'secondary',
    source: `${REFERENCE}: "developed by the US National Center for PTSD; public domain (secondary)"; also stated on mhscales.com/pcl5`,
  },
  recallPeriod: 'past month',

  languages: ['en'],
  // Dutch: looked for and not installed (see translationRecords); an organization adds its licensed translation.
  translationRecords: [
    notFoundInDutch(
      'held by Arq Psychotrauma Expert Groep, free on registration',
      'Arq Psychotrauma Expert Groep; free on registration',
    ),
  ],
  textSource: {
    value:
      'National Center for PTSD PCL-5 standard form (14 August 2013 / 11 April 2018), as transcribed at pdfslide.us and fill.io (instructions, labels, items 1–9); all 20 items cross-checked against ucam-department-of-psychiatry/camcops server/camcops_server/extra_strings/pcl5.xml and other independent implementations (see the comment at the top of pcl-5/index.ts)',
    status: 'secondary',
    source:
      'Third-party copies of the official form and third-party code; the form on ptsd.va.gov itself was not available to check against',
  },
  instructions:
    'Below is a list of problems that people sometimes have in response to a very stressful experience. Please read each problem carefully and then circle one of the numbers to the right to indicate how much you have been bothered by that problem in the past month.\n\nIn the past month, how much were you bothered by:',
  items: ITEMS,
  scoringRules: [
    'Total = sum of the 20 items (each 0–4), range 0–80.',
    'Cluster subscales are sums: B (intrusion) items 1–5, C (avoidance) items 6–7, D (negative alterations in cognitions and mood) items 8–14, E (alterations in arousal and reactivity) items 15–20.',
    'Provisional DSM-5 PTSD diagnosis: an item rated 2 ("Moderately") or higher counts as a symptom; at least 1 B, 1 C, 2 D and 2 E symptoms raise the provisional-ptsd flag. A provisional diagnosis is not a diagnosis: confirm with a structured clinical interview such as the CAPS-5.',
    'Cut-point for probable PTSD: a total of 31–33 (33 is commonly used). This is a screening cut-point, not a severity band: no empirically derived severity bands exist for the PCL-5, so no severity label is given.',
    'Reliable change: a change of at least 15 points (Marx et al. 2022, Psychol Assess 34:197–203; at least 18 in a second sample), with a clinically significant endpoint of a total ≤ 28.',
    'Minimal important difference: 9–12 points (Blanchard et al. 2023, J Trauma Stress 36:1102–14), a range, not one number.',
    'The often-quoted "5–10 points reliable, 10–20 points clinically significant" change figures belong to the DSM-IV PCL, not to the PCL-5, and are not used.',
    'No standard response or remission definition exists for the PCL-5.',
  ],
  missingRule:
    'No verified missing-item rule for the PCL-5 was found in our sources: scoring needs every one of the 20 items.',
  totalRange: { min: 0, max: 80 },
  bands: null,
  change: {
    better: 'lower',
    response: null,
    remission: null,
    reliableChange: {
      value: { points: 15 },
      status: 'confirmed',
      source:
        'Marx et al. 2022, Psychol Assess 34:197–203 (reliable change ≥ 15 points; ≥ 18 in a second sample; clinically significant endpoint ≤ 28)',
    },
    // Published as a range, not one number.
    mcid: {
      value: { points: 9, upTo: 12 },
      status: 'confirmed',
      source: 'Blanchard et al. 2023, J Trauma Stress 36:1102–14 (minimal important difference 9–12 points)',
    },
    reliability: [
      {
        value: { kind: 'internal-consistency', r: 0.94, sd: null, sample: 'Blevins et al. 2015, N = 278' },
        status: 'confirmed',
        source: `Blevins et al. 2015 (α .94, N = 278), per ${REFERENCE}`,
      },
      {
        value: { kind: 'test-retest', r: 0.82, sd: null, sample: 'Blevins et al. 2015, N = 278' },
        status: 'confirmed',
        source: `Blevins et al. 2015 (test–retest .82, N = 278), per ${REFERENCE}`,
      },
      {
        value: {
          kind: 'internal-consistency',
          r: 0.96,
          sd: null,
          sample: 'Bovin et al. 2016, N = 468 veterans',
        },
        status: 'confirmed',
        source: `Bovin et al. 2016 (α .96, N = 468 veterans), per ${REFERENCE}`,
      },
      {
        value: { kind: 'test-retest', r: 0.84, sd: null, sample: 'Bovin et al. 2016, N = 468 veterans' },
        status: 'confirmed',
        source: `Bovin et al. 2016 (test–retest .84, N = 468 veterans), per ${REFERENCE}`,
      },
    ],
  },
  safety: [
    {
      flag: 'provisional-ptsd',
      description:
        'Provisional DSM-5 PTSD diagnosis: items rated 2 ("Moderately") or higher count as symptoms; raised when there are at least 1 cluster B (items 1–5), 1 cluster C (items 6–7), 2 cluster D (items 8–14) and 2 cluster E (items 15–20) symptoms.',
      status: 'confirmed',
      source: `${REFERENCE}: "an item rated ≥2 counts as a symptom; needs ≥1 B, ≥1 C, ≥2 D, ≥2 E" (confirmed); PCL-5 DSM-5 scoring of the National Center for PTSD (Weathers et al., 2013)`,
    },
  ],
  loinc: { panel: null, total: null },
  score(answers: Answers): Score {
    const values = requireComplete(pcl5, validateAnswers(pcl5, answers));
    const subscales: Record<string, number> = {};
    const counts: Record<string, number> = {};
    for (const cluster of PCL5_CLUSTERS) {
      subscales[cluster.key] = sumOf(values, cluster.linkIds);
      counts[cluster.key] = cluster.linkIds.filter(
        (id) => sumOf(values, [id]) >= PCL5_SYMPTOM_THRESHOLD,
      ).length;
    }
    const flags: SafetyFlag[] = [];
    if (PCL5_CLUSTERS.every((c) => (counts[c.key] ?? 0) >= c.needed)) {
      const detail = PCL5_CLUSTERS.map(
        (c) => `${c.key} ${counts[c.key]} of ${c.linkIds.length} (needs ${c.needed})`,
      ).join(', ');
      flags.push({
        id: 'provisional-ptsd',
        reason: `Provisional DSM-5 PTSD criteria met: symptoms (items rated 2 "Moderately" or higher) per cluster: ${detail}.`,
        reasonCode: {
          code: 'ptsd-clusters',
          params: {
            clusters: PCL5_CLUSTERS.map((c) => ({
              key: c.key,
              count: counts[c.key] ?? 0,
              of: c.linkIds.length,
              needed: c.needed,
            })),
          },
        },
      });
    }
    return {
      instrumentId: pcl5.id,
      instrumentVersion: pcl5.version,
      total: sumOf(values, ALL),
      severity: null,
      subscales,
      flags,
    };
  },
};
