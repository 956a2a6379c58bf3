/**
 * Durability of response: the clients who responded at the end of treatment, and at each later
 * follow-up how many still do, two ways: among those assessed, and of all endpoint responders
 * (the unassessed counted as not sustained, as Feder et al. 2025 report it).
 */
import { Table, Text } from '@mantine/core';
import { useT } from '../i18n/i18n.ts';
import { ScrollTable } from '../ui/ScrollTable.tsx';
import { isSuppressed, type OutcomeReport, shown, withheld } from './api.ts';
import { count, ofCount, proportion } from './format.ts';
import { Cell } from './TimepointsTable.tsx';

export function DurabilitySection({ report, instrument }: { report: OutcomeReport; instrument: string }) {
  const { t } = useT('outcomes');
  const d = report.durability;
  if (!d) {
    return (
      <Text size="sm">
        {report.rules.responsePercent === null
          ? t('durability.noCriterion', { instrument })
          : t('durability.noEndpoint')}
      </Text>
    );
  }
  if (isSuppressed(d)) return <Text size="sm">{t('durability.suppressed', { withheld: withheld(d) })}</Text>;
  const criterion = report.rules.responseCriterion ?? t('durability.theCriterion');
  const endpoint = d.endpointLabel;
  return (
    <>
      <Text size="sm" fw={600}>
        {t('durability.responded', { count: d.responders, n: count(d.responders), endpoint, criterion })}
      </Text>
      {d.followUps.length === 0 ? (
        <Text size="sm">{t('durability.noFollowUp', { endpoint })}</Text>
      ) : d.responders === 0 ? (
        <Text size="sm">{t('durability.noResponders', { endpoint })}</Text>
      ) : (
        <ScrollTable label={t('durability.table')} minWidth={760}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('durability.followUp')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('durability.respondersAssessed')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('durability.stillResponding')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('durability.notAssessed')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('durability.sustained', { n: count(d.responders) })}
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
