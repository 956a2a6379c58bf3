/**
 * Durability of response: the clients who responded at the end of treatment, and at each later
 * follow-up how many still do, two ways: among those assessed, and of all endpoint responders
 * (the unassessed counted as not sustained, as Feder et al. 2025 report it).
 */
import { Table, Text } from '@mantine/core';
import { ScrollTable } from '../ui/ScrollTable.tsx';
import { isSuppressed, type OutcomeReport, shown, withheld } from './api.ts';
import { count, ofCount, proportion } from './format.ts';
import { Cell } from './TimepointsTable.tsx';

export function DurabilitySection({ report, instrument }: { report: OutcomeReport; instrument: string }) {
  const d = report.durability;
  if (!d) {
    return (
      <Text size="sm">
        {report.rules.responsePercent === null
          ? `Durability is counted among responders, and ${instrument} has no response criterion in Threshold’s instrument registry.`
          : 'There is no timepoint after the baseline to serve as the end of treatment.'}
      </Text>
    );
  }
  if (isSuppressed(d)) return <Text size="sm">Durability of response: {withheld(d)}.</Text>;
  const criterion = report.rules.responseCriterion ?? 'the response criterion';
  return (
    <>
      <Text size="sm" fw={600}>
        {count(d.responders)} {d.responders === 1 ? 'client' : 'clients'} responded at {d.endpointLabel} (
        {criterion}).
      </Text>
      {d.followUps.length === 0 ? (
        <Text size="sm">
          There is no follow-up after {d.endpointLabel}: choose an earlier end of treatment.
        </Text>
      ) : d.responders === 0 ? (
        <Text size="sm">With no responders at {d.endpointLabel}, there is no response to sustain yet.</Text>
      ) : (
        <ScrollTable label="Durability of response" minWidth={760}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Follow-up</Table.Th>
              <Table.Th scope="col" ta="right">
                Responders assessed
              </Table.Th>
              <Table.Th scope="col" ta="right">
                Still responding, of those assessed (95% CI)
              </Table.Th>
              <Table.Th scope="col" ta="right">
                Not assessed
              </Table.Th>
              <Table.Th scope="col" ta="right">
                Sustained, of all {count(d.responders)} responders (95% CI)
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody style={{ fontVariantNumeric: 'tabular-nums' }}>
            {d.followUps.map((f) => (
              <Table.Tr key={f.key}>
                <Table.Th scope="row" fw={600}>
                  {f.label}
                </Table.Th>
                <Table.Td ta="right">{count(f.assessed)}</Table.Td>
                <Table.Td ta="right">
                  <Cell
                    main={isSuppressed(f.sustained) ? withheld(f.sustained) : proportion(f.sustained)}
                    sub={ofCount(shown(f.sustained))}
                  />
                </Table.Td>
                <Table.Td ta="right">{count(f.notAssessed)}</Table.Td>
                <Table.Td ta="right">
                  <Cell
                    main={
                      isSuppressed(f.sustainedOfResponders)
                        ? withheld(f.sustainedOfResponders)
                        : proportion(f.sustainedOfResponders)
                    }
                    sub={ofCount(shown(f.sustainedOfResponders))}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </ScrollTable>
      )}
    </>
  );
}

/** What the two columns mean; shown above the table. */
export const DURABILITY_INTRO =
  'Of the clients who met the response criterion at the end of treatment, how many still meet it (against their own baseline) at each later follow-up. “Of those assessed” leaves out responders without a score there, so it is optimistic when those who relapse stop answering. “Of all responders” counts every responder without a score as not sustained: the conservative figure, and how Feder et al. (2025) report durable response.';
