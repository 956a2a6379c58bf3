/**
 * The program builder: one draft of the whole definition, saved as a new version. The save names
 * the version the user started from; when someone else saved first (409) the draft stays in the
 * form and the user chooses to load the newer version or to save theirs on top of it. Errors
 * (local or from the server) show beside their inputs, summarised at the top with links.
 */
import { Alert, Anchor, Badge, Button, Group, List, Modal, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useBlocker, useNavigate } from 'react-router';
import type { ProgramDefinition } from '../../domain/programs/types.ts';
import { useCan } from '../app/session-context.tsx';
import { api } from '../http/http.ts';
import { ApiError } from '../http/problem.ts';
import { useT } from '../i18n/i18n.ts';
import { useInstruments, useLicensedInstruments } from '../instruments/api.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { useSingleFlight } from '../ui/single-flight.ts';
import { ArchiveProgram } from './ArchiveProgram.tsx';
import { ArmsEditor } from './ArmsEditor.tsx';
import { AssessmentsEditor } from './AssessmentsEditor.tsx';
import {
  conflictProgram,
  conflictVersion,
  type Program,
  programKeys,
  useCreateProgram,
  useSaveProgram,
} from './api.ts';
import { buildDefinition } from './build-definition.ts';
import { ConsentDocuments } from './ConsentDocuments.tsx';
import { DetailsFields, RemindersField, SafetyFields } from './DetailsFields.tsx';
import { draftFromDefinition, draftSignature, type ProgramDraft, withKeys } from './draft.ts';
import { type DraftErrors, describeAddress, errorCount, errorsFromApi, NO_ERRORS } from './draft-errors.ts';
import { type DraftEditor, fieldId } from './editor.ts';
import { FORMAT_SHORT_LABELS, MODALITY_LABELS } from './labels.ts';
import { PreviewPanel } from './PreviewPanel.tsx';
import { SessionsEditor } from './SessionsEditor.tsx';
import { SourceNote } from './SourceNote.tsx';
import { VersionHistory } from './VersionHistory.tsx';

interface Props {
  /** The saved program, or null for a new blank program (saving creates it). */
  program: Program | null;
  initial: ProgramDraft;
  templateTitle?: string | null;
}

interface Conflict {
  version: number | null;
}

/** The uid named in an error address (`sessions.12.days` → 12). */
const uidOf = (address: string): number | null => {
  const m = /^(?:sessions|assessments|arms)\.(\d+)/.exec(address);
  return m ? Number(m[1]) : null;
};

