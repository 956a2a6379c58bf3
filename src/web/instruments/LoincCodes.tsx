/** The LOINC codes of the panel, the total, each item and each answer, each with its provenance. */

import { Table, Text, Title } from '@mantine/core';
import type { Instrument } from '../../api/instruments.ts';
import { useT } from '../i18n/i18n.ts';
import { ScrollTable } from '../ui/ScrollTable.tsx';
import { Provenance } from './Provenance.tsx';

type Sourced = { value: string; status: Instrument['licence']['status']; source: string };

interface Row {
  key: string;
  what: string;
  code: Sourced;
}

export function LoincCodes({ instrument }: { instrument: Instrument }) {
  const { t } = useT('instrumentPages');
  const main: Row[] = [];
  if (instrument.loinc.panel)
    main.push({ key: 'panel', what: t('loinc.panel'), code: instrument.loinc.panel });
  if (instrument.loinc.total)
    main.push({ key: 'total', what: t('loinc.total'), code: instrument.loinc.total });
  for (const item of instrument.items) {
    if (item.loinc)
      main.push({
        key: `item-${item.linkId}`,
        what: t('loinc.item', { number: item.number }),
        code: item.loinc,
      });
  }
  // Answer codes are usually shared by many items: one row per code and label.
  const answers: Row[] = [];
  const seen = new Set<string>();
  for (const item of instrument.items) {
    for (const o of item.options) {
      if (!o.loinc) continue;
      const key = `${o.loinc.value}|${o.label}`;
      if (seen.has(key)) continue;
      seen.add(key);
      answers.push({ key, what: `${o.label} (${o.value})`, code: o.loinc });
    }
  }
  if (!main.length && !answers.length) return <Text>{t('loinc.none')}</Text>;
  return (
    <>
      {main.length > 0 && <CodeTable label={t('loinc.mainLabel')} header={t('loinc.codeFor')} rows={main} />}
      {answers.length > 0 && (
        <>
          <Title order={3} size="h5" mt="md" mb="xs">
            {t('loinc.answerCodes')}
          </Title>
          <CodeTable label={t('loinc.answerLabel')} header={t('loinc.answer')} rows={answers} />
        </>
      )}
    </>
  );
}

function CodeTable({ label, header, rows }: { label: string; header: string; rows: Row[] }) {
  const { t } = useT('instrumentPages');
  return (
    <ScrollTable label={label} minWidth={560}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{header}</Table.Th>
          <Table.Th scope="col">LOINC</Table.Th>
          <Table.Th scope="col">{t('loinc.source')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.key}>
            <Table.Th scope="row" style={{ verticalAlign: 'top', fontWeight: 500 }}>
              {r.what}
            </Table.Th>
            <Table.Td style={{ verticalAlign: 'top', whiteSpace: 'nowrap' }}>
              <code>{r.code.value}</code>
            </Table.Td>
            <Table.Td style={{ verticalAlign: 'top', minWidth: 260 }}>
              <Provenance status={r.code.status} source={r.code.source} of={`LOINC ${r.code.value}`} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ScrollTable>
  );
}
