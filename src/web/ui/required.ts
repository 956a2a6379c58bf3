/**
 * Props for a required input: the asterisk is drawn by CSS (see app/global.css), so the label's
 * text stays exactly its name ("Given name", not "Given name *") for assistive tech and tests,
 * while `required` tells screen readers.
 */
export const requiredField = {
  required: true,
  withAsterisk: false,
  classNames: { label: 'threshold-required' },
} as const;
