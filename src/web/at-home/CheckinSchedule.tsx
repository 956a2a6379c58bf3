/** The session's check-ins: their time and whether each was answered, missed or is still open. */
import { List, Text } from '@mantine/core';
import type { HomeSessionView } from './api.ts';
import type { AtHomeT } from './text.ts';

type Checkin = HomeSessionView['checkins'][number];

const stateOf = (c: Checkin) => c.answer ?? (c.missed ? 'missed' : 'open');

export function CheckinSchedule(props: { checkins: Checkin[]; time: (iso: string) => string; t: AtHomeT }) {
  const { checkins, time, t } = props;
  return (
    <section aria-labelledby="checkin-schedule">
      <Text id="checkin-schedule" fw={700} mb="xs">
        {t('schedule')}
      </Text>
      <List spacing="xs">
        {checkins.map((c) => (
          <List.Item key={c.id}>
            {t('due', { time: time(c.dueAt) })}: {t(`state.${stateOf(c)}`)}
          </List.Item>
        ))}
      </List>
    </section>
  );
}
