/**
 * The warnings a meta-analysis can carry beside its result, as metafor words them, by a stable
 * code. The API sends the English text; the web finds the code by it and says it in the reader's
 * language (src/web/i18n/resources/nl/meta.ts `warnings`).
 */
export const META_WARNINGS = {
  'reml-local-maximum':
    'Fisher scoring may have stopped at a local maximum of the likelihood; tau² set to 0, as metafor does',
  'pm-root-search': 'PM: the root search did not converge in 100 iterations',
  'knha-one-study': 'Knapp–Hartung needs at least 2 studies; the z test was used instead (as metafor does)',
  'knha-equal-effects':
    'the Knapp–Hartung method is not meant for equal-effects (FE) models (metafor warns too)',
} as const;

export type MetaWarning = keyof typeof META_WARNINGS;

/** The code of a warning's English text, or undefined for a text not in the list. */
export const metaWarningCode = (text: string): MetaWarning | undefined =>
  (Object.keys(META_WARNINGS) as MetaWarning[]).find((code) => META_WARNINGS[code] === text);
