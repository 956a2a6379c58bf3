/**
 * One response's item answers: each question as the instrument prints it, with the chosen label.
 * Opening it fetches the response again, which the server records in the audit trail.
 */
import { Alert, Modal, Stack, Table, Text } from '@mantine/core';
import type { QuestionnaireResponse } from '../../api/responses.ts';
import { useInstrument } from '../instruments/api.ts';
import { FlagList } from '../instruments/Flags.tsx';
import { formatScore, subscaleName } from '../instruments/ScoreSummary.tsx';
import { DataList } from '../ui/DataList.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { formatDateTime } from '../ui/format.ts';
import { PageLoader } from '../ui/PageLoader.tsx';
import { ScrollTable } from '../ui/ScrollTable.tsx';
import { useResponse } from './api.ts';

const SOURCE_LABELS: Record<QuestionnaireResponse['source'], string> = {
  staff: 'entered by staff',
  portal: 'client portal',
  import: 'imported',
  fhir: 'received over FHIR',
};

interface Props {
  clientId: string;
  /** The row that was opened (null = closed). */
  summary: QuestionnaireResponse | null;
  shortName: string;
  onClose: () => void;
}

export function ResponseModal({ clientId, summary, shortName, onClose }: Props) {
  const response = useResponse(clientId, summary?.id ?? null);
  const instrument = useInstrument(summary?.instrumentId ?? null);
  const title = summary ? `${shortName} answers, ${formatDateTime(summary.administeredAt)}` : 'Answers';
  const r = response.data;
  const def = instrument.data;

  return (
    <Modal opened={summary !== null} onClose={onClose} title={title} size="xl" centered>
      {response.isError ? (
        <ErrorAlert error={response.error} onRetry={() => void response.refetch()} />
      ) : !r ? (
        <PageLoader label="Loading answers" />
      ) : (
        <Stack gap="md">
          <DataList
            items={[
              {
                label: 'Total',
                value:
                  formatScore(r.total) + (def ? ` (range ${def.totalRange.min}–${def.totalRange.max})` : ''),
              },
              { label: 'Severity', value: r.severity ?? '—' },
              ...Object.entries(r.subscales).map(([key, value]) => ({
                label: `Subscale: ${subscaleName(key)}`,
                value: formatScore(value),
              })),
              { label: 'Safety flags', value: <FlagList flags={r.flags} /> },
              { label: 'Entered by', value: r.enteredBy?.name ?? '—' },
              {
                label: 'Entered',
                value: `${formatDateTime(r.createdAt)} (${SOURCE_LABELS[r.source] ?? r.source})`,
              },
              { label: 'Questionnaire version', value: r.instrumentVersion },
            ]}
          />
          {instrument.isError ? (
            <ErrorAlert error={instrument.error} title="The questions could not be loaded" />
          ) : !def ? (
            <PageLoader label="Loading questions" />
          ) : (
            <>
              {def.version !== r.instrumentVersion && (
                <Alert color="orange" title="Answered on an earlier version">
                  These answers were given on version {r.instrumentVersion}; the questions below are those of
                  version {def.version}.
                </Alert>
              )}
              <ScrollTable label="Item answers" minWidth={480}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">No.</Table.Th>
                    <Table.Th scope="col">Question</Table.Th>
                    <Table.Th scope="col">Answer</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {def.items.map((item) => {
                    const value = r.answers[item.linkId];
                    const option = item.options.find((o) => o.value === value);
                    return (
                      <Table.Tr key={item.linkId}>
                        <Table.Th scope="row" style={{ verticalAlign: 'top' }}>
                          {item.number}
                        </Table.Th>
                        <Table.Td style={{ verticalAlign: 'top' }}>{item.text}</Table.Td>
                        <Table.Td style={{ verticalAlign: 'top', minWidth: 170 }}>
                          {value === null || value === undefined ? (
                            <Text span fs="italic" size="sm">
                              Not answered
                            </Text>
                          ) : (
                            <>
                              {option?.label ?? 'Unknown answer'}{' '}
                              <Text span size="sm">
                                ({value})
                              </Text>
                            </>
                          )}
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </ScrollTable>
            </>
          )}
        </Stack>
      )}
    </Modal>
  );
}
