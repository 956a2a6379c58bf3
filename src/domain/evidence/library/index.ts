/**
 * The built-in evidence library: every record transcribed from the checked reference files in
 * ./reference (the KAP reading list with Kew 2023, and the psilocybin trials with their pooled
 * estimates). Read-only: built-in records change only with a release.
 */
import type { StudyRecord } from '../types.ts';
import { withBibliography } from './bibliography.ts';
import { bogenschutz2022, raison2023 } from './bogenschutz-raison.ts';
import { griffiths2016, ross2016 } from './cancer-2016.ts';
import { batievsky2023, drozdz2022 } from './chronic-pain-and-review.ts';
import { dakwar2014, dakwar2014BiolPsychiatry } from './dakwar-2014.ts';
import { davis2021, gukasyan2022 } from './davis-gukasyan.ts';
import { feder2025 } from './feder-2025.ts';
import { carhartHarris2021, goodwin2022 } from './goodwin-carhart-harris.ts';
import { feder2021, zarate2006 } from './ketamine-rcts.ts';
import { moore2025 } from './moore-2025.ts';
import { dore2019, kew2023, krystal2019 } from './practice-and-reviews.ts';
import {
  haikazian2023,
  hieronymus2025,
  metaxa2024,
  psilocybinLivingReview2025,
} from './psilocybin-pooled.ts';
import { robison2022 } from './robison-2022.ts';
import { yermus2023 } from './yermus-2023.ts';

/** The KAP reading list (studies.md §1–11, with the §10 companion paper) and "Also relevant". */
export const KAP_STUDIES: readonly StudyRecord[] = (
  [
    feder2025,
    moore2025,
    yermus2023,
    batievsky2023,
    drozdz2022,
    robison2022,
    feder2021,
    dore2019,
    krystal2019,
    dakwar2014,
    dakwar2014BiolPsychiatry,
    zarate2006,
    kew2023,
  ] as const
).map(withBibliography);

/** Psilocybin trials, pooled estimates and the two cautions' sources (psilocybin-studies.md). */
export const PSILOCYBIN_STUDIES: readonly StudyRecord[] = (
  [
    goodwin2022,
    carhartHarris2021,
    davis2021,
    gukasyan2022,
    griffiths2016,
    ross2016,
    bogenschutz2022,
    raison2023,
    psilocybinLivingReview2025,
    haikazian2023,
    metaxa2024,
    hieronymus2025,
  ] as const
).map(withBibliography);

export const BUILTIN_STUDIES: readonly StudyRecord[] = [...KAP_STUDIES, ...PSILOCYBIN_STUDIES];

const byId = new Map(BUILTIN_STUDIES.map((s) => [s.id, s]));
export const findBuiltin = (id: string): StudyRecord | undefined => byId.get(id);
