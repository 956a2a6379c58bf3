/** "Paste a CSV table": replaces the study table with a table copied from R, a spreadsheet or a file. */
import { Box, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useT } from '../i18n/i18n.ts';
import { type CsvTable, parseStudyCsv } from './csv.ts';

const PLACEHOLDER = 'study,ai,bi,ci,di\nAronson 1948,4,119,11,128\nFerguson & Simes 1949,6,300,29,274';

export function CsvPaste({ onLoad }: { onLoad: (table: CsvTable) => void }) {
  const { t } = useT('meta');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);

  const load = () => {
    try {
      onLoad(parseStudyCsv(text));
      setError(null);
      setText('');
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <Box component="details" className="threshold-source">
      <Text component="summary" fw={600}>
        {t('csv.summary')}
      </Text>
      <Stack gap="sm" mt="sm">
        <Textarea
          label={t('csv.label')}
          description={t('csv.description')}
          placeholder={PLACEHOLDER}
          value={text}
          onChange={(e) => {
            setText(e.currentTarget.value);
            setError(null);
          }}
          error={error}
          autosize
          minRows={4}
          maxRows={14}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
        />
        <Group>
          <Button variant="default" onClick={load} disabled={!text.trim()}>
            {t('csv.replace')}
          </Button>
        </Group>
      </Stack>
    </Box>
  );
}
