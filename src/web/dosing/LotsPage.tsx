/**
 * Lots and assays: every lot as received, its current assay and how many doses were given from it.
 * Owners and clinicians record lots and assays; facilitators read them.
 */
import { Stack, Table, Text } from '@mantine/core';
import { useCan } from '../app/session-context.tsx';
import { Section } from '../evidence/Section.tsx';
import { useFormat } from '../i18n/format.ts';
import { useT } from '../i18n/i18n.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { PageLoader } from '../ui/PageLoader.tsx';
import { ScrollTable } from '../ui/ScrollTable.tsx';
import { AssayForm } from './AssayForm.tsx';
import { LotForm } from './LotForm.tsx';
import { assayText, kindLabel } from './lot-labels.ts';
import { type Lot, useLots } from './lots-api.ts';

const assayable = (lot: Lot) =>
  lot.substanceKind === 'psilocybin' || lot.substanceKind === 'psilocybin-truffles';

export function LotsPage() {
  const { t } = useT('dosing');
  const f = useFormat();
  const canManage = useCan('lot.manage');
  const lots = useLots();
  const items = lots.data?.items ?? [];
  return (
    <Stack gap="lg" maw={1040}>
      <PageHeader title={t('lots.title')} />
      <Text size="sm">{t('lots.intro')}</Text>
      {lots.isError ? (
        <ErrorAlert error={lots.error} onRetry={() => void lots.refetch()} />
      ) : !lots.data ? (
        <PageLoader label={t('lots.loading')} />
      ) : items.length === 0 ? (
        <Text>{t('lots.none')}</Text>
      ) : (
        <ScrollTable label={t('lots.table')} minWidth={640}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('lots.code')}</Table.Th>
              <Table.Th scope="col">{t('lots.kind')}</Table.Th>
              <Table.Th scope="col">{t('lots.receivedOn')}</Table.Th>
              <Table.Th scope="col">{t('lots.current')}</Table.Th>
              <Table.Th scope="col">{t('lots.doses')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((lot) => (
              <Table.Tr key={lot.id}>
                <Table.Th scope="row" fw={600}>
                  {lot.code}
                  {lot.supplier && (
                    <Text size="xs" c="dimmed">
                      {lot.supplier}
                    </Text>
                  )}
                </Table.Th>
                <Table.Td>{kindLabel(lot.substanceKind)}</Table.Td>
                <Table.Td>{f.date(lot.receivedOn)}</Table.Td>
                <Table.Td>{assayable(lot) ? assayText(lot) : '—'}</Table.Td>
                <Table.Td>{lot.doses}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </ScrollTable>
      )}
      {canManage &&
        items.filter(assayable).map((lot) => (
          <Section key={lot.id} title={t('lots.assayTitle', { code: lot.code })} id={`assay-${lot.id}`}>
            <AssayForm lot={lot} />
          </Section>
        ))}
      {canManage && (
        <Section title={t('lots.addTitle')} id="add-lot">
          <LotForm />
        </Section>
      )}
    </Stack>
  );
}
