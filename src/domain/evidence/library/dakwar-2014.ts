/** Ketamine in cocaine dependence: the likely paper behind a circulated citation, and its confirmed companion. */
import { defineStudy, names, section } from './define.ts';

const f = section('reference/studies.md §10 (circulated as Dakwar et al. 2014, J Psychoactive Drugs)');
const S = 'Secondary';

export const dakwar2014 = defineStudy({
  id: 'dakwar-2014',
  label: 'Psychoactive effects of ketamine infusions in cocaine dependence (crossover)',
  citation: f.nc(
    {
      id: 'dakwar-2014',
      type: 'article-journal',
      title: 'Therapeutic infusions of ketamine: do the psychoactive effects matter?',
      author: names('Dakwar E, Anerella C, Hart CL, Levin FR, Mathew SJ, Nunes EV'),
      'container-title': 'Drug Alcohol Depend',
      issued: { 'date-parts': [[2014]] },
      volume: '136',
      page: '153-157',
      DOI: '10.1016/j.drugalcdep.2013.12.019',
    },
    'Likely (unverified)',
    'The paper the circulated citation most likely means; not confirmed.',
  ),
  doi: f.nc('10.1016/j.drugalcdep.2013.12.019', 'Likely (unverified)'),
  design: f.s2({ kind: 'crossover', text: 'crossover, ketamine at two doses vs lorazepam' }, S),
  population: f.s2('Cocaine-dependent volunteers', S),
  conditions: f.s2(['cocaine dependence', 'substance use disorders'], S),
  n: f.s2({ started: 8 }, S),
  intervention: {
    drug: f.s2('ketamine', S),
    route: null,
    dose: f.s2('0.41 and 0.71 mg/kg', S),
    sessions: f.nc('Infusions', 'title (unverified)'),
    psychotherapy: null,
  },
  comparator: f.s2('Lorazepam 2 mg', S),
  measures: f.s2(['Hood Mysticism Scale'], S),
  keyFindings: [
    f.s2(
      'Mystical-type effects (Hood Mysticism Scale) were stronger with ketamine than lorazepam and went with more motivation to quit.',
      S,
    ),
  ],
  related: [
    f.c(
      {
        relation: 'companion paper',
        citation: 'Dakwar E, Levin F, Foltin RW, Nunes EV, Hart CL. Biol Psychiatry. 2014;76(1):40–46',
        doi: '10.1016/j.biopsych.2013.08.009',
        studyId: 'dakwar-2014-biol-psychiatry',
      },
      'Companion paper (confirmed)',
    ),
  ],
  circulatedCitations: [
    {
      text:
        'Dakwar, E., Anerella, C., Hart, C. L., et al. (2014). Therapeutic infusions of ketamine: Subjective experiences ' +
        'and qualitative insights into its use in treating addiction. Journal of Psychoactive Drugs, 46(5), 369–378.',
      correction:
        'Journal not confirmed: no such paper was confirmed in J Psychoactive Drugs 46(5):369–378. Likely (unverified) ' +
        'Dakwar E, et al. Therapeutic infusions of ketamine: do the psychoactive effects matter? Drug Alcohol Depend. ' +
        '2014;136:153–157, doi:10.1016/j.drugalcdep.2013.12.019. Confirmed companion: Biol Psychiatry 2014;76(1):40–46.',
      status: 'unverified',
      source: 'reference/source-article.txt (as circulated); reference/studies.md §10',
    },
  ],
});

const c = section('reference/studies.md §10 Companion paper (confirmed)');

export const dakwar2014BiolPsychiatry = defineStudy({
  id: 'dakwar-2014-biol-psychiatry',
  label: 'One ketamine infusion and motivation to quit cocaine, vs lorazepam (companion paper)',
  citation: c.c(
    {
      id: 'dakwar-2014-biol-psychiatry',
      type: 'article-journal',
      author: names('Dakwar E, Levin F, Foltin RW, Nunes EV, Hart CL'),
      'container-title': 'Biol Psychiatry',
      issued: { 'date-parts': [[2014]] },
      volume: '76',
      issue: '1',
      page: '40-46',
      DOI: '10.1016/j.biopsych.2013.08.009',
      PMCID: 'PMC4105157',
    },
    undefined,
    'The reference gives no title for this paper.',
  ),
  doi: c.c('10.1016/j.biopsych.2013.08.009'),
  pmcid: c.c('PMC4105157'),
  design: c.c({ kind: 'other', text: 'comparison of one infusion with lorazepam' }),
  conditions: c.nc(
    ['cocaine dependence', 'substance use disorders'],
    undefined,
    'From the companion study; not stated for this paper in our source',
  ),
  intervention: {
    drug: c.c('ketamine', undefined, 'A companion of the ketamine infusion study'),
    route: null,
    dose: null,
    sessions: c.c('One infusion'),
    psychotherapy: null,
  },
  comparator: c.c('Lorazepam'),
  measures: c.c(['URICA']),
  outcomes: [
    {
      measure: 'URICA (motivation to change)',
      timepoint: 'after one infusion',
      arm: 'ketamine vs lorazepam',
      quantity: 'difference in motivation score (points higher with ketamine)',
      reportedEffect: { type: 'mean difference', value: 3.9, detail: 'p = .012' },
      status: 'confirmed',
      provenance: c.source(),
    },
  ],
  keyFindings: [
    c.c(
      'One ketamine infusion raised motivation to quit (URICA) by 3.9 points more than lorazepam (p = .012).',
    ),
  ],
  related: [
    f.nc({
      relation: 'companion paper',
      citation: 'Drug Alcohol Depend 2014;136:153–157 (likely; unverified)',
      studyId: 'dakwar-2014',
    }),
  ],
});
