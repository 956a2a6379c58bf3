/** The lines a weighed (truffle) dose adds to the dosing record: grams fresh or dry, and psilocin. */
import { tKey } from '../i18n/labels.ts';
import type { DosingRecord } from './api.ts';

export function weighedItems(r: DosingRecord, number: (n: number) => string) {
  if (r.doseUnit !== 'g-fresh' && r.doseUnit !== 'g-dry') return [];
  const basis = tKey(`dosing:lots.bases.${r.doseUnit === 'g-fresh' ? 'fresh' : 'dry'}`);
  return [
    { label: tKey('dosing:product.grams'), value: `${number(r.doseAmount ?? 0)} g (${basis})` },
    ...(r.psilocinMg !== null
      ? [{ label: tKey('dosing:record.psilocin'), value: `${number(r.psilocinMg)} mg` }]
      : []),
  ];
}
