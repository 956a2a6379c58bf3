/**
 * Editing one client message in one language: subject, preview text and body, with the
 * placeholders each may use. Preview renders it with made-up values; Save stores the
 * organization's wording (a refused field is shown at the field, in plain words); Reset goes back
 * to the built-in wording.
 */
import { Alert, Badge, Button, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import type { MessageTemplateItem } from '../../api/messages.ts';
import { sentence, splitFieldErrors } from '../http/field-errors.ts';
import { ApiError, errorMessage } from '../http/problem.ts';
import { useT } from '../i18n/i18n.ts';
import { type TemplateDraft, usePreviewTemplate, useResetTemplate, useSaveTemplate } from './api.ts';
import { TemplatePreview } from './TemplatePreview.tsx';

type Field = keyof TemplateDraft;
const isField = (f: string): f is Field => f === 'subject' || f === 'preview' || f === 'body';
const list = (names: string[]) => names.map((n) => `{{${n}}}`).join(' ');

export function TemplateEditor({ template }: { template: MessageTemplateItem }) {
  const { t } = useT('templates');
  const { kind, language, placeholders } = template;
  const [draft, setDraft] = useState<TemplateDraft>({
    subject: template.subject,
    preview: template.preview,
    body: template.body,
  });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const save = useSaveTemplate(kind, language);
  const reset = useResetTemplate(kind, language);
  const preview = usePreviewTemplate(kind, language);

  const set = (field: Field, value: string) => {
    setDraft((d) => ({ ...d, [field]: value }));
    setErrors((e) => ({ ...e, [field]: undefined }));
  };
  const refused = (error: Error) => {
    if (error instanceof ApiError) setErrors(splitFieldErrors(error, isField).byField);
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(draft, {
      onSuccess: () => notifications.show({ color: 'teal', message: t('editor.saved') }),
      onError: refused,
    });
  };
  const onReset = () =>
    reset.mutate(undefined, {
      onSuccess: (built) => {
        setDraft({ subject: built.subject, preview: built.preview, body: built.body });
        setErrors({});
        preview.reset();
        notifications.show({ color: 'teal', message: t('editor.wasReset') });
      },
    });
  // Refusals that name a field are shown at the field; anything else above the buttons.
  const otherError = [save.error, reset.error, preview.error].find(
    (e) => e && !(e instanceof ApiError && e.fieldErrors.length > 0),
  );

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <Group gap="xs">
          <Badge variant="light" color={template.custom ? 'blue' : 'gray'} tt="none">
            {template.custom ? t('editor.custom') : t('editor.builtIn')}
          </Badge>
        </Group>
        <TextInput
          label={t('editor.subject')}
          description={t('editor.subjectHint', { names: list(placeholders.subject) })}
          value={draft.subject}
          onChange={(e) => set('subject', e.currentTarget.value)}
          error={errors.subject}
        />
        <TextInput
          label={t('editor.preview')}
          description={t('editor.previewHint', { names: list(placeholders.preview) })}
          value={draft.preview}
          onChange={(e) => set('preview', e.currentTarget.value)}
          error={errors.preview}
        />
        <Textarea
          label={t('editor.body')}
          description={
            placeholders.required.length
              ? t('editor.bodyHintRequired', {
                  names: list(placeholders.body),
                  required: list(placeholders.required),
                })
              : t('editor.bodyHint', { names: list(placeholders.body) })
          }
          value={draft.body}
          onChange={(e) => set('body', e.currentTarget.value)}
          error={errors.body}
          autosize
          minRows={8}
        />
        {otherError && <Alert color="red">{sentence(errorMessage(otherError))}</Alert>}
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('editor.save')}
          </Button>
          <Button
            variant="default"
            onClick={() => preview.mutate(draft, { onError: refused })}
            loading={preview.isPending}
          >
            {t('editor.showPreview')}
          </Button>
          {template.custom && (
            <Button variant="subtle" color="red" onClick={onReset} loading={reset.isPending}>
              {t('editor.reset')}
            </Button>
          )}
        </Group>
        {preview.data && <TemplatePreview message={preview.data} />}
        {!preview.data && (
          <Text size="xs" c="dimmed">
            {t('editor.previewNote')}
          </Text>
        )}
      </Stack>
    </form>
  );
}
