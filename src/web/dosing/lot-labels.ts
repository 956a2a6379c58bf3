/** How a lot and its assay read on screen, in the UI language and the organization's number format. */
import type { SubstanceKind, WeightBasis } from '../../domain/dosing/lots.ts';
import { currentFormatter } from '../i18n/format.ts';
import { tKey } from '../i18n/labels.ts';
import type { Lot } from './lots-api.ts';

export const kindLabel = (kind: SubstanceKind): string => tKey(`dosing:lots.kinds.${kind}`);
export const basisLabel = (basis: WeightBasis): string => tKey(`dosing:lots.bases.${basis}`);

/** "1,1 mg/g psilocybin, 0,2 mg/g psilocin (fresh weight), Lab, 10-01-2026", or "Not assayed". */
export function assayText(lot: Lot): string {
  const a = lot.current;
  if (!a) return tKey('dosing:lots.noAssay');
  const f = currentFormatter();
  return tKey('dosing:lots.assay', {
    psilocybin: f.number(a.psilocybinMgPerG),
    psilocin:
      a.psilocinMgPerG === null ? '' : tKey('dosing:lots.psilocin', { value: f.number(a.psilocinMgPerG) }),
    basis: basisLabel(a.basis),
    lab: a.lab,
    date: f.date(a.assayedOn),
  });
}
