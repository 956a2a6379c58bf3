/** What a client would get: subject and preview text as a mail list shows them, and the HTML email. */
import { Paper, Stack, Text } from '@mantine/core';
import { useT } from '../i18n/i18n.ts';
import type { RenderedMessage } from './api.ts';

export function TemplatePreview({ message }: { message: RenderedMessage }) {
  const { t } = useT('templates');
  return (
    <Paper withBorder p="sm" component="section" aria-label={t('preview.label')}>
      <Stack gap={4}>
        <Text size="xs" c="dimmed">
          {t('preview.label')}
        </Text>
        <Text fw={600}>{message.subject}</Text>
        <Text size="sm" c="dimmed">
          {message.preview}
        </Text>
        <iframe
          title={t('preview.html')}
          srcDoc={message.html}
          sandbox=""
          style={{ width: '100%', minHeight: 360, border: '1px solid var(--mantine-color-gray-3)' }}
        />
      </Stack>
    </Paper>
  );
}
