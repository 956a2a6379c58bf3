/**
 * Part of the dose form: what is given, as data for analysis — the substance kind, the lot and, for
 * truffles, the weighed grams fresh or dry. A truffle dose's mg is computed from the lot's current
 * assay (the same rule the server applies, src/domain/dosing/product.ts) and shown as it is typed.
 */
import { NativeSelect, SimpleGrid, Text, TextInput } from '@mantine/core';
import {
  SUBSTANCE_KINDS,
  type SubstanceKind,
  WEIGHT_BASES,
  type WeightBasis,
} from '../../domain/dosing/lots.ts';
import { resolveProduct } from '../../domain/dosing/product.ts';
import { DomainError } from '../../domain/errors.ts';
import { fieldMessage } from '../http/problem.ts';
import { useFormat } from '../i18n/format.ts';
import { useT } from '../i18n/i18n.ts';
import { assayText, basisLabel, kindLabel } from './lot-labels.ts';
import { type Lot, useLots } from './lots-api.ts';

export interface ProductDraft {
  kind: SubstanceKind | '';
  lotId: string;
  grams: string;
  basis: WeightBasis;
}

export const emptyProduct = (): ProductDraft => ({ kind: '', lotId: '', grams: '', basis: 'fresh' });
export const isTruffles = (p: ProductDraft) => p.kind === 'psilocybin-truffles';

/** The mg of a truffle dose as typed, or the message why it cannot be computed yet. */
export function truffleMg(
  p: ProductDraft,
  lots: readonly Lot[],
): { mg: number | null; message: string | null } {
  const lot = lots.find((l) => l.id === p.lotId) ?? null;
  const grams = Number(p.grams.trim().replace(',', '.'));
  try {
    const r = resolveProduct({
      substanceKind: 'psilocybin-truffles',
      truffles: { grams: p.grams.trim() === '' ? Number.NaN : grams, basis: p.basis },
      lot: lot && { id: lot.id, code: lot.code, substanceKind: lot.substanceKind },
      assay: lot?.current ? { ...lot.current } : null,
    });
    return { mg: r.doseMg, message: null };
  } catch (e) {
    if (!(e instanceof DomainError)) throw e;
    const issue = e.fields[0];
    return { mg: null, message: issue ? fieldMessage(issue) : e.message };
  }
}

export function ProductFields(props: {
  value: ProductDraft;
  onChange: (next: ProductDraft) => void;
  errors: { kind?: string | undefined; lotId?: string | undefined; grams?: string | undefined };
}) {
  const { value, onChange, errors } = props;
  const { t } = useT('dosing');
  const f = useFormat();
  const lots = (useLots().data?.items ?? []).filter((l) => !value.kind || l.substanceKind === value.kind);
  const set = (patch: Partial<ProductDraft>) => onChange({ ...value, ...patch });
  const estimate = isTruffles(value) ? truffleMg(value, lots) : null;
  const lot = lots.find((l) => l.id === value.lotId);
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NativeSelect
          id="dose-kind"
          label={t('product.kind')}
          value={value.kind}
          onChange={(e) => set({ kind: e.currentTarget.value as SubstanceKind | '', lotId: '' })}
          error={errors.kind}
          data={[
            { value: '', label: t('product.kindNone') },
            ...SUBSTANCE_KINDS.map((k) => ({ value: k, label: kindLabel(k) })),
          ]}
        />
        <NativeSelect
          id="dose-lotId"
          label={t('product.lot')}
          value={value.lotId}
          onChange={(e) => set({ lotId: e.currentTarget.value })}
          error={errors.lotId}
          disabled={!value.kind}
          data={[
            { value: '', label: t('product.lotNone') },
            ...lots.map((l) => ({
              value: l.id,
              label: t('product.lotOption', { code: l.code, assay: assayText(l) }),
            })),
          ]}
        />
        {isTruffles(value) && (
          <>
            <TextInput
              id="dose-grams"
              label={t('product.grams')}
              inputMode="decimal"
              value={value.grams}
              onChange={(e) => set({ grams: e.currentTarget.value })}
              error={errors.grams}
              description={t('product.trufflesHint')}
            />
            <NativeSelect
              id="dose-basis"
              label={t('product.basis')}
              value={value.basis}
              onChange={(e) => set({ basis: e.currentTarget.value as WeightBasis })}
              data={WEIGHT_BASES.map((b) => ({ value: b, label: basisLabel(b) }))}
            />
          </>
        )}
      </SimpleGrid>
      {estimate?.mg != null && lot?.current && (
        <Text size="sm" role="status">
          {t('product.estimate', {
            mg: f.number(estimate.mg),
            code: lot.code,
            perG: f.number(lot.current.psilocybinMgPerG),
            basis: basisLabel(lot.current.basis),
          })}
        </Text>
      )}
    </>
  );
}
