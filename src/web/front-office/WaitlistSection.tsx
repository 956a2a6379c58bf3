/** One cohort's waitlist: the people waiting, in the order places will be offered. */
import { Anchor, List, Text } from '@mantine/core';
import { Link } from 'react-router';
import { Section } from '../evidence/Section.tsx';
import { useT } from '../i18n/i18n.ts';
import type { ApplicationSummary } from './api.ts';

export function WaitlistSection({ cohortName, items }: { cohortName: string; items: ApplicationSummary[] }) {
  const { t } = useT('frontOffice');
  const waiting = items
    .filter((a): a is ApplicationSummary & { waitlistPosition: number } => a.waitlistPosition !== null)
    .sort((a, b) => a.waitlistPosition - b.waitlistPosition);
  return (
    <Section title={t('waitlist.title', { cohort: cohortName })} id="cohort-waitlist">
      {waiting.length === 0 ? (
        <Text size="sm">{t('waitlist.none')}</Text>
      ) : (
        <List type="ordered" spacing={4} aria-label={t('waitlist.title', { cohort: cohortName })}>
          {waiting.map((a) => (
            <List.Item key={a.id}>
              <Anchor component={Link} to={`/applications/${a.id}`}>
                {a.client.name}
              </Anchor>{' '}
              <Text span size="sm">
                ({t('waitlist.position', { position: a.waitlistPosition })})
              </Text>
            </List.Item>
          ))}
        </List>
      )}
    </Section>
  );
}
