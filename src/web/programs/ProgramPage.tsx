/** /programs/:id — a saved program in the builder; /programs/new/blank — a new, empty one. */
import { Button, Group } from '@mantine/core';
import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { NotFoundPage } from '../app/NotFoundPage.tsx';
import { useCan } from '../app/session-context.tsx';
import { ProgramAtHomeSection } from '../at-home/ProgramAtHomeSection.tsx';
import { ProgramDoseBandsSection } from '../dose-bands/ProgramDoseBandsSection.tsx';
import { ApiError } from '../http/problem.ts';
import { useT } from '../i18n/i18n.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { PageLoader } from '../ui/PageLoader.tsx';
import { useProgram, useProgramTemplates } from './api.ts';
import { blankDraft, draftFromDefinition } from './draft.ts';
import { ProgramBuilder } from './ProgramBuilder.tsx';

export function ProgramPage() {
  const { id = '' } = useParams();
  const { t } = useT('programs');
  const query = useProgram(id);
  const templates = useProgramTemplates();
  const canSeeOutcomes = useCan('outcome.read');
  const program = query.data;
  // The draft starts from the program as loaded; later refetches do not overwrite what is typed.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a different program resets the draft
  const initial = useMemo(() => (program ? draftFromDefinition(program.definition) : null), [program?.id]);

  if (query.isError && !program) {
    if (query.error instanceof ApiError && (query.error.status === 404 || query.error.status === 400)) {
      return <NotFoundPage title={t('page.notFoundTitle')} message={t('page.notFoundBody')} />;
    }
    return (
      <>
        <PageHeader title={t('page.title')} />
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      </>
    );
  }
  if (!program || !initial) return <PageLoader label={t('page.loading')} />;
  const templateTitle = program.templateId
    ? (templates.data?.items.find((t) => t.id === program.templateId)?.title ?? null)
    : null;
  return (
    <>
      {canSeeOutcomes && (
        <Group justify="flex-end" mb="xs">
          <Button component={Link} to={`/programs/${program.id}/outcomes`} variant="light" size="xs">
            {t('page.outcomes')}
          </Button>
        </Group>
      )}
      <ProgramBuilder key={program.id} program={program} initial={initial} templateTitle={templateTitle} />
      <ProgramAtHomeSection programId={program.id} />
      <ProgramDoseBandsSection programId={program.id} />
    </>
  );
}

export function NewBlankProgramPage() {
  const initial = useMemo(() => blankDraft(), []);
  return <ProgramBuilder program={null} initial={initial} />;
}
