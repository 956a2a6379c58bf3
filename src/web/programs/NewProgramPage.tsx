/**
 * Starting a program: from a template (each names the study it follows and what the clinic must
 * set itself) or blank. A template is saved at once as version 1, then opened in the builder.
 */
import {
  Anchor,
  Box,
  Button,
  Card,
  Group,
  List,
  SimpleGrid,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { PHASES, type ProgramDefinition } from '../../domain/programs/types.ts';
import { useT } from '../i18n/i18n.ts';
import { tKey } from '../i18n/labels.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { PageLoader } from '../ui/PageLoader.tsx';
import { useSingleFlight } from '../ui/single-flight.ts';
import { useCreateProgram, useProgramTemplates } from './api.ts';
import { FORMAT_SHORT_LABELS, MODALITY_LABELS, PHASE_LABELS } from './labels.ts';

function outline(def: ProgramDefinition): string[] {
  const count = (list: ProgramDefinition['sessions']) => list.reduce((n, s) => n + s.days.length, 0);
  return PHASES.flatMap((phase) => {
    const sessions = def.sessions.filter((s) => s.phase === phase);
    const total = count(sessions);
    if (!total) return [];
    const personal = count(sessions.filter((s) => s.kind === 'personal'));
    const group = total - personal;
    const dosing = count(sessions.filter((s) => s.dosing));
    const kinds = [
      personal ? tKey('programs:templates.personal', { count: personal }) : '',
      group ? tKey('programs:templates.group', { count: group }) : '',
    ].filter(Boolean);
    const dosed = dosing
      ? dosing === total
        ? tKey('programs:templates.dosingAll')
        : tKey('programs:templates.dosingSome', { count: dosing })
      : '';
    return [
      tKey('programs:templates.outline', {
        phase: PHASE_LABELS[phase],
        sessions: tKey('programs:templates.sessions', { count: total }),
        kinds: kinds.join(', '),
        dosing: dosed,
      }),
    ];
  });
}

export function NewProgramPage() {
  const { t: tr } = useT('programs');
  const templates = useProgramTemplates();
  const create = useCreateProgram();
  const navigate = useNavigate();
  const flight = useSingleFlight();
  // One create per visit to this page: a repeated request (double click, retry) gets the same
  // program back from the server instead of a second one.
  const [requestId] = useState(() => crypto.randomUUID());

  const startFrom = (templateId: string) => {
    if (!flight.begin()) return;
    create.mutate(
      { templateId, requestId },
      {
        onSettled: flight.end,
        onSuccess: (program) => {
          notifications.show({
            color: 'teal',
            message: tr('templates.created', { name: program.name }),
          });
          navigate(`/programs/${program.id}`);
        },
      },
    );
  };

  return (
    <Stack gap={0} maw={1100}>
      <Anchor component={Link} to="/programs" size="sm" mb="xs">
        {tr('templates.allPrograms')}
      </Anchor>
      <PageHeader title={tr('templates.title')} />
      <Stack gap="md">
        <Text maw={760}>{tr('templates.intro')}</Text>
        {create.isError && <ErrorAlert error={create.error} title={tr('templates.notCreated')} />}
        {templates.isError ? (
          <ErrorAlert error={templates.error} onRetry={() => void templates.refetch()} />
        ) : !templates.data ? (
          <PageLoader label={tr('templates.loading')} />
        ) : (
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            {templates.data.items.map((t) => {
              const source = t.definition.source;
              const headingId = `template-${t.id}`;
              return (
                <Card key={t.id} withBorder padding="md" component="section" aria-labelledby={headingId}>
                  <Stack gap="xs" h="100%">
                    <Title order={2} size="h4" id={headingId}>
                      {t.title}
                    </Title>
                    <Text size="sm">
                      {MODALITY_LABELS[t.definition.modality]} · {FORMAT_SHORT_LABELS[t.definition.format]}
                      {t.definition.arms.length > 0
                        ? ` · ${tr('templates.arms', { count: t.definition.arms.length })}`
                        : ''}
                    </Text>
                    <Text size="sm">{t.summary}</Text>
                    <List size="sm" spacing={2}>
                      {outline(t.definition).map((line) => (
                        <List.Item key={line}>{line}</List.Item>
                      ))}
                      {t.definition.assessments.length > 0 && (
                        <List.Item>
                          {tr('templates.questionnaires', {
                            list: [
                              ...new Set(t.definition.assessments.map((a) => a.instrumentId.toUpperCase())),
                            ].join(', '),
                          })}
                        </List.Item>
                      )}
                    </List>
                    {source && (
                      <Box>
                        <Text size="sm">
                          <strong>{tr('templates.source')}</strong> {source.citation}
                          {source.doi && (
                            <>
                              {' '}
                              <Anchor
                                href={`https://doi.org/${source.doi}`}
                                target="_blank"
                                rel="noreferrer"
                                size="sm"
                              >
                                doi:{source.doi}
                              </Anchor>
                            </>
                          )}
                        </Text>
                        {source.note && (
                          <Box component="details" className="threshold-source" mt={4}>
                            <Text component="summary" size="sm" fw={600}>
                              {tr('templates.mustSet')}
                              <VisuallyHidden component="span">
                                {tr('templates.forTemplate', { title: t.title })}
                              </VisuallyHidden>
                            </Text>
                            <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
                              {source.note}
                            </Text>
                          </Box>
                        )}
                      </Box>
                    )}
                    <Group mt="auto" pt="xs">
                      <Button
                        onClick={() => startFrom(t.id)}
                        loading={
                          create.isPending &&
                          create.variables &&
                          'templateId' in create.variables &&
                          create.variables.templateId === t.id
                        }
                        disabled={create.isPending}
                      >
                        {tr('templates.use')}
                        <VisuallyHidden component="span">
                          {tr('templates.forTemplate', { title: t.title })}
                        </VisuallyHidden>
                      </Button>
                    </Group>
                  </Stack>
                </Card>
              );
            })}
            <Card withBorder padding="md" component="section" aria-labelledby="template-blank">
              <Stack gap="xs" h="100%">
                <Title order={2} size="h4" id="template-blank">
                  {tr('templates.blankTitle')}
                </Title>
                <Text size="sm">{tr('templates.blankText')}</Text>
                <Group mt="auto" pt="xs">
                  <Button variant="default" onClick={() => navigate('/programs/new/blank')}>
                    {tr('templates.startBlank')}
                  </Button>
                </Group>
              </Stack>
            </Card>
          </SimpleGrid>
        )}
      </Stack>
    </Stack>
  );
}
