import type { metaCsv as en } from '../en/metaCsv.ts';
import type { Messages } from '../messages.ts';

export const metaCsv = {
  empty: 'De CSV is leeg: plak een kopregel en één regel per studie.',
  noColumn: 'De kopregel noemt geen escalc-kolom (zoals ai, bi, ci, di, of yi, vi); er staat: {{header}}.',
  twice: 'De kopregel noemt kolom {{column}} twee keer.',
  noStudies: 'De CSV heeft een kopregel maar geen studies.',
} satisfies Messages<typeof en>;
