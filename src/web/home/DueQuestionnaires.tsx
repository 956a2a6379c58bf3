/** Questionnaires due now and not answered, closing soonest first (clinicians, intake, owners). */
import { Anchor, List, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { DueQuestionnaireList } from '../../api/home.ts';
import { api } from '../http/http.ts';
import { useT } from '../i18n/i18n.ts';
import { formatDateTimeIn, useOrgTimezone } from '../sessions/time.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { PageLoader } from '../ui/PageLoader.tsx';
import { HomeSection } from './HomeSection.tsx';

export function DueQuestionnaires() {
  const { t } = useT('home');
  const q = useQuery({
    queryKey: ['home', 'due-questionnaires'],
    queryFn: () => api.get<DueQuestionnaireList>('/api/home/due-questionnaires'),
    staleTime: 0,
    refetchOnWindowFocus: false,
  });
  const { timezone } = useOrgTimezone();
  const items = q.data?.items ?? [];
  return (
    <HomeSection id="home-due" title={t('due.title')}>
      {q.isError && !q.data ? (
        <ErrorAlert error={q.error} onRetry={() => void q.refetch()} />
      ) : !q.data ? (
        <PageLoader label={t('due.loading')} />
      ) : items.length === 0 ? (
        <Text>{t('due.none')}</Text>
      ) : (
        <>
          <List spacing={4}>
            {items.map((i) => (
              <List.Item key={i.invitationId}>
                <Anchor component={Link} to={`/clients/${encodeURIComponent(i.client.id)}`}>
                  {i.client.name}
                </Anchor>{' '}
                <Text span size="sm">
                  {i.instrumentId.toUpperCase()} ({i.label}) ·{' '}
                  {i.sends ? t('due.emailed', { count: i.sends }) : t('due.notEmailed')} ·{' '}
                  {t('due.closes', { when: formatDateTimeIn(i.closesAt, timezone) })}
                </Text>
              </List.Item>
            ))}
          </List>
          {q.data.total > items.length && (
            <Text size="sm" mt="xs">
              {t('due.more', { count: q.data.total - items.length })}
            </Text>
          )}
        </>
      )}
    </HomeSection>
  );
}
