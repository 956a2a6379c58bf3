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
    const kinds = [personal ? `${personal} personal` : '', group ? `${group} group` : ''].filter(Boolean);
    const dosed = dosing ? `; ${dosing === total ? 'all' : dosing} dosing` : '';
    return [
      `${PHASE_LABELS[phase]}: ${total} ${total === 1 ? 'session' : 'sessions'} (${kinds.join(', ')}${dosed})`,
    ];
  });
}

export function NewProgramPage() {
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
            message: `${program.name} created from the template as version 1. Adjust it and save a new version.`,
          });
          navigate(`/programs/${program.id}`);
        },
      },
    );
  };

  return (
    <Stack gap={0} maw={1100}>
      <Anchor component={Link} to="/programs" size="sm" mb="xs">
        ← All programs
      </Anchor>
      <PageHeader title="New program" />
      <Stack gap="md">
        <Text maw={760}>
          Start from a template that follows a published protocol, then adjust it to your service: every
          template says which details its study does not state and you must set. Or start blank.
        </Text>
        {create.isError && <ErrorAlert error={create.error} title="The program was not created" />}
        {templates.isError ? (
          <ErrorAlert error={templates.error} onRetry={() => void templates.refetch()} />
        ) : !templates.data ? (
          <PageLoader label="Loading templates" />
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
                      {t.definition.arms.length > 0 ? ` · ${t.definition.arms.length} arms` : ''}
                    </Text>
                    <Text size="sm">{t.summary}</Text>
                    <List size="sm" spacing={2}>
                      {outline(t.definition).map((line) => (
                        <List.Item key={line}>{line}</List.Item>
                      ))}
                      {t.definition.assessments.length > 0 && (
                        <List.Item>
                          Questionnaires:{' '}
                          {[
                            ...new Set(t.definition.assessments.map((a) => a.instrumentId.toUpperCase())),
                          ].join(', ')}
                        </List.Item>
                      )}
                    </List>
                    {source && (
                      <Box>
                        <Text size="sm">
                          <strong>Source:</strong> {source.citation}
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
                              What you must set
                              <VisuallyHidden component="span"> for {t.title}</VisuallyHidden>
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
                        Use this template<VisuallyHidden component="span"> for {t.title}</VisuallyHidden>
                      </Button>
                    </Group>
                  </Stack>
                </Card>
              );
            })}
            <Card withBorder padding="md" component="section" aria-labelledby="template-blank">
              <Stack gap="xs" h="100%">
                <Title order={2} size="h4" id="template-blank">
                  Blank program
                </Title>
                <Text size="sm">Design every phase, session and questionnaire yourself.</Text>
                <Group mt="auto" pt="xs">
                  <Button variant="default" onClick={() => navigate('/programs/new/blank')}>
                    Start blank
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
