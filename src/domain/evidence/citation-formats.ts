/**
 * The citation formats the library reads and writes, and how each is served. Kept apart from
 * citations.ts so that schemas, the CLI's option checks and the web app can use them without
 * loading Citation.js.
 */
export const EXPORT_FORMATS = ['bibtex', 'ris', 'csl-json', 'apa', 'vancouver'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const IMPORT_FORMATS = ['bibtex', 'ris', 'csl-json'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** At most this many entries in one import. */
export const MAX_IMPORT_ENTRIES = 1000;

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  bibtex: 'application/x-bibtex; charset=utf-8',
  ris: 'application/x-research-info-systems; charset=utf-8',
  'csl-json': 'application/vnd.citationstyles.csl+json; charset=utf-8',
  apa: 'text/plain; charset=utf-8',
  vancouver: 'text/plain; charset=utf-8',
};

export const EXTENSIONS: Record<ExportFormat, string> = {
  bibtex: 'bib',
  ris: 'ris',
  'csl-json': 'json',
  apa: 'txt',
  vancouver: 'txt',
};
