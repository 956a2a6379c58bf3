/** The names the meta-analysis speaks: measures, estimators, tests, and metafor's escalc columns. */
export const MEASURES = ['RR', 'OR', 'RD', 'PLO', 'PR', 'MD', 'SMD', 'GEN'] as const;
export const METHODS = ['FE', 'DL', 'REML', 'PM'] as const;
export const TESTS = ['z', 'knha'] as const;

/** Numeric input columns, named as in metafor's escalc. */
export const NUMERIC_COLUMNS = [
  'ai',
  'bi',
  'ci',
  'di',
  'n1i',
  'n2i',
  'xi',
  'ni',
  'm1i',
  'sd1i',
  'm2i',
  'sd2i',
  'yi',
  'vi',
] as const;
export type NumericColumn = (typeof NUMERIC_COLUMNS)[number];
