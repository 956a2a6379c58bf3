/** "Paste a CSV table": replaces the study table with a table copied from R, a spreadsheet or a file. */
import { Box, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { type CsvTable, parseStudyCsv } from './csv.ts';

const PLACEHOLDER = 'study,ai,bi,ci,di\nAronson 1948,4,119,11,128\nFerguson & Simes 1949,6,300,29,274';

export function CsvPaste({ onLoad }: { onLoad: (table: CsvTable) => void }) {
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
        Paste a CSV table
      </Text>
      <Stack gap="sm" mt="sm">
        <Textarea
          label="CSV with escalc column names"
          description="A header line naming metafor’s escalc columns (ai, bi, ci, di, n1i, n2i, xi, ni, m1i, sd1i, m2i, sd2i, yi, vi) and optionally study (or author and year); one line per study. Commas, semicolons or tabs; R’s write.csv output reads unchanged."
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
            Replace the table with this CSV
          </Button>
        </Group>
      </Stack>
    </Box>
  );
}
