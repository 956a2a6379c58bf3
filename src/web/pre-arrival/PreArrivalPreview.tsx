/** The pre-arrival message as a guest receives it: subject and plain-text body. */
import { Box, Paper, Stack, Text, Title } from '@mantine/core';

interface Props {
  heading: string;
  label: string;
  subject: string;
  body: string;
  note: string;
}

export function PreArrivalPreview({ heading, label, subject, body, note }: Props) {
  return (
    <Paper withBorder p="sm" component="section" aria-label={label} bg="gray.0">
      <Stack gap="xs">
        <Title order={3} size="h5">
          {heading}
        </Title>
        <Text size="sm">{note}</Text>
        <Text fw={700} style={{ overflowWrap: 'anywhere' }}>
          {subject}
        </Text>
        <Box
          component="pre"
          m={0}
          style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', fontFamily: 'inherit' }}
        >
          {body}
        </Box>
      </Stack>
    </Paper>
  );
}