export function ProgramBuilder({ program, initial, templateTitle }: Props) {
  const { t } = useT('programs');
  const canManage = useCan('program.manage');
  const readOnly = !canManage || (program?.archivedAt ?? null) !== null;
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const instruments = useInstruments();
  const licensed = useLicensedInstruments();
  const create = useCreateProgram();
  const save = useSaveProgram(program?.id ?? '');

  const [draft, setDraft] = useState<ProgramDraft>(initial);
  const [baseSignature, setBaseSignature] = useState(() => draftSignature(initial));
  const [baseVersion, setBaseVersion] = useState(program?.currentVersion ?? 0);
  const [errors, setErrors] = useState<DraftErrors>(NO_ERRORS);
  const [open, setOpenSet] = useState<Set<number>>(() => new Set());
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const leaving = useRef(false);
  const flight = useSingleFlight();
  // The first save of a new program is one create, however often it is sent.
  const [requestId] = useState(() => crypto.randomUUID());

  const signature = useMemo(() => draftSignature(draft), [draft]);
  const dirty = signature !== baseSignature || program === null;

  const setOpen = (uid: number, o: boolean) =>
    setOpenSet((s) => {
      const next = new Set(s);
      if (o) next.add(uid);
      else next.delete(uid);
      return next;
    });

  const editor: DraftEditor = {
    draft,
    readOnly,
    errors,
    update(change, address) {
      setDraft((d) => change(d));
      if (address && errors.fields[address]) {
        setErrors((e) => {
          const fields = { ...e.fields };
          delete fields[address];
          return { ...e, fields };
        });
      }
    },
  };

  /** Shows errors: opens the items that have them, and moves focus to the summary. */
  const showErrors = (next: DraftErrors) => {
    setErrors(next);
    const uids = Object.keys(next.fields)
      .map(uidOf)
      .filter((u): u is number => u !== null);
    if (uids.length) setOpenSet((s) => new Set([...s, ...uids]));
    requestAnimationFrame(() => summaryRef.current?.focus());
  };

  /** The draft as a definition, or null (and the errors shown) when it cannot be sent. */
  const build = (): ProgramDefinition | null => {
    const { definition, errors: local } = buildDefinition(draft);
    if (!definition) {
      showErrors(local);
      return null;
    }
    setErrors(NO_ERRORS);
    return definition;
  };

  const onSaved = (saved: Program, definition: ProgramDefinition) => {
    const kept = withKeys(draft, definition);
    setDraft(kept);
    setBaseSignature(draftSignature(kept));
    setBaseVersion(saved.currentVersion);
    setConflict(null);
    setFailure(null);
    notifications.show({
      color: 'teal',
      message: t('builder.savedAs', { name: saved.name, version: saved.currentVersion }),
    });
  };

  const onFailed = (error: unknown) => {
    // A 409 carrying the current program is a newer version; any other 409 (a format change on a
    // program in use) is a refusal to show as it is.
    if (error instanceof ApiError && error.status === 409 && error.extra.current !== undefined) {
      const current = conflictProgram(error.extra);
      if (current) queryClient.setQueryData(programKeys.detail(current.id), current);
      else if (program) void queryClient.invalidateQueries({ queryKey: programKeys.detail(program.id) });
      setConflict({ version: conflictVersion(error.extra) });
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    if (error instanceof ApiError && error.status === 400 && error.fieldErrors.length) {
      setFailure(null);
      showErrors(errorsFromApi(error, draft));
      return;
    }
    setFailure(error);
  };

  const submit = (version = baseVersion) => {
    const definition = build();
    if (!definition) return;
    setFailure(null);
    if (!flight.begin()) return;
    if (!program) {
      create.mutate(
        { definition, requestId },
        {
          onSettled: flight.end,
          onSuccess: (saved) => {
            leaving.current = true;
            notifications.show({ color: 'teal', message: t('builder.created', { name: saved.name }) });
            navigate(`/programs/${saved.id}`, { replace: true });
          },
          onError: onFailed,
        },
      );
      return;
    }
    save.mutate(
      { baseVersion: version, definition },
      { onSuccess: (saved) => onSaved(saved, definition), onError: onFailed, onSettled: flight.end },
    );
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (readOnly || conflict) return;
    submit();
  };

  /** The newer version replaces the draft. */
  const loadNewer = async () => {
    if (!program) return;
    const latest = await queryClient.fetchQuery({
      queryKey: programKeys.detail(program.id),
      queryFn: () => api.get<Program>(`/api/programs/${encodeURIComponent(program.id)}`),
      staleTime: 0,
    });
    const next = draftFromDefinition(latest.definition);
    setDraft(next);
    setBaseSignature(draftSignature(next));
    setBaseVersion(latest.currentVersion);
    setConflict(null);
    setErrors(NO_ERRORS);
    notifications.show({ message: t('builder.loaded', { version: latest.currentVersion }) });
  };

  /** Saves the draft on top of the newer version. */
  const saveOver = () => {
    if (!conflict?.version) return;
    setConflict(null);
    submit(conflict.version);
  };

  const discard = () => {
    const next = program ? draftFromDefinition(program.definition) : initial;
    setDraft(next);
    setBaseSignature(draftSignature(next));
    setErrors(NO_ERRORS);
  };

  const loadVersion = (definition: ProgramDefinition, version: number) => {
    setDraft(draftFromDefinition(definition));
    setErrors(NO_ERRORS);
    notifications.show({
      message: t('builder.versionInForm', { version }),
    });
  };

  // Leaving with unsaved changes asks first (in the app, and when closing the tab).
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty && !readOnly && !leaving.current && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (!dirty || readOnly) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty, readOnly]);

  const pending = create.isPending || save.isPending;
  const count = errorCount(errors);
  const title = program ? program.name : t('builder.newProgram');
  const archived = program?.archivedAt != null;

  return (
    <Stack gap={0} maw={1000}>
      <Anchor component={Link} to="/programs" size="sm" mb="xs">
        {t('builder.allPrograms')}
      </Anchor>
      <PageHeader title={title} actions={program && canManage && <ArchiveProgram program={program} />}>
        <Group gap="xs" mt={4}>
          {program && (
            <Badge variant="light" tt="none">
              {t('builder.version', { version: program.currentVersion })}
            </Badge>
          )}
          {archived && (
            <Badge color="gray" variant="light" tt="none">
              {t('builder.archived')}
            </Badge>
          )}
          <Text size="sm">
            {MODALITY_LABELS[draft.modality]} · {FORMAT_SHORT_LABELS[draft.format]}
          </Text>
        </Group>
      </PageHeader>
      <Stack gap="lg">
        {archived && (
          <Alert color="gray" title={t('builder.archivedTitle')}>
            {t('builder.archivedBody')}
          </Alert>
        )}
        {!canManage && <Text size="sm">{t('builder.readOnly')}</Text>}
        {draft.source && <SourceNote source={draft.source} templateTitle={templateTitle ?? null} />}
        <div ref={summaryRef} tabIndex={-1} style={{ outline: 'none' }}>
          {conflict && (
            <Alert color="orange" role="alert" title={t('builder.conflictTitle')}>
              <Stack gap="sm">
                <Text size="sm">
                  {conflict.version
                    ? t('builder.conflictVersion', { version: conflict.version, base: baseVersion })
                    : t('builder.conflictOther')}{' '}
                  {t('builder.conflictKept')}
                </Text>
                <Group>
                  <Button variant="default" onClick={() => void loadNewer()}>
                    {t('builder.loadNewer')}
                  </Button>
                  {conflict.version && (
                    <Button onClick={saveOver} loading={pending}>
                      {t('builder.saveOver', { version: conflict.version + 1 })}
                    </Button>
                  )}
                </Group>
              </Stack>
            </Alert>
          )}
          {count > 0 && (
            <Alert color="red" role="alert" title={t('builder.errors', { count })}>
              <List size="sm">
                {Object.entries(errors.fields).map(([address, message]) => (
                  <List.Item key={address}>
                    <Anchor
                      href={`#${fieldId(address)}`}
                      size="sm"
                      c="inherit"
                      underline="always"
                      fw={600}
                      onClick={(e) => {
                        const el = document.getElementById(fieldId(address));
                        if (el) {
                          e.preventDefault();
                          el.focus();
                          el.scrollIntoView({ block: 'center' });
                        }
                      }}
                    >
                      {describeAddress(address, draft)}
                    </Anchor>
                    : {message}
                  </List.Item>
                ))}
                {errors.other.map((m) => (
                  <List.Item key={m}>{m}</List.Item>
                ))}
              </List>
            </Alert>
          )}
          {failure != null && <ErrorAlert error={failure} title={t('builder.notSaved')} />}
        </div>
        <form onSubmit={onSubmit} noValidate aria-label={t('builder.form')}>
          <Stack gap="lg">
            <DetailsFields editor={editor} />
            <SafetyFields editor={editor} />
            <RemindersField editor={editor} />
            <ArmsEditor editor={editor} />
            <SessionsEditor editor={editor} open={open} setOpen={setOpen} />
            <AssessmentsEditor
              editor={editor}
              instruments={instruments.data?.items ?? []}
              licensed={licensed}
              open={open}
              setOpen={setOpen}
            />
            <PreviewPanel
              draft={draft}
              build={build}
              onError={(error) => {
                if (error instanceof ApiError && error.status === 400 && error.fieldErrors.length)
                  showErrors(errorsFromApi(error, draft));
              }}
              signature={signature}
              instruments={instruments.data?.items ?? []}
            />
            {!readOnly && (
              <Paper
                withBorder
                p="sm"
                shadow="sm"
                style={dirty ? { position: 'sticky', bottom: 0, zIndex: 5 } : undefined}
                aria-label={t('builder.save')}
                component="section"
              >
                <Group justify="space-between" gap="sm" wrap="wrap">
                  <Text size="sm" fw={600} aria-live="polite">
                    {program
                      ? dirty
                        ? t('builder.unsaved', { version: baseVersion })
                        : t('builder.noUnsaved', { version: baseVersion })
                      : t('builder.notSavedYet')}
                  </Text>
                  <Group gap="sm">
                    {program && dirty && (
                      <Button variant="default" onClick={discard} disabled={pending}>
                        {t('builder.discard')}
                      </Button>
                    )}
                    <Button
                      type="submit"
                      loading={pending}
                      disabled={conflict !== null || (program !== null && !dirty)}
                    >
                      {program ? t('builder.saveVersion') : t('builder.create')}
                    </Button>
                  </Group>
                </Group>
              </Paper>
            )}
          </Stack>
        </form>
        {program && <ConsentDocuments program={program} />}
        {program && <VersionHistory program={program} {...(readOnly ? {} : { onLoad: loadVersion })} />}
      </Stack>
      <Modal
        opened={blocker.state === 'blocked'}
        onClose={() => blocker.reset?.()}
        title={t('builder.leaveTitle')}
        centered
      >
        <Stack>
          <Text size="sm">{t('builder.leaveBody')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => blocker.reset?.()}>
              {t('builder.stay')}
            </Button>
            <Button color="red.9" onClick={() => blocker.proceed?.()}>
              {t('builder.leave')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
