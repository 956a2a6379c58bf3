/**
 * The setting of a dosing session on the session page: room (the session's), attendees, music
 * program, sitters and group size with clients per sitter, eyeshades. Roles that run sessions edit.
 */
import { Button, Group, NativeSelect, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useEffect, useState } from 'react';
import { EYESHADES, type Eyeshades, SETTING_LIMITS } from '../../domain/dosing/setting.ts';
import { useCan } from '../app/session-context.tsx';
import { Section } from '../evidence/Section.tsx';
import { ApiError, fieldMessage } from '../http/problem.ts';
import { useFormat } from '../i18n/format.ts';
import { useT } from '../i18n/i18n.ts';
import { DataList } from '../ui/DataList.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { type Setting, usePutSetting, useSetting } from './lots-api.ts';

type Field = 'musicProgram' | 'sitters' | 'groupSize' | 'eyeshades' | 'notes';
const draftOf = (s: Setting): Record<Field, string> => ({
  musicProgram: s.musicProgram ?? '',
  sitters: s.sitters === null ? '' : String(s.sitters),
  groupSize: String(s.groupSize ?? s.attendees),
  eyeshades: s.eyeshades ?? '',
  notes: s.notes ?? '',
});
const whole = (text: string): number | null => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : null);

export function SettingSection({ sessionId }: { sessionId: string }) {
  const { t } = useT('dosing');
  const setting = useSetting(sessionId);
  return (
    <Section title={t('setting.title')} id="session-setting">
      {setting.isError ? (
        <ErrorAlert error={setting.error} onRetry={() => void setting.refetch()} />
      ) : !setting.data ? (
        <Text size="sm">{t('setting.loading')}</Text>
      ) : (
        <SettingView setting={setting.data} sessionId={sessionId} />
      )}
    </Section>
  );
}

function SettingView({ setting, sessionId }: { setting: Setting; sessionId: string }) {
  const { t } = useT('dosing');
  const f = useFormat();
  const canEdit = useCan('session.run');
  const eyeshades = t(`setting.eyeshadesOptions.${setting.eyeshades ?? 'none'}`);
  return (
    <Stack gap="sm">
      <DataList
        items={[
          { label: t('setting.room'), value: setting.room?.name ?? t('setting.noRoom') },
          {
            label: t('setting.groupSize'),
            value: setting.groupSize ?? t('setting.attendees', { count: setting.attendees }),
          },
          { label: t('setting.sitters'), value: setting.sitters ?? '—' },
          {
            label: t('setting.ratio'),
            value: setting.clientsPerSitter === null ? '—' : f.number(setting.clientsPerSitter),
          },
          { label: t('setting.musicProgram'), value: setting.musicProgram ?? '—' },
          { label: t('setting.eyeshades'), value: eyeshades },
        ]}
      />
      {!setting.recorded && <Text size="sm">{t('setting.notRecorded')}</Text>}
      {canEdit && <SettingForm setting={setting} sessionId={sessionId} />}
    </Stack>
  );
}

function SettingForm({ setting, sessionId }: { setting: Setting; sessionId: string }) {
  const { t } = useT('dosing');
  const put = usePutSetting(sessionId);
  const [draft, setDraft] = useState(() => draftOf(setting));
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  useEffect(() => setDraft(draftOf(setting)), [setting]);
  const set = (field: Field, v: string) => setDraft((d) => ({ ...d, [field]: v }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const sitters = whole(draft.sitters);
    const groupSize = whole(draft.groupSize);
    const local: Partial<Record<Field, string>> = {
      ...(sitters === null ? { sitters: t('setting.whole') } : {}),
      ...(groupSize === null ? { groupSize: t('setting.whole') } : {}),
    };
    setErrors(local);
    if (sitters === null || groupSize === null) return;
    put.mutate(
      {
        musicProgram: draft.musicProgram.trim() || null,
        sitters,
        groupSize,
        eyeshades: (draft.eyeshades || null) as Eyeshades | null,
        notes: draft.notes.trim() || null,
      },
      {
        onSuccess: () => notifications.show({ color: 'teal', message: t('setting.saved') }),
        onError: (error) => {
          if (error instanceof ApiError)
            setErrors(Object.fromEntries(error.fieldErrors.map((e) => [e.field, fieldMessage(e)])));
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('setting.title')}>
      <Stack gap="xs">
        {put.isError && !(put.error instanceof ApiError && put.error.fieldErrors.length) && (
          <ErrorAlert error={put.error} title={t('setting.notSaved')} />
        )}
        <Group align="flex-start" wrap="wrap">
          <TextInput
            id="setting-music"
            label={t('setting.musicProgram')}
            value={draft.musicProgram}
            onChange={(e) => set('musicProgram', e.currentTarget.value)}
            error={errors.musicProgram}
            maxLength={SETTING_LIMITS.musicProgramMaxLength}
          />
          <TextInput
            id="setting-sitters"
            label={t('setting.sitters')}
            inputMode="numeric"
            value={draft.sitters}
            onChange={(e) => set('sitters', e.currentTarget.value)}
            error={errors.sitters}
          />
          <TextInput
            id="setting-group"
            label={t('setting.groupSize')}
            inputMode="numeric"
            value={draft.groupSize}
            onChange={(e) => set('groupSize', e.currentTarget.value)}
            error={errors.groupSize}
          />
          <NativeSelect
            id="setting-eyeshades"
            label={t('setting.eyeshades')}
            value={draft.eyeshades}
            onChange={(e) => set('eyeshades', e.currentTarget.value)}
            error={errors.eyeshades}
            data={[
              { value: '', label: t('setting.eyeshadesOptions.none') },
              ...EYESHADES.map((e) => ({ value: e, label: t(`setting.eyeshadesOptions.${e}`) })),
            ]}
          />
        </Group>
        <Textarea
          id="setting-notes"
          label={t('setting.notes')}
          value={draft.notes}
          onChange={(e) => set('notes', e.currentTarget.value)}
          maxLength={SETTING_LIMITS.notesMaxLength}
          autosize
        />
        <Group>
          <Button type="submit" size="compact-md" loading={put.isPending}>
            {t('setting.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
