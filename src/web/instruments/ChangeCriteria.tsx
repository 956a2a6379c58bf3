/** How a change between two administrations is judged: response, remission, reliable change, MCID, reliability. */

import { Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Instrument } from '../../api/instruments.ts';
import { useT } from '../i18n/i18n.ts';
import { DataList } from '../ui/DataList.tsx';
import { SourcedValue } from './Provenance.tsx';

type Change = Instrument['change'];

const RELIABILITY_KIND = {
  'test-retest': 'testRetest',
  'internal-consistency': 'internalConsistency',
} as const;

export function ChangeCriteria({ change }: { change: Change }) {
  const { t } = useT('instrumentPages');
  const notEstablished = (
    <Text span fs="italic">
      {t('change.none')}
    </Text>
  );
  const fact = <T,>(
    value: { value: T; status: Change['reliability'][number]['status']; source: string } | null,
    of: string,
    text: (v: T) => ReactNode,
  ): ReactNode =>
    value ? (
      <SourcedValue fact={value} of={of}>
        {text(value.value)}
      </SourcedValue>
    ) : (
      notEstablished
    );

  return (
    <DataList
      items={[
        {
          label: t('change.better'),
          value: change.better === 'lower' ? t('change.lower') : t('change.higher'),
        },
        {
          label: t('change.response'),
          value: fact(change.response, t('change.responseOf'), (v) =>
            change.better === 'lower'
              ? t('change.responseReduction', { percent: v.percent })
              : t('change.responseIncrease', { percent: v.percent }),
          ),
        },
        {
          label: t('change.remission'),
          value: fact(change.remission, t('change.remissionOf'), (v) =>
            t('change.remissionValue', { max: v.maxTotal }),
          ),
        },
        {
          label: t('change.reliableChange'),
          value: fact(change.reliableChange, t('change.reliableChangeOf'), (v) =>
            t('change.reliableChangeValue', { points: v.points }),
          ),
        },
        {
          label: t('change.mcid'),
          value: fact(change.mcid, t('change.mcidOf'), (v) => t('change.points', { points: v.points })),
        },
        {
          label: t('change.reliability'),
          value: change.reliability.length ? (
            <ul style={{ margin: 0, paddingLeft: '1.2em' }}>
              {change.reliability.map((r) => (
                <li key={`${r.value.kind}-${r.value.r}-${r.value.sample}`}>
                  <SourcedValue fact={r} of={t(`change.${RELIABILITY_KIND[r.value.kind]}Figure`)}>
                    {t('change.reliabilityValue', {
                      kind: t(`change.${RELIABILITY_KIND[r.value.kind]}`),
                      r: r.value.r,
                    })}
                    {r.value.sd !== null && t('change.sd', { sd: r.value.sd })}
                    {t('change.sample', { sample: r.value.sample })}
                  </SourcedValue>
                </li>
              ))}
            </ul>
          ) : (
            notEstablished
          ),
        },
      ]}
    />
  );
}
