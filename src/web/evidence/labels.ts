/** Words for the evidence library's values: designs, verification statuses (with "corrected"), formats. */
import type { ExportFormat, ImportFormat } from '../../domain/evidence/citations.ts';
import type { DesignKind, FactStatus } from '../../domain/evidence/types.ts';
import { VERIFICATION_DESCRIPTIONS, VERIFICATION_LABELS } from '../ui/labels.ts';

export const DESIGN_LABELS: Record<DesignKind, string> = {
  rct: 'Randomised controlled trial',
  'controlled-trial': 'Controlled trial (randomisation not stated)',
  crossover: 'Crossover trial',
  'single-arm-trial': 'Single-arm trial',
  observational: 'Observational study',
  'case-series': 'Case series',
  'follow-up': 'Follow-up study',
  'systematic-review': 'Systematic review',
  'meta-analysis': 'Meta-analysis',
  perspective: 'Perspective',
  other: 'Other',
};

/** The label of a design, or the value itself when this version of the app does not know it. */
export const designLabel = (kind: string): string =>
  (DESIGN_LABELS as Record<string, string | undefined>)[kind] ?? kind;

export const FACT_STATUS_LABELS: Record<FactStatus, string> = {
  ...VERIFICATION_LABELS,
  corrected: 'Corrected',
};

/** What each status means on the evidence pages. */
export const FACT_STATUS_DESCRIPTIONS: Record<FactStatus, string> = {
  confirmed: 'seen in a bibliographic source',
  corrected: 'checked, and correcting an error in how it circulates',
  secondary: VERIFICATION_DESCRIPTIONS.secondary,
  unverified: 'not confirmed: shown as such, never as fact',
};

export interface FormatInfo {
  label: string;
  /** Saved as a file (BibTeX, RIS, CSL-JSON) or shown as text to copy (reference styles). */
  kind: 'file' | 'text';
  extension: string;
  mediaType: string;
}

export const EXPORT_FORMATS: Record<ExportFormat, FormatInfo> = {
  bibtex: { label: 'BibTeX', kind: 'file', extension: 'bib', mediaType: 'application/x-bibtex' },
  ris: { label: 'RIS', kind: 'file', extension: 'ris', mediaType: 'application/x-research-info-systems' },
  'csl-json': {
    label: 'CSL-JSON',
    kind: 'file',
    extension: 'json',
    mediaType: 'application/vnd.citationstyles.csl+json',
  },
  apa: { label: 'APA 7 references', kind: 'text', extension: 'txt', mediaType: 'text/plain' },
  vancouver: { label: 'Vancouver references', kind: 'text', extension: 'txt', mediaType: 'text/plain' },
};

export const IMPORT_FORMAT_LABELS: Record<ImportFormat, string> = {
  bibtex: 'BibTeX',
  ris: 'RIS',
  'csl-json': 'CSL-JSON',
};
