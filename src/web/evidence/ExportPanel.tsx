/**
 * Exports the selected studies: BibTeX, RIS and CSL-JSON are saved as files; APA 7 and Vancouver
 * references are shown as text to copy (the server formats them with the bundled CSL styles and
 * marks citations that are not confirmed).
 */
import { Button, CopyButton, Group, NativeSelect, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { ExportFormat } from '../../domain/evidence/citations.ts';
import { saveTextFile } from '../http/text-request.ts';
import { useT } from '../i18n/i18n.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { useExport } from './api.ts';
import { EXPORT_FORMATS } from './labels.ts';

const FORMATS = Object.keys(EXPORT_FORMATS) as ExportFormat[];
const isFormat = (v: string): v is ExportFormat => v in EXPORT_FORMATS;

interface Props {
  ids: readonly string[];
  onClear: () => void;
}

export function ExportPanel({ ids, onClear }: Props) {
  const { t } = useT('evidence');
  const [format, setFormat] = useState<ExportFormat>('bibtex');
  const run = useExport();
  const info = EXPORT_FORMATS[format];
  /** The last export: saved as a file, or shown below as text. */
  const done =
    run.data !== undefined && run.variables
      ? { text: run.data, count: run.variables.ids.length, ...EXPORT_FORMATS[run.variables.format] }
      : null;

  const exportNow = () =>
    run.mutate(
      { ids, format },
      {
        onSuccess: (text, vars) => {
          const f = EXPORT_FORMATS[vars.format];
          if (f.kind === 'file') saveTextFile(`threshold-studies.${f.extension}`, text, f.mediaType);
        },
      },
    );

  return (
    <Stack gap="sm">
      <Text size="sm" aria-live="polite">
        {ids.length === 0 ? t('export.selectFirst') : t('export.selected', { count: ids.length })}
      </Text>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <NativeSelect
          label={t('export.format')}
          value={format}
          onChange={(e) => {
            const v = e.currentTarget.value;
            if (isFormat(v)) setFormat(v);
          }}
          data={FORMATS.map((f) => ({ value: f, label: EXPORT_FORMATS[f].label }))}
          style={{ flex: '0 1 240px' }}
        />
        <Button onClick={exportNow} disabled={ids.length === 0} loading={run.isPending}>
          {info.kind === 'file'
            ? t('export.download', { format: info.label })
            : t('export.show', { format: info.label })}
        </Button>
        {ids.length > 0 && (
          <Button variant="default" onClick={onClear}>
            {t('export.clear')}
          </Button>
        )}
      </Group>
      {run.isError && <ErrorAlert error={run.error} title={t('export.failed')} />}
      {done?.kind === 'file' && (
        <Text size="sm" role="status">
          {t('export.saved', { extension: done.extension, count: done.count })}
        </Text>
      )}
      {done?.kind === 'text' && (
        <Stack gap="xs">
          <Textarea label={done.label} value={done.text} readOnly autosize minRows={3} maxRows={16} />
          <Group>
            <CopyButton value={done.text}>
              {({ copied, copy }) => (
                <Button variant="default" onClick={copy}>
                  {copied ? t('export.copied') : t('export.copy')}
                </Button>
              )}
            </CopyButton>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
