/**
 * The condition an enrollment treats, for subgroup analysis. A short fixed list keeps groups
 * comparable across clinics; 'other' covers the rest. Labels are what staff and reports show.
 */
export const CONDITIONS = [
  'depression',
  'treatment-resistant-depression',
  'ptsd',
  'anxiety',
  'alcohol-use',
  'substance-use',
  'other',
] as const;
export type Condition = (typeof CONDITIONS)[number];

export const CONDITION_LABELS: Record<Condition, string> = {
  depression: 'Depression',
  'treatment-resistant-depression': 'Treatment-resistant depression',
  ptsd: 'PTSD',
  anxiety: 'Anxiety',
  'alcohol-use': 'Alcohol use disorder',
  'substance-use': 'Other substance use disorder',
  other: 'Other',
};

export const isCondition = (value: string): value is Condition =>
  (CONDITIONS as readonly string[]).includes(value);
