/**
 * Adding a licensed translation: which instrument and language, under what licence, and the texts
 * as JSON (pasted, or loaded from a file). "Fill in the template" gives every key the server checks;
 * every missing or extra part the server names is listed at once.
 */

import {
  Alert,
  Button,
  FileButton,
  Group,
  List,
  NativeSelect,
  Stack,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import type { Instrument } from '../../api/instruments.ts';
import { api } from '../http/http.ts';
import { ApiError, fieldMessage } from '../http/problem.ts';
import { useT } from '../i18n/i18n.ts';
import { translationTemplate, usePutTranslation } from './translations-api.ts';

interface Props {
  instruments: Array<{ instrumentId: string; shortName: string }>;
}

/** The problems to list: the server's field errors, or its one message. */
function problemsOf(error: unknown): string[] {
  if (error instanceof ApiError) {
    if (error.fieldErrors.length) return error.fieldErrors.map((f) => `${f.field}: ${fieldMessage(f)}`);
    return [error.detail ?? error.title];
  }
  return [error instanceof Error ? error.message : String(error)];
}

export function TranslationForm({ instruments }: Props) {
  const put = usePutTranslation();
  const { t } = useT('instrumentPages');
  const [instrumentId, setInstrumentId] = useState(instruments[0]?.instrumentId ?? '');
  const [language, setLanguage] = useState('nl');
  const [licence, setLicence] = useState('');
  const [json, setJson] = useState('');
  const [problems, setProblems] = useState<string[]>([]);

  const fillTemplate = async () => {
    const def = await api.get<Instrument>(`/api/instruments/${encodeURIComponent(instrumentId)}`);
    setJson(translationTemplate(def));
  };
  const loadFile = async (file: File | null) => {
    if (file) setJson(await file.text());
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    let texts: unknown;
    try {
      texts = JSON.parse(json);
    } catch {
      setProblems([t('form.notJson')]);
      return;
    }
    setProblems([]);
    put.mutate(
      { instrumentId, language: language.trim(), licence, texts },
      {
        onSuccess: () => {
          notifications.show({
            color: 'green',
            message: t('form.installed', { language }),
          });
          setJson('');
        },
        onError: (error) => setProblems(problemsOf(error)),
      },
    );
  };

  return (
    <Stack component="form" onSubmit={submit} gap="sm" maw={760} aria-labelledby="translation-form-title">
      <Title order={2} size="h3" id="translation-form-title">
        {t('form.title')}
      </Title>
      <Group grow align="flex-start" wrap="wrap">
        <NativeSelect
          label={t('form.instrument')}
          value={instrumentId}
          onChange={(e) => setInstrumentId(e.currentTarget.value)}
          data={instruments.map((i) => ({ value: i.instrumentId, label: i.shortName }))}
          miw={160}
        />
        <TextInput
          label={t('form.language')}
          description={t('form.languageHint')}
          value={language}
          onChange={(e) => setLanguage(e.currentTarget.value)}
          required
          miw={160}
        />
      </Group>
      <TextInput
        label={t('form.licence')}
        description={t('form.licenceHint')}
        value={licence}
        onChange={(e) => setLicence(e.currentTarget.value)}
        required
      />
      <Group gap="xs">
        <Button variant="default" onClick={() => void fillTemplate()} disabled={!instrumentId}>
          {t('form.template')}
        </Button>
        <FileButton onChange={(f) => void loadFile(f)} accept="application/json,.json">
          {(props) => (
            <Button variant="default" {...props}>
              {t('form.file')}
            </Button>
          )}
        </FileButton>
      </Group>
      <Textarea
        label={t('form.texts')}
        description={t('form.textsHint')}
        value={json}
        onChange={(e) => setJson(e.currentTarget.value)}
        autosize
        minRows={8}
        maxRows={24}
        required
        styles={{ input: { fontFamily: 'monospace' } }}
      />
      {problems.length > 0 && (
        <Alert color="red" title={t('form.failed')} role="alert">
          <List size="sm">
            {problems.map((p) => (
              <List.Item key={p}>{p}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      <Group>
        <Button type="submit" loading={put.isPending}>
          {t('form.submit')}
        </Button>
      </Group>
    </Stack>
  );
}
