/**
 * One response's item answers: each question as the instrument prints it, with the chosen label.
 * Opening it fetches the response again, which the server records in the audit trail.
 */
import { Alert, Modal, Stack, Table, Text } from '@mantine/core';
import type { QuestionnaireResponse } from '../../api/responses.ts';
import { useT } from '../i18n/i18n.ts';
import { useInstrument } from '../instruments/api.ts';
import { FlagList } from '../instruments/Flags.tsx';
import { formatScore, subscaleName } from '../instruments/ScoreSummary.tsx';
import { DataList } from '../ui/DataList.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { formatDateTime } from '../ui/format.ts';
import { PageLoader } from '../ui/PageLoader.tsx';
import { ScrollTable } from '../ui/ScrollTable.tsx';
import { useResponse } from './api.ts';

interface Props {
  clientId: string;
  /** The row that was opened (null = closed). */
  summary: QuestionnaireResponse | null;
  shortName: string;
  onClose: () => void;
}

export function ResponseModal({ clientId, summary, shortName, onClose }: Props) {
  const { t } = useT('responses');
  const response = useResponse(clientId, summary?.id ?? null);
  const instrument = useInstrument(summary?.instrumentId ?? null);
  const title = summary
    ? t('modal.title', { name: shortName, when: formatDateTime(summary.administeredAt) })
    : t('modal.fallback');
  const r = response.data;
  const def = instrument.data;

  return (
    <Modal opened={summary !== null} onClose={onClose} title={title} size="xl" centered>
      {response.isError ? (
        <ErrorAlert error={response.error} onRetry={() => void response.refetch()} />
      ) : !r ? (
        <PageLoader label={t('modal.loading')} />
      ) : (
        <Stack gap="md">
          <DataList
            items={[
              {
                label: t('modal.total'),
                value: def
                  ? t('modal.range', { total: formatScore(r.total), ...def.totalRange })
                  : formatScore(r.total),
              },
              { label: t('modal.severity'), value: r.severity ?? '—' },
              ...Object.entries(r.subscales).map(([key, value]) => ({
                label: t('modal.subscale', { name: subscaleName(key) }),
                value: formatScore(value),
              })),
              { label: t('modal.flags'), value: <FlagList flags={r.flags} /> },
              { label: t('modal.enteredBy'), value: r.enteredBy?.name ?? '—' },
              {
                label: t('modal.entered'),
                value: t('modal.enteredWhen', {
                  when: formatDateTime(r.createdAt),
                  source: t(`modal.sources.${r.source}`),
                }),
              },
              { label: t('modal.version'), value: r.instrumentVersion },
            ]}
          />
          {instrument.isError ? (
            <ErrorAlert error={instrument.error} title={t('modal.questionsFailed')} />
          ) : !def ? (
            <PageLoader label={t('modal.loadingQuestions')} />
          ) : (
            <>
              {def.version !== r.instrumentVersion && (
                <Alert color="orange" title={t('modal.earlier')}>
                  {t('modal.earlierBody', { answered: r.instrumentVersion, current: def.version })}
                </Alert>
              )}
              <ScrollTable label={t('modal.items')} minWidth={480}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('modal.number')}</Table.Th>
                    <Table.Th scope="col">{t('modal.question')}</Table.Th>
                    <Table.Th scope="col">{t('modal.answer')}</Table.Th>
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
                              {t('modal.notAnswered')}
                            </Text>
                          ) : (
                            <>
                              {option?.label ?? t('modal.unknown')}{' '}
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
