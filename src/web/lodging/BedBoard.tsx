/**
 * Allocation by dragging: the guests without a bed, and every room with its beds. A guest is
 * dragged onto a bed (or back to the unplaced guests) with the browser's own drag and drop; the
 * server decides, and a refusal (a bed already taken, a room that does not suit the guest) is shown
 * at that bed. The bed list below the board does the same by keyboard or a tap.
 */
import { Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { type DragEvent, type ReactNode, useState } from 'react';
import { messageFor } from '../http/field-errors.ts';
import { useT } from '../i18n/i18n.ts';
import type { CohortLodging, LodgingGuest } from './api.ts';
import { useMoveGuest } from './move-guest.ts';

const TYPE = 'application/x-threshold-guest';

function GuestChip({ guest, canDrag }: { guest: LodgingGuest; canDrag: boolean }) {
  return (
    <Badge
      size="lg"
      variant="light"
      tt="none"
      draggable={canDrag}
      onDragStart={(e: DragEvent) => {
        e.dataTransfer.setData(TYPE, guest.enrollmentId);
        e.dataTransfer.setData('text/plain', guest.client.name);
        e.dataTransfer.effectAllowed = 'move';
      }}
      style={{ cursor: canDrag ? 'grab' : undefined, maxWidth: '100%' }}
      data-guest={guest.enrollmentId}
    >
      {guest.client.name}
    </Badge>
  );
}

/** A place a guest may be dropped: highlighted while a guest is held over it. */
function DropZone(props: {
  label: string;
  onDrop: (enrollmentId: string) => void;
  enabled: boolean;
  children: ReactNode;
}) {
  const [over, setOver] = useState(false);
  const accepts = (e: DragEvent) => props.enabled && e.dataTransfer.types.includes(TYPE);
  return (
    <Paper
      withBorder
      p="xs"
      role="group"
      aria-label={props.label}
      bg={over ? 'var(--mantine-color-blue-light)' : undefined}
      onDragOver={(e: DragEvent) => {
        if (!accepts(e)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'move';
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e: DragEvent) => {
        setOver(false);
        if (!accepts(e)) return;
        e.preventDefault();
        props.onDrop(e.dataTransfer.getData(TYPE));
      }}
    >
      {props.children}
    </Paper>
  );
}

export function BedBoard({ lodging, canManage }: { lodging: CohortLodging; canManage: boolean }) {
  const { t } = useT('lodging');
  const { move } = useMoveGuest(lodging);
  const [refused, setRefused] = useState<{ bedId: string; message: string } | null>(null);
  const enabled = canManage && lodging.stay !== null;
  const guestIn = new Map(lodging.guests.flatMap((g) => (g.bedId ? [[g.bedId, g] as const] : [])));
  const elsewhere = new Set(lodging.takenElsewhere);
  const unplaced = lodging.guests.filter((g) => !g.bedId);

  const drop = async (enrollmentId: string, bedId: string | null) => {
    const guest = lodging.guests.find((g) => g.enrollmentId === enrollmentId);
    if (!guest) return;
    setRefused(null);
    try {
      await move(guest, bedId);
    } catch (e) {
      if (bedId) setRefused({ bedId, message: messageFor(e, 'bedId') });
    }
  };

  return (
    <Stack gap="xs">
      <Title order={4} size="h6">
        {t('board.title')}
      </Title>
      <Text size="sm">{t('board.hint')}</Text>
      <DropZone label={t('board.unplaced')} enabled={enabled} onDrop={(id) => void drop(id, null)}>
        <Text size="sm" fw={600} mb={4}>
          {t('board.unplaced')}
        </Text>
        <Group gap="xs" mih={28}>
          {unplaced.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('board.everyonePlaced')}
            </Text>
          ) : (
            unplaced.map((g) => <GuestChip key={g.enrollmentId} guest={g} canDrag={enabled} />)
          )}
        </Group>
      </DropZone>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="xs">
        {lodging.rooms.map((room) => (
          <Paper key={room.id} withBorder p="xs" component="section" aria-label={room.name}>
            <Text fw={600} mb={4}>
              {room.name}
            </Text>
            <Stack gap={4}>
              {room.beds.map((bed) => {
                const label = t('cohort.bedOption', { room: room.name, bed: bed.label });
                const guest = guestIn.get(bed.id);
                return (
                  <DropZone
                    key={bed.id}
                    label={label}
                    enabled={enabled}
                    onDrop={(id) => void drop(id, bed.id)}
                  >
                    <Group gap="xs" justify="space-between" wrap="wrap">
                      <Text size="sm">{t('board.bed', { bed: bed.label })}</Text>
                      {guest ? (
                        <GuestChip guest={guest} canDrag={enabled} />
                      ) : (
                        <Text size="sm" c="dimmed">
                          {elsewhere.has(bed.id) ? t('board.takenElsewhere') : t('board.free')}
                        </Text>
                      )}
                    </Group>
                    {refused?.bedId === bed.id && (
                      <Text size="sm" c="red" role="alert" mt={4}>
                        {refused.message}
                      </Text>
                    )}
                  </DropZone>
                );
              })}
            </Stack>
          </Paper>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
