/** Shortcuts to each active program's outcomes (researchers and owners). */
import { Anchor, List, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useT } from '../i18n/i18n.ts';
import { usePrograms } from '../programs/api.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { PageLoader } from '../ui/PageLoader.tsx';
import { HomeSection } from './HomeSection.tsx';

export function OutcomeShortcuts() {
  const { t } = useT('home');
  const q = usePrograms('active');
  const items = q.data?.items ?? [];
  return (
    <HomeSection
      id="home-outcomes"
      title={t('outcomes.title')}
      more={{ to: '/outcomes', label: t('outcomes.all') }}
    >
      {q.isError && !q.data ? (
        <ErrorAlert error={q.error} onRetry={() => void q.refetch()} />
      ) : !q.data ? (
        <PageLoader label={t('outcomes.loading')} />
      ) : items.length === 0 ? (
        <Text>{t('outcomes.none')}</Text>
      ) : (
        <List spacing={4}>
          {items.map((p) => (
            <List.Item key={p.id}>
              <Anchor component={Link} to={`/programs/${encodeURIComponent(p.id)}/outcomes`}>
                {p.name}
              </Anchor>
            </List.Item>
          ))}
        </List>
      )}
    </HomeSection>
  );
}
