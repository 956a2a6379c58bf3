/**
 * Every saved version, newest first. "View" shows what a version held; a manager can load it into
 * the form as the draft (saving it then makes it the newest version).
 */
import { Badge, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { ProgramDefinition } from '../../domain/programs/types.ts';
import { PHASES } from '../../domain/programs/types.ts';
import { Section } from '../evidence/Section.tsx';
import { useT } from '../i18n/i18n.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { formatDateTime } from '../ui/format.ts';
import { PageLoader } from '../ui/PageLoader.tsx';
import { type Program, useProgramVersion } from './api.ts';
import { describeOffset, FORMAT_SHORT_LABELS, MODALITY_LABELS, PHASE_LABELS } from './labels.ts';

interface Props {
  program: Program;
  /** Loads a version's definition as the draft; absent for roles that cannot edit. */
  onLoad?: (definition: ProgramDefinition, version: number) => void;
}

export function VersionHistory({ program, onLoad }: Props) {
  const { t } = useT('programs');
  const [viewing, setViewing] = useState<number | null>(null);
  const versions = [...program.versions].sort((a, b) => b.version - a.version);
  return (
    <Section title={t('versions.title')} id="program-versions">
      <Text size="sm" mb="sm">
        {t('versions.intro')}
      </Text>
      <List spacing="xs" listStyleType="none" ml={0} pl={0}>
        {versions.map((v) => (
          <List.Item key={v.version}>
            <Group gap="xs" wrap="wrap">
              <Text fw={600}>{t('versions.version', { version: v.version })}</Text>
              {v.version === program.currentVersion && (
                <Badge variant="light" color="teal" tt="none">
                  {t('versions.current')}
                </Badge>
              )}
              <Text size="sm">
                <time dateTime={v.createdAt}>{formatDateTime(v.createdAt)}</time>
                {v.createdBy ? t('versions.by', { name: v.createdBy.name }) : ''}
                {v.version === 1 && program.templateId ? t('versions.fromTemplate') : ''}
              </Text>
              <Button variant="subtle" size="compact-sm" onClick={() => setViewing(v.version)}>
                {t('versions.view', { version: v.version })}
              </Button>
            </Group>
          </List.Item>
        ))}
      </List>
      <Modal
        opened={viewing !== null}
        onClose={() => setViewing(null)}
        title={t('versions.modalTitle', { version: viewing ?? '', name: program.name })}
        size="lg"
      >
        {viewing !== null && (
          <VersionView
            programId={program.id}
            version={viewing}
            onLoad={
              onLoad
                ? (def) => {
                    onLoad(def, viewing);
                    setViewing(null);
                  }
                : undefined
            }
          />
        )}
      </Modal>
    </Section>
  );
}

function VersionView({
  programId,
  version,
  onLoad,
}: {
  programId: string;
  version: number;
  onLoad: ((definition: ProgramDefinition) => void) | undefined;
}) {
  const { t } = useT('programs');
  const query = useProgramVersion(programId, version);
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return <PageLoader label={t('versions.loading')} />;
  const def = query.data.definition;
  return (
    <Stack gap="sm">
      <Text size="sm">
        {t('versions.saved')}{' '}
        <time dateTime={query.data.createdAt}>{formatDateTime(query.data.createdAt)}</time>
      </Text>
      <Text>
        <strong>{def.name}</strong> · {MODALITY_LABELS[def.modality]} · {FORMAT_SHORT_LABELS[def.format]}
      </Text>
      <Text size="sm">
        {t('versions.bpLimit')}{' '}
        {def.safety.preDoseSystolicMax === null && def.safety.preDoseDiastolicMax === null
          ? t('versions.notSet')
          : `${def.safety.preDoseSystolicMax ?? t('versions.notSet')} / ${def.safety.preDoseDiastolicMax ?? t('versions.notSet')} mmHg`}
      </Text>
      {PHASES.map((phase) => {
        const sessions = def.sessions.filter((s) => s.phase === phase);
        if (sessions.length === 0) return null;
        return (
          <div key={phase}>
            <Text fw={600} size="sm">
              {PHASE_LABELS[phase]}
            </Text>
            <List size="sm">
              {sessions.map((s) => (
                <List.Item key={s.key}>
                  {t('versions.session', {
                    name: s.name,
                    days: s.days.join(', '),
                    time: s.startTime,
                    minutes: s.durationMinutes,
                  })}
                  {s.kind === 'group' ? t('versions.group') : ''}
                  {s.dosing ? t('versions.dosing', { substance: s.dosing.substance }) : ''}
                </List.Item>
              ))}
            </List>
          </div>
        );
      })}
      {def.assessments.length > 0 && (
        <div>
          <Text fw={600} size="sm">
            {t('versions.questionnaires')}
          </Text>
          <List size="sm">
            {def.assessments.map((a) => (
              <List.Item key={a.key}>
                {a.instrumentId} — {a.label}: {describeOffset(a.offset.amount, a.offset.unit, a.anchor)}
              </List.Item>
            ))}
          </List>
        </div>
      )}
      {onLoad && (
        <Group>
          <Button onClick={() => onLoad(def)}>{t('versions.load', { version })}</Button>
        </Group>
      )}
    </Stack>
  );
}
