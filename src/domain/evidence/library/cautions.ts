/** The two cautions the psilocybin reference requires wherever its studies are pooled or compared. */
import type { Caution } from '../types.ts';

const SRC = 'reference/psilocybin-studies.md — "Two cautions"';

export const BMJ_2024_CONCERN: Caution = {
  id: 'bmj-2024-expression-of-concern',
  text:
    'The BMJ 2024 meta-analysis of psilocybin (Metaxa & Clarke, doi:10.1136/bmj-2023-078084) carries an ' +
    'expression of concern: an error in its standardised mean differences probably overstated the benefit. ' +
    'Do not use its pooled estimate.',
  status: 'confirmed',
  source: SRC,
};

export const CONTROL_ARM_INFLATION: Caution = {
  id: 'psilocybin-control-arm-response',
  text:
    'Control arms in psilocybin trials improve much less than control arms in SSRI or esketamine trials ' +
    '(Hieronymus et al. 2025: control-arm response 19% vs 33% and 42%), so between-group differences look ' +
    "larger than for other treatments. Compare a program's within-group change with the trials' " +
    'psilocybin-arm change, not with the between-group difference.',
  status: 'secondary',
  source: `${SRC}; Hieronymus et al., JAMA Netw Open 2025, PMID 40736734 [C2]`,
};

/** Both, for pooled estimates and for trials read alongside them. */
export const POOLING_CAUTIONS: Caution[] = [BMJ_2024_CONCERN, CONTROL_ARM_INFLATION];
