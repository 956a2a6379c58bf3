/** What a client would get: subject and preview text as a mail list shows them, and the HTML email. */
import { Paper, Stack, Text } from '@mantine/core';
import type { RenderedMessage } from './api.ts';

export function TemplatePreview({ message }: { message: RenderedMessage }) {
  return (
    <Paper withBorder p="sm" component="section" aria-label="Preview with made-up values">
      <Stack gap={4}>
        <Text size="xs" c="dimmed">
          Preview with made-up values
        </Text>
        <Text fw={600}>{message.subject}</Text>
        <Text size="sm" c="dimmed">
          {message.preview}
        </Text>
        <iframe
          title="The email as HTML"
          srcDoc={message.html}
          sandbox=""
          style={{ width: '100%', minHeight: 360, border: '1px solid var(--mantine-color-gray-3)' }}
        />
      </Stack>
    </Paper>
  );
}
