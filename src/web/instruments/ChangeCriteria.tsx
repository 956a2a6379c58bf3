/** How a change between two administrations is judged: response, remission, reliable change, MCID, reliability. */
import { Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Instrument } from '../../api/instruments.ts';
import { DataList } from '../ui/DataList.tsx';
import { SourcedValue } from './Provenance.tsx';

type Change = Instrument['change'];

const RELIABILITY_KIND = {
  'test-retest': 'Test–retest',
  'internal-consistency': 'Internal consistency',
} as const;

const notEstablished = (
  <Text span fs="italic">
    None in our sources
  </Text>
);

export function ChangeCriteria({ change }: { change: Change }) {
  const direction = change.better === 'lower' ? 'reduction' : 'increase';
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
          label: 'Better is',
          value: change.better === 'lower' ? 'A lower total' : 'A higher total',
        },
        {
          label: 'Response',
          value: fact(
            change.response,
            'the response criterion',
            (v) => `At least ${v.percent}% ${direction} of the total from baseline`,
          ),
        },
        {
          label: 'Remission',
          value: fact(change.remission, 'the remission criterion', (v) => `Total at or below ${v.maxTotal}`),
        },
        {
          label: 'Reliable change',
          value: fact(
            change.reliableChange,
            'the reliable-change threshold',
            (v) => `A change of at least ${v.points} points`,
          ),
        },
        {
          label: 'Minimal clinically important difference (MCID)',
          value: fact(change.mcid, 'the MCID', (v) => `${v.points} points`),
        },
        {
          label: 'Reliability',
          value: change.reliability.length ? (
            <ul style={{ margin: 0, paddingLeft: '1.2em' }}>
              {change.reliability.map((r) => (
                <li key={`${r.value.kind}-${r.value.r}-${r.value.sample}`}>
                  <SourcedValue fact={r} of={`the ${RELIABILITY_KIND[r.value.kind].toLowerCase()} figure`}>
                    {RELIABILITY_KIND[r.value.kind]} r = {r.value.r}
                    {r.value.sd !== null && `, SD ${r.value.sd}`}; sample: {r.value.sample}
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
