/** The cohort's guests: each with their needs (and a way to change them) and their bed. */
import { Button, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useT } from '../i18n/i18n.ts';
import { ScrollTable } from '../ui/ScrollTable.tsx';
import type { CohortLodging, LodgingGuest } from './api.ts';
import { BedChoice } from './BedChoice.tsx';
import { NeedsModal } from './NeedsModal.tsx';

export function GuestsTable({ lodging, canManage }: { lodging: CohortLodging; canManage: boolean }) {
  const { t } = useT('lodging');
  const [editing, setEditing] = useState<LodgingGuest | null>(null);
  return (
    <>
      <ScrollTable label={t('cohort.guests')} minWidth={320}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('cohort.guest')}</Table.Th>
            <Table.Th scope="col">{t('cohort.bed')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lodging.guests.map((g) => (
            <Table.Tr key={g.enrollmentId}>
              <Table.Th scope="row" fw={400}>
                <Text fw={600}>{g.client.name}</Text>
                <Needs guest={g} lodging={lodging} />
                {canManage && (
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    onClick={() => setEditing(g)}
                    aria-label={t('cohort.editNeedsOf', { name: g.client.name })}
                  >
                    {t('cohort.editNeeds')}
                  </Button>
                )}
              </Table.Th>
              <Table.Td miw={180}>
                <BedChoice guest={g} lodging={lodging} disabled={!canManage || !lodging.stay} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </ScrollTable>
      {editing && <NeedsModal guest={editing} lodging={lodging} onClose={() => setEditing(null)} />}
    </>
  );
}

function Needs({ guest: g, lodging }: { guest: LodgingGuest; lodging: CohortLodging }) {
  const { t } = useT('lodging');
  const mate = g.roommateClientId
    ? lodging.guests.find((o) => o.client.id === g.roommateClientId)
    : undefined;
  const lines = [
    g.diet ? `${t('cohort.diet')}: ${g.diet}` : null,
    g.accessNeeds ? `${t('cohort.access')}: ${g.accessNeeds}` : null,
    g.needsAccessibleRoom ? t('cohort.accessibleRoom') : null,
    mate ? t('cohort.wantsRoommate', { name: mate.client.name }) : null,
  ].filter((l): l is string => l !== null);
  if (lines.length === 0) return null;
  return (
    <Stack gap={0}>
      {lines.map((l) => (
        <Text key={l} size="sm">
          {l}
        </Text>
      ))}
    </Stack>
  );
}
