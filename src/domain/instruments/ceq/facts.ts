/**
 * CEQ — Challenging Experience Questionnaire (Barrett, Bradstreet, Leoutsakos, Johnson & Griffiths 2016).
 * What Threshold could check, with where it was checked, and what it could not.
 *
 * Checked (stored copies of the article's first page and abstract):
 *  - title, authors and factors: the author manuscript's first page (fdocuments.us, "The Challenging
 *    Experience Questionnaire: Characterization of challenging experiences with psilocybin mushrooms",
 *    Barrett FS, Bradstreet MP, Leoutsakos J-MS, Johnson MW, Griffiths RR) and the abstract on
 *    medluna.com (PMID 27856683) and pure.johnshopkins.edu: "Seven CEQ factors (grief, fear, death,
 *    insanity, isolation, physical distress, and paranoia)";
 *  - journal, volume issue and pages: pure.johnshopkins.edu (Journal of Psychopharmacology, issue 12,
 *    pages 1279–1295, published 1 December 2016); volume 30 and the DOI 10.1177/0269881116678781 from
 *    citations in public repositories (secondary).
 * Not found in any stored source: the stand-alone CEQ's item texts (Appendix 1 of the supplement), the
 * item-to-factor key, the paper's instructions and answer labels. Public copies mention a 26-item,
 * 0–5 version (one repository note, not the paper): the count and scale are kept 'secondary' and the
 * key and texts come with the organization's licensed copy (see key.ts). Nothing here is invented.
 */
import type { Sourced } from '../types.ts';

export const CEQ_ID = 'ceq';
export const CEQ_SHORT_NAME = 'CEQ';
export const CEQ_VERSION = 'Stand-alone CEQ (Barrett et al. 2016)';

/** The seven factors, in the order the abstract names them (keys are Threshold's). */
export const CEQ_FACTORS = [
  { key: 'grief', label: 'grief' },
  { key: 'fear', label: 'fear' },
  { key: 'death', label: 'death' },
  { key: 'insanity', label: 'insanity' },
  { key: 'isolation', label: 'isolation' },
  { key: 'physicalDistress', label: 'physical distress' },
  { key: 'paranoia', label: 'paranoia' },
] as const;

export type CeqFactorKey = (typeof CEQ_FACTORS)[number]['key'];

export const CEQ_FACTOR_KEYS: readonly CeqFactorKey[] = CEQ_FACTORS.map((f) => f.key);

/** Items in the stand-alone CEQ. */
export const CEQ_ITEM_COUNT = 26;

/** Lowest and highest answer on every item. */
export const CEQ_SCALE = { min: 0, max: 5 } as const;

const ABSTRACT =
  'Barrett et al. 2016, abstract (stored copies: medluna.com/article/27856683, pure.johnshopkins.edu, blossomanalysis.com)';

export const CEQ_FACTS = {
  name: 'Challenging Experience Questionnaire',
  authors:
    'Barrett, F. S., Bradstreet, M. P., Leoutsakos, J.-M. S., Johnson, M. W., & Griffiths, R. R. (2016)',
  citation: {
    value:
      'Barrett FS, Bradstreet MP, Leoutsakos J-MS, Johnson MW, Griffiths RR. The Challenging Experience Questionnaire: Characterization of challenging experiences with psilocybin mushrooms. J Psychopharmacol. 2016;30(12):1279-1295. doi:10.1177/0269881116678781',
    status: 'secondary',
    source:
      "Title and authors: the author manuscript's first page (fdocuments.us); issue 12, pages 1279–1295, 1 Dec 2016: pure.johnshopkins.edu; volume 30 and DOI: citations in public repositories. The article itself was not available in full",
  } satisfies Sourced<string>,
  factors: {
    value: CEQ_FACTORS.map((f) => f.label),
    status: 'confirmed',
    source: `${ABSTRACT}: "Seven CEQ factors (grief, fear, death, insanity, isolation, physical distress, and paranoia)"`,
  } satisfies Sourced<string[]>,
  itemCount: {
    value: CEQ_ITEM_COUNT,
    status: 'secondary',
    source:
      'vytyls/vytyls-initiative Phase_II_Phenomenology/02_Research/ceq-meq30-dmt-extracts.md ("26 items, 7 factors"); not seen in the paper',
  } satisfies Sourced<number>,
  scale: {
    value: CEQ_SCALE,
    status: 'secondary',
    source:
      'vytyls/vytyls-initiative Phase_II_Phenomenology/02_Research/ceq-meq30-dmt-extracts.md ("0–5 in the CEQ papers"); not seen in the paper',
  } satisfies Sourced<{ min: number; max: number }>,
  licence: {
    value: 'Not verified: no licence statement found. The organization uses the copy it holds.',
    status: 'unverified',
    source: 'No licence statement was found in any stored source',
  } satisfies Sourced<string>,
  itemTexts: {
    value:
      'Not shipped: the stand-alone CEQ items (Appendix 1 of the supplement) were not found in two independent copies. The organization imports its licensed copy, with its scoring key.',
    status: 'unverified',
    source: 'Searched stored pages, documentation and code for the item texts; none found',
  } satisfies Sourced<string>,
  scoring: {
    value:
      "Each factor score is the mean of its items (0–5); the total is the mean of all items (0–5). Which item belongs to which factor comes from the organization's licensed copy.",
    status: 'unverified',
    source:
      'The paper reports factor scores; how the stand-alone CEQ total and factor scores are computed was not seen in a stored copy of the paper',
  } satisfies Sourced<string>,
} as const;
