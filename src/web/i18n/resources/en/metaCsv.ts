/** A pasted study table that cannot be read (src/web/meta/csv.ts). */
export const metaCsv = {
  empty: 'The CSV is empty: paste a header line and one line per study.',
  noColumn: 'The header names no escalc column (such as ai, bi, ci, di, or yi, vi); it reads: {{header}}.',
  twice: 'The header names column {{column}} twice.',
  noStudies: 'The CSV has a header but no studies.',
} as const;
