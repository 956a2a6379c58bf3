/** The two 2016 crossover trials of psilocybin in people with cancer: Griffiths and Ross. */
import { defineStudy, names, section } from './define.ts';

const g = section('reference/psilocybin-studies.md Griffiths et al. 2016');

export const griffiths2016 = defineStudy({
  id: 'griffiths-2016',
  label: 'High- vs low-dose psilocybin in life-threatening cancer (crossover)',
  citation: g.c(
    {
      id: 'griffiths-2016',
      type: 'article-journal',
      author: names('Griffiths'),
      'container-title': 'J Psychopharmacol',
      issued: { 'date-parts': [[2016]] },
      volume: '30',
      issue: '12',
      page: '1181-1197',
      DOI: '10.1177/0269881116675513',
      PMID: '27909165',
      PMCID: 'PMC5367557',
    },
    '[C]',
    'The reference gives the first author only ("Griffiths et al.") and no title.',
  ),
  doi: g.c('10.1177/0269881116675513', '[C]'),
  pmid: g.c('27909165', '[C]'),
  pmcid: g.c('PMC5367557', '[C]'),
  design: g.c({ kind: 'crossover', text: 'double-blind crossover, low vs high dose 5 weeks apart' }, '[C]'),
  population: g.u('People with life-threatening cancer', 'heading'),
  conditions: g.u(['life-threatening cancer'], 'heading'),
  n: g.c({ analysed: 51, text: '51 studied' }, '[C]'),
  intervention: {
    drug: g.c('psilocybin', '[C]'),
    route: null,
    dose: g.c('High: 22 or 30 mg/70 kg', '[C]'),
    sessions: g.c('Two sessions (high and low dose) 5 weeks apart', '[C]'),
    psychotherapy: null,
  },
  comparator: g.c('Low dose: 1 or 3 mg/70 kg', '[C]'),
  followUp: g.c('After session 1; 6 months', '[C]'),
  measures: g.c(['GRID-HAMD-17'], '[C]'),
  outcomes: [
    { arm: 'high dose first', quantity: 'response', percent: 92 },
    { arm: 'high dose first', quantity: 'remission', percent: 60 },
    { arm: 'low dose first', quantity: 'response', percent: 32 },
    { arm: 'low dose first', quantity: 'remission', percent: 16 },
  ].map((o) => ({
    ...o,
    measure: 'GRID-HAMD-17',
    timepoint: 'after session 1',
    status: 'confirmed' as const,
    provenance: g.source('[C]'),
  })),
  keyFindings: [
    g.c(
      'After the first session, 92% of the high-dose-first group responded on the GRID-HAMD-17 vs 32% of the low-dose-first group.',
      '[C]',
    ),
    g.c(
      'At 6 months, response/remission figures of 79%/71% and 77%/59% are reported (our source does not tie each pair to a group).',
      '[C]',
    ),
    g.c('The mystical-type experience mediated the effect of dose.', '[C]'),
  ],
});

const r = section('reference/psilocybin-studies.md Ross et al. 2016');

export const ross2016 = defineStudy({
  id: 'ross-2016',
  label: 'Single-dose psilocybin vs niacin for cancer-related anxiety and depression (crossover)',
  citation: r.c(
    {
      id: 'ross-2016',
      type: 'article-journal',
      author: names('Ross'),
      'container-title': 'J Psychopharmacol',
      issued: { 'date-parts': [[2016]] },
      volume: '30',
      issue: '12',
      page: '1165-1180',
      DOI: '10.1177/0269881116675512',
      PMID: '27909164',
    },
    '[C]',
    'The reference gives the first author only ("Ross et al.") and no title.',
  ),
  doi: r.c('10.1177/0269881116675512', '[C]'),
  pmid: r.c('27909164', '[C]'),
  design: r.c({ kind: 'crossover', text: 'crossover, psilocybin vs niacin' }, '[C]'),
  population: r.u('People with cancer-related anxiety and depression', 'heading'),
  conditions: r.u(
    ['cancer-related anxiety', 'cancer-related depression', 'anxiety', 'depression'],
    'heading',
  ),
  n: r.c({ started: 29 }, '[C]'),
  intervention: {
    drug: r.c('psilocybin', '[C]'),
    route: null,
    dose: r.c('Single 0.3 mg/kg', '[C]'),
    sessions: r.c('Single dose', '[C]'),
    psychotherapy: r.c('Psychotherapy with both psilocybin and niacin', '[C]'),
  },
  comparator: r.c('Niacin, with psychotherapy', '[C]'),
  followUp: r.c('6.5 months', '[C]'),
  outcomes: [
    {
      measure: 'anxiety and depression (scales not named in our source)',
      timepoint: '6.5 months',
      arm: 'participants',
      quantity: 'kept clinically significant reductions (range as reported)',
      percent: 60,
      percentUpTo: 80,
      status: 'confirmed',
      provenance: r.source('[C]'),
    },
  ],
  keyFindings: [
    r.c('At 6.5 months, 60–80% kept clinically significant reductions in anxiety and depression.', '[C]'),
  ],
});
