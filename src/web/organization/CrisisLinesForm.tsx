/**
 * Crisis lines: what a client in the portal can tap to call right after an answer that signals
 * risk. One row per line (language, name, phone, hours), in the order clients see them; moved up
 * and down, added and removed, saved as a whole. A refused field is shown at its row.
 */

import { ActionIcon, Alert, Button, Group, NativeSelect, Paper, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { CRISIS_LANGUAGES, type CrisisLanguage, EMERGENCY_LINE } from '../../domain/portal/crisis.ts';
import { ApiError, errorMessage, fieldMessage } from '../http/problem.ts';
import { useT } from '../i18n/i18n.ts';
import { type CrisisLineDraft, useSaveCrisisLines } from './crisis-lines-api.ts';

const LANGUAGE_LABEL: Record<CrisisLanguage, string> = { en: 'English', nl: 'Nederlands' };

type Row = { language: string; name: string; phone: string; hours: string };
type RowErrors = Partial<Record<keyof Row, string>>;

const toRow = (l: CrisisLineDraft): Row => ({ ...l, hours: l.hours ?? '' });

/** `lines.2.phone` → row 2, field phone. */
function errorsByRow(error: ApiError): { rows: Record<number, RowErrors>; other: string[] } {
  const rows: Record<number, RowErrors> = {};
  const other: string[] = [];
  for (const e of error.fieldErrors) {
    const m = /^lines\.(\d+)\.(language|name|phone|hours)$/.exec(e.field);
    if (m) rows[Number(m[1])] = { ...rows[Number(m[1])], [m[2] as keyof Row]: fieldMessage(e) };
    else other.push(`${e.field}: ${fieldMessage(e)}`);
  }
  return { rows, other };
}

export function CrisisLinesForm({ lines }: { lines: CrisisLineDraft[] }) {
  const { t } = useT('organization');
  const save = useSaveCrisisLines();
  const [rows, setRows] = useState<Row[]>(() => lines.map(toRow));
  const [errors, setErrors] = useState<Record<number, RowErrors>>({});

  const set = (i: number, field: keyof Row, value: string) => {
    setRows((r) => r.map((row, j) => (j === i ? { ...row, [field]: value } : row)));
    setErrors((e) => ({ ...e, [i]: { ...e[i], [field]: undefined } }));
  };
  const move = (i: number, by: -1 | 1) => {
    setErrors({});
    setRows((r) => {
      const next = [...r];
      const [row] = next.splice(i, 1);
      next.splice(i + by, 0, row!);
      return next;
    });
  };
  const remove = (i: number) => {
    setRows((r) => r.filter((_, j) => j !== i));
    setErrors({});
  };
  const add = () =>
    setRows((r) => [...r, { language: r.at(-1)?.language ?? 'nl', name: '', phone: '', hours: '' }]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setErrors({});
    save.mutate(
      { lines: rows.map((r) => ({ ...r, hours: r.hours.trim() || null })) },
      {
        onSuccess: (saved) => {
          setRows(saved.items.map(toRow));
          notifications.show({ color: 'teal', message: t('crisis.saved') });
        },
        onError: (error) => {
          if (error instanceof ApiError) setErrors(errorsByRow(error).rows);
        },
      },
    );
  };

  const other = save.error instanceof ApiError ? errorsByRow(save.error).other : [];
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <Text size="sm">{t('crisis.intro', { emergency: EMERGENCY_LINE.en.phone })}</Text>
        {save.isError && (
          <Alert color="red" title={t('crisis.notSaved')} role="alert">
            {other.length ? other.join(' ') : errorMessage(save.error)}
          </Alert>
        )}
        {rows.length === 0 && <Text c="dimmed">{t('crisis.none')}</Text>}
        {rows.map((row, i) => {
          const e = errors[i] ?? {};
          const n = i + 1;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id until saved; the index is their order
            <Paper key={i} withBorder p="sm" component="fieldset" style={{ minWidth: 0 }}>
              <Text component="legend" fw={600} px={4}>
                {t('crisis.line', { number: n })}
              </Text>
              <Group align="flex-start" grow wrap="wrap" preventGrowOverflow={false}>
                <NativeSelect
                  label={t('crisis.language')}
                  data={CRISIS_LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_LABEL[l] }))}
                  value={row.language}
                  onChange={(ev) => set(i, 'language', ev.currentTarget.value)}
                  error={e.language}
                  miw={140}
                />
                <TextInput
                  label={t('crisis.name')}
                  placeholder="113 Zelfmoordpreventie"
                  value={row.name}
                  onChange={(ev) => set(i, 'name', ev.currentTarget.value)}
                  error={e.name}
                  miw={200}
                />
                <TextInput
                  label={t('crisis.phone')}
                  placeholder="0800-0113"
                  type="tel"
                  value={row.phone}
                  onChange={(ev) => set(i, 'phone', ev.currentTarget.value)}
                  error={e.phone}
                  miw={160}
                />
                <TextInput
                  label={t('crisis.hours')}
                  placeholder="24/7"
                  value={row.hours}
                  onChange={(ev) => set(i, 'hours', ev.currentTarget.value)}
                  error={e.hours}
                  miw={140}
                />
              </Group>
              <Group gap="xs" mt="xs">
                <ActionIcon
                  variant="default"
                  aria-label={t('crisis.up', { number: n })}
                  disabled={i === 0}
                  onClick={() => move(i, -1)}
                >
                  ↑
                </ActionIcon>
                <ActionIcon
                  variant="default"
                  aria-label={t('crisis.down', { number: n })}
                  disabled={i === rows.length - 1}
                  onClick={() => move(i, 1)}
                >
                  ↓
                </ActionIcon>
                <Button variant="subtle" color="red" size="xs" onClick={() => remove(i)}>
                  {t('crisis.remove', { number: n })}
                </Button>
              </Group>
            </Paper>
          );
        })}
        <Group>
          <Button variant="default" onClick={add}>
            {t('crisis.add')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('crisis.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
