/** The items as printed, with their answer options and scoring values. */

import { Box, Table, Text } from '@mantine/core';
import { useT } from '../i18n/i18n.ts';
import { ScrollTable } from '../ui/ScrollTable.tsx';
import type { InstrumentItem } from './api.ts';

export function ItemsTable({ items }: { items: readonly InstrumentItem[] }) {
  const { t } = useT('instrumentPages');
  return (
    <ScrollTable label={t('items.label')} minWidth={640}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('items.number')}</Table.Th>
          <Table.Th scope="col">{t('items.item')}</Table.Th>
          <Table.Th scope="col">{t('items.options')}</Table.Th>
          <Table.Th scope="col">{t('items.scoring')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((item) => (
          <Table.Tr key={item.linkId}>
            <Table.Th scope="row" style={{ verticalAlign: 'top' }}>
              {item.number}
            </Table.Th>
            <Table.Td style={{ verticalAlign: 'top', minWidth: 220 }}>{item.text}</Table.Td>
            <Table.Td style={{ verticalAlign: 'top' }}>
              <Box component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
                {item.options.map((o) => (
                  <Text component="li" size="sm" key={o.value}>
                    <strong>{o.value}</strong>: {o.label}
                  </Text>
                ))}
              </Box>
            </Table.Td>
            <Table.Td style={{ verticalAlign: 'top' }}>
              <Text size="sm">{item.scored ? t('items.scored') : t('items.notScored')}</Text>
              <Text size="sm">{item.required ? t('items.required') : t('items.optional')}</Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ScrollTable>
  );
}
