/**
 * "Analyse these studies": the studies chosen in the evidence library (/meta?studies=…), each with
 * the outcome to pool (its counts as the library records them), loaded into the table in one click.
 */
import { Alert, Button, List, NativeSelect, Stack, Text } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import { useState } from 'react';
import { shortCitation } from '../../domain/evidence/text.ts';
import { type StudyDetail, studyKeys } from '../evidence/api.ts';
import { api } from '../http/http.ts';
import { useT } from '../i18n/i18n.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { PageLoader } from '../ui/PageLoader.tsx';
import { countOutcomes, defaultOutcome, type LibraryChoice } from './library.ts';

interface Props {
  ids: readonly string[];
  onLoad: (choices: LibraryChoice[]) => void;
}

export function LibraryLoader({ ids, onLoad }: Props) {
  const { t } = useT('meta');
  const queries = useQueries({
    queries: ids.map((id) => ({
      queryKey: studyKeys.detail(id),
      queryFn: () => api.get<StudyDetail>(`/api/studies/${encodeURIComponent(id)}`),
    })),
  });
  /** Chosen outcome index per study id (absent: the default). */
  const [picked, setPicked] = useState<Record<string, number>>({});
  const failed = queries.find((q) => q.isError);
  if (failed) return <ErrorAlert error={failed.error} onRetry={() => void failed.refetch()} />;
  if (queries.some((q) => !q.data)) return <PageLoader label={t('library.loading')} />;

  const studies = queries.map((q) => {
    const s = q.data!;
    const outcomes = countOutcomes(s.record);
    const chosen = outcomes.find((o) => o.index === picked[s.id]) ?? defaultOutcome(outcomes);
    return { id: s.id, citation: shortCitation(s.record), outcomes, chosen };
  });
  const usable = studies.filter((s) => s.chosen !== null);
  const without = studies.filter((s) => s.chosen === null);
  return (
    <Stack gap="sm">
      <Text size="sm" maw={760}>
        {t('library.intro')}
      </Text>
      {usable.map((s) => (
        <NativeSelect
          key={s.id}
          label={s.citation}
          value={String(s.chosen!.index)}
          onChange={(e) => setPicked((p) => ({ ...p, [s.id]: Number(e.currentTarget.value) }))}
          data={s.outcomes.map((o) => ({ value: String(o.index), label: o.text }))}
          maw={760}
        />
      ))}
      {without.length > 0 && (
        <Alert color="yellow" title={t('library.notPooled')} role="note">
          <Text size="sm">{t('library.noCounts')}</Text>
          <List size="sm">
            {without.map((s) => (
              <List.Item key={s.id}>{s.citation}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      <Button
        w="fit-content"
        disabled={usable.length === 0}
        onClick={() => onLoad(usable.map((s) => ({ citation: s.citation, outcome: s.chosen! })))}
      >
        {t('library.load', { count: usable.length })}
      </Button>
    </Stack>
  );
}
