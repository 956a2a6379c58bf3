/** Words for the evidence library's values: designs, verification statuses (with "corrected"), formats. */
import type { ExportFormat, ImportFormat } from '../../domain/evidence/citations.ts';
import type { DesignKind, FactStatus } from '../../domain/evidence/types.ts';
import { DESIGNS } from '../../domain/evidence/types.ts';
import { tKey, translatedLabels } from '../i18n/labels.ts';
import { VERIFICATION_DESCRIPTIONS, VERIFICATION_LABELS } from '../ui/labels.ts';

export const DESIGN_LABELS: Record<DesignKind, string> = translatedLabels('evidence:designs', DESIGNS);

/** The label of a design, or the value itself when this version of the app does not know it. */
export const designLabel = (kind: string): string =>
  (DESIGN_LABELS as Record<string, string | undefined>)[kind] ?? kind;

/** Read on every access, so they follow the language (getters, as translatedLabels makes them). */
export const FACT_STATUS_LABELS: Record<FactStatus, string> = {
  get confirmed() {
    return VERIFICATION_LABELS.confirmed;
  },
  get secondary() {
    return VERIFICATION_LABELS.secondary;
  },
  get unverified() {
    return VERIFICATION_LABELS.unverified;
  },
  get corrected() {
    return tKey('evidence:corrected');
  },
};

/**
 * What each status means on the evidence pages. Getters all (a spread of translatedLabels would
 * read its words once, in the language the page loaded in).
 */
export const FACT_STATUS_DESCRIPTIONS: Record<FactStatus, string> = {
  get confirmed() {
    return tKey('evidence:statusDescriptions.confirmed');
  },
  get corrected() {
    return tKey('evidence:statusDescriptions.corrected');
  },
  get unverified() {
    return tKey('evidence:statusDescriptions.unverified');
  },
  get secondary() {
    return VERIFICATION_DESCRIPTIONS.secondary;
  },
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
  apa: {
    get label() {
      return tKey('evidence:export.apa');
    },
    kind: 'text',
    extension: 'txt',
    mediaType: 'text/plain',
  },
  vancouver: {
    get label() {
      return tKey('evidence:export.vancouver');
    },
    kind: 'text',
    extension: 'txt',
    mediaType: 'text/plain',
  },
};

export const IMPORT_FORMAT_LABELS: Record<ImportFormat, string> = {
  bibtex: 'BibTeX',
  ris: 'RIS',
  'csl-json': 'CSL-JSON',
};
