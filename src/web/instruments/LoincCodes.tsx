/** The LOINC codes of the panel, the total, each item and each answer, each with its provenance. */
import { Table, Text, Title } from '@mantine/core';
import type { Instrument } from '../../api/instruments.ts';
import { ScrollTable } from '../ui/ScrollTable.tsx';
import { Provenance } from './Provenance.tsx';

type Sourced = { value: string; status: Instrument['licence']['status']; source: string };

interface Row {
  key: string;
  what: string;
  code: Sourced;
}

export function LoincCodes({ instrument }: { instrument: Instrument }) {
  const main: Row[] = [];
  if (instrument.loinc.panel) main.push({ key: 'panel', what: 'Panel', code: instrument.loinc.panel });
  if (instrument.loinc.total) main.push({ key: 'total', what: 'Total score', code: instrument.loinc.total });
  for (const item of instrument.items) {
    if (item.loinc) main.push({ key: `item-${item.linkId}`, what: `Item ${item.number}`, code: item.loinc });
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
  if (!main.length && !answers.length)
    return <Text>No LOINC codes are recorded for this questionnaire.</Text>;
  return (
    <>
      {main.length > 0 && (
        <CodeTable label="LOINC codes of the panel, total and items" header="Code for" rows={main} />
      )}
      {answers.length > 0 && (
        <>
          <Title order={3} size="h5" mt="md" mb="xs">
            Answer codes
          </Title>
          <CodeTable label="LOINC answer codes" header="Answer" rows={answers} />
        </>
      )}
    </>
  );
}

function CodeTable({ label, header, rows }: { label: string; header: string; rows: Row[] }) {
  return (
    <ScrollTable label={label} minWidth={560}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{header}</Table.Th>
          <Table.Th scope="col">LOINC</Table.Th>
          <Table.Th scope="col">Verification and source</Table.Th>
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
