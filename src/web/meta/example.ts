/**
 * The worked example: metafor's dat.bcg, 13 trials of the BCG vaccine against tuberculosis
 * (Colditz et al. 1994). Not psychedelic evidence: it is the dataset metafor's documentation
 * analyses, so the result can be checked against R (REML: log RR −0.7145, RR 0.49).
 */
import type { DraftRow } from './draft.ts';
import { newRow } from './draft.ts';

/** author, ai = tpos, bi = tneg, ci = cpos, di = cneg */
const BCG: ReadonlyArray<readonly [string, number, number, number, number]> = [
  ['Aronson 1948', 4, 119, 11, 128],
  ['Ferguson & Simes 1949', 6, 300, 29, 274],
  ['Rosenthal et al 1960', 3, 228, 11, 209],
  ['Hart & Sutherland 1977', 62, 13536, 248, 12619],
  ['Frimodt-Moller et al 1973', 33, 5036, 47, 5761],
  ['Stein & Aronson 1953', 180, 1361, 372, 1079],
  ['Vandiviere et al 1973', 8, 2537, 10, 619],
  ['TPT Madras 1980', 505, 87886, 499, 87892],
  ['Coetzee & Berjak 1968', 29, 7470, 45, 7232],
  ['Rosenthal et al 1961', 17, 1699, 65, 1600],
  ['Comstock et al 1974', 186, 50448, 141, 27197],
  ['Comstock & Webster 1969', 5, 2493, 3, 2338],
  ['Comstock et al 1976', 27, 16886, 29, 17825],
];

export const BCG_EXAMPLE = {
  // Its title and description are words of the page: meta.example in the i18n catalogues.
  settings: { measure: 'RR', method: 'REML', test: 'z', level: '95', arms: 'cells' },
  rows: (): DraftRow[] =>
    BCG.map(([study, ai, bi, ci, di]) =>
      newRow(study, { ai: String(ai), bi: String(bi), ci: String(ci), di: String(di) }),
    ),
} as const;
