/** Organization settings: the wording of the emails clients get, per message and language (owners). */
import { NativeSelect, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import {
  MESSAGE_KINDS,
  MESSAGE_LANGUAGES,
  type MessageKind,
  type MessageLanguage,
} from '../../domain/messages/kinds.ts';
import { useT } from '../i18n/i18n.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { PageLoader } from '../ui/PageLoader.tsx';
import { useMessageTemplates } from './api.ts';
import { LANGUAGE_LABELS, MESSAGE_KIND_LABELS } from './labels.ts';
import { TemplateEditor } from './TemplateEditor.tsx';

export function MessageTemplatesSection() {
  const { t } = useT('templates');
  const templates = useMessageTemplates();
  const [kind, setKind] = useState<MessageKind>('enrollment');
  const [language, setLanguage] = useState<MessageLanguage>('nl');
  const template = templates.data?.items.find((m) => m.kind === kind && m.language === language);

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="message-templates-heading">
      <Stack>
        <Title order={2} size="h4" id="message-templates-heading">
          {t('title')}
        </Title>
        <Text size="sm">{t('intro')}</Text>
        <NativeSelect
          label={t('message')}
          value={kind}
          onChange={(e) => setKind(e.currentTarget.value as MessageKind)}
          data={MESSAGE_KINDS.map((k) => ({ value: k, label: MESSAGE_KIND_LABELS[k] }))}
        />
        <SegmentedControl
          aria-label={t('language')}
          value={language}
          onChange={(v) => setLanguage(v as MessageLanguage)}
          data={MESSAGE_LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_LABELS[l] }))}
        />
        {templates.isError && !templates.data ? (
          <ErrorAlert error={templates.error} onRetry={() => void templates.refetch()} />
        ) : !template ? (
          <PageLoader label={t('loading')} />
        ) : (
          <TemplateEditor
            key={`${kind}:${language}:${template.updatedAt ?? 'built-in'}`}
            template={template}
          />
        )}
      </Stack>
    </Paper>
  );
}
