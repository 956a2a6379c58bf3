/**
 * The program's mixed model (src/domain/outcomes/lmm.ts: random intercept per client, timepoint as
 * a factor, REML) with the acute experience as a covariate:
 *   score ~ 0 + timepoint + cme_after + (1 | client),
 * where cme_after is 1 at a timepoint after the baseline for a client who had a complete mystical
 * experience, else 0. Both groups share the baseline mean (the experience comes after it), and the
 * coefficient of cme_after is the adjusted mean difference in score after the baseline, with minus
 * without — on the instrument's scale, negative meaning lower scores. Uses every score of every
 * client with an MEQ-30 after a dose (missing at random given the observed scores). Null when the
 * model cannot be fitted, or when either group has no score after the baseline.
 */
import { fitDesign } from '../outcomes/lmm-design.ts';
import type { SeriesMatrix } from '../outcomes/matrix.ts';
import type { ExperienceModel, ExperienceOf } from './types.ts';

export function experienceModel(
  m: SeriesMatrix,
  experience: ExperienceOf,
  baseline: number,
): ExperienceModel | null {
  // The timepoints with any score among the two groups are the model's columns.
  const groupOf = Array.from({ length: m.rows }, (_, i) => experience(i));
  const column = new Int32Array(m.p).fill(-1);
  let q = 0;
  for (let t = 0; t < m.p; t++) {
    for (let i = 0; i < m.rows; i++) {
      if (groupOf[i] !== null && !Number.isNaN(m.scores[t * m.rows + i]!)) {
        column[t] = q++;
        break;
      }
    }
  }
  if (column[baseline]! < 0) return null;
  const p = q + 1;
  const y: number[] = [];
  const subject: number[] = [];
  const x: number[] = [];
  const after = { with: new Set<number>(), without: new Set<number>() };
  const clients = { with: new Set<number>(), without: new Set<number>() };
  for (let i = 0; i < m.rows; i++) {
    const g = groupOf[i];
    if (g === null || g === undefined) continue;
    for (let t = 0; t < m.p; t++) {
      const score = m.scores[t * m.rows + i]!;
      if (Number.isNaN(score)) continue;
      const row = new Array<number>(p).fill(0);
      row[column[t]!] = 1;
      if (g && t !== baseline) row[q] = 1;
      y.push(score);
      subject.push(i);
      x.push(...row);
      (g ? clients.with : clients.without).add(i);
      if (t !== baseline) (g ? after.with : after.without).add(i);
    }
  }
  if (after.with.size === 0 || after.without.size === 0) return null;
  const fitted = fitDesign({ p, y, subject, x });
  if (!fitted) return null;
  return {
    effect: fitted.coefficients[q]!,
    fit: fitted.fit,
    withClients: clients.with.size,
    withoutClients: clients.without.size,
  };
}
