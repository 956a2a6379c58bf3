/**
 * Moving a guest to a bed (or to none) by dragging on the board: the server
 * wants a bed freed before another is given, so the old bed is removed first; if the new bed is
 * refused, the old one is asked for back, so a refusal never leaves the guest without the bed they
 * had. The refusal is rethrown for the caller to show where the person acted.
 */
import { notifications } from '@mantine/notifications';
import { useT } from '../i18n/i18n.ts';
import { type CohortLodging, type LodgingGuest, useCohortLodgingActions } from './api.ts';

export function useMoveGuest(lodging: CohortLodging) {
  const { t } = useT('lodging');
  const { assign, unassign } = useCohortLodgingActions(lodging.cohortId);
  const move = async (guest: LodgingGuest, bedId: string | null): Promise<void> => {
    const name = guest.client.name;
    if (guest.bedId === bedId) return;
    if (guest.bedId) await unassign.mutateAsync(guest.enrollmentId);
    if (!bedId) {
      notifications.show({ color: 'teal', message: t('cohort.unassigned', { name }) });
      return;
    }
    try {
      await assign.mutateAsync({ enrollmentId: guest.enrollmentId, bedId });
    } catch (refusal) {
      if (guest.bedId) {
        await assign.mutateAsync({ enrollmentId: guest.enrollmentId, bedId: guest.bedId }).catch(() => {});
      }
      throw refusal;
    }
    const room = lodging.rooms.find((r) => r.beds.some((b) => b.id === bedId));
    const bed = room?.beds.find((b) => b.id === bedId);
    notifications.show({
      color: 'teal',
      message: t('cohort.assigned', { name, room: room?.name ?? '', bed: bed?.label ?? '' }),
    });
  };
  return { move, pending: assign.isPending || unassign.isPending };
}
