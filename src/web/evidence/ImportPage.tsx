/**
 * Import citations (curators): paste or upload BibTeX, RIS or CSL-JSON. The server adds what is new
 * (every fact unverified until checked) and names what the library already has — by DOI, PMID,
 * title, citation, or a wrong citation that circulates for a study it holds.
 */
import {
  Anchor,
  Button,
  FileInput,
  Group,
  List,
  NativeSelect,
  Stack,
  Table,
  Text,
  Textarea,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import type { ImportFormat } from '../../domain/evidence/citations.ts';
import { FormProblemAlert } from '../clients/FormProblemAlert.tsx';
import { messageFor } from '../http/field-errors.ts';
import { ApiError, errorMessage, fieldMessage } from '../http/problem.ts';
import { useT } from '../i18n/i18n.ts';
import { translatedLabels } from '../i18n/labels.ts';
import { PageHeader } from '../ui/PageHeader.tsx';
import { requiredField } from '../ui/required.ts';
import { ScrollTable } from '../ui/ScrollTable.tsx';
import { type ImportResultBody, useImport } from './api.ts';
import { IMPORT_FORMAT_LABELS } from './labels.ts';
import { Section } from './Section.tsx';

const FORMATS = Object.keys(IMPORT_FORMAT_LABELS) as ImportFormat[];
const isFormat = (v: string): v is ImportFormat => v in IMPORT_FORMAT_LABELS;

/** The format a file's name or first characters point to. */
export function formatOf(name: string, content: string): ImportFormat | null {
  if (/\.(bib|bibtex)$/i.test(name)) return 'bibtex';
  if (/\.(ris|nbib)$/i.test(name)) return 'ris';
  if (/\.json$/i.test(name)) return 'csl-json';
  const start = content.trimStart();
  if (start.startsWith('@')) return 'bibtex';
  if (/^TY {2}-/.test(start)) return 'ris';
  if (start.startsWith('[') || start.startsWith('{')) return 'csl-json';
  return null;
}

const BY_LABELS: Record<ImportResultBody['duplicates'][number]['by'], string> = translatedLabels(
  'evidence:import.by',
  ['doi', 'pmid', 'title', 'citation', 'circulated-citation'] as const,
);

export function ImportPage() {
  const { t } = useT('evidence');
  const [format, setFormat] = useState<ImportFormat>('bibtex');
  const [content, setContent] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [contentError, setContentError] = useState<string | null>(null);
  const run = useImport();

  const readFile = async (f: File | null) => {
    setFile(f);
    if (!f) return;
    const text = await f.text();
    setContent(text);
    setContentError(null);
    const detected = formatOf(f.name, text);
    if (detected) setFormat(detected);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!content.trim()) {
      setContentError(t('import.missing'));
      document.getElementById('import-content')?.focus();
      return;
    }
    setContentError(null);
    run.mutate(
      { format, content },
      {
        onError: (error) => {
          if (error instanceof ApiError && error.fieldErrors.some((e) => e.field === 'content')) {
            setContentError(messageFor(error, 'content'));
            document.getElementById('import-content')?.focus();
          }
        },
      },
    );
  };

  const fieldErrors = run.error instanceof ApiError ? run.error.fieldErrors : [];
  const otherProblems = fieldErrors
    .filter((e) => e.field !== 'content')
    .map((e) => `${e.field}: ${fieldMessage(e)}`);
  // A refusal of the content shows under the text box; anything else above the button.
  const showProblem =
    run.isError && (otherProblems.length > 0 || !fieldErrors.some((e) => e.field === 'content'));

  return (
    <Stack gap="lg" maw={960}>
      <div>
        <Anchor component={Link} to="/evidence" size="sm" mb="xs" display="inline-block">
          {t('backToLibrary')}
        </Anchor>
        <PageHeader title={t('importCitations')}>
          <Text mt={4} maw={720}>
            {t('import.intro')}
          </Text>
        </PageHeader>
      </div>

      <form onSubmit={submit} noValidate aria-label={t('importCitations')}>
        <Stack gap="md">
          <Group align="flex-end" gap="md" wrap="wrap">
            <NativeSelect
              label={t('import.format')}
              value={format}
              onChange={(e) => {
                const v = e.currentTarget.value;
                if (isFormat(v)) setFormat(v);
              }}
              data={FORMATS.map((f) => ({ value: f, label: IMPORT_FORMAT_LABELS[f] }))}
              style={{ flex: '0 1 200px' }}
            />
            <FileInput
              label={t('import.upload')}
              description={t('import.uploadHint')}
              accept=".bib,.bibtex,.ris,.nbib,.json,.txt,application/json,text/plain"
              value={file}
              onChange={(f) => void readFile(f)}
              clearable
              style={{ flex: '1 1 260px' }}
            />
          </Group>
          <Textarea
            id="import-content"
            label={t('import.citations')}
            description={t('import.citationsHint')}
            value={content}
            onChange={(e) => {
              setContent(e.currentTarget.value);
              setContentError(null);
            }}
            error={contentError}
            autosize
            minRows={8}
            maxRows={24}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } }}
            {...requiredField}
          />
          {showProblem && (
            <FormProblemAlert
              problem={{
                title: run.error instanceof ApiError ? run.error.title : t('import.failed'),
                messages: otherProblems.length ? otherProblems : [errorMessage(run.error)],
              }}
            />
          )}
          <Group>
            <Button type="submit" loading={run.isPending}>
              {t('import.submit')}
            </Button>
          </Group>
        </Stack>
      </form>

      <Text role="status" fw={600}>
        {run.data &&
          t('import.done', { added: run.data.added.length, duplicates: run.data.duplicates.length })}
      </Text>
      {run.data && <ImportSummary result={run.data} />}
    </Stack>
  );
}

function ImportSummary({ result }: { result: ImportResultBody }) {
  const { t } = useT('evidence');
  const { added, duplicates } = result;
  return (
    <Stack gap="lg">
      <Section title={t('import.added', { count: added.length })} id="import-added">
        {added.length === 0 ? (
          <Text>{t('import.nothingNew')}</Text>
        ) : (
          <List spacing="xs">
            {added.map((s) => (
              <List.Item key={s.id}>
                <Anchor component={Link} to={`/evidence/${encodeURIComponent(s.id)}`}>
                  {s.title ?? s.label}
                </Anchor>{' '}
                ({s.citation})
              </List.Item>
            ))}
          </List>
        )}
      </Section>
      <Section title={t('import.already', { count: duplicates.length })} id="import-duplicates">
        {duplicates.length === 0 ? (
          <Text>{t('import.noDuplicates')}</Text>
        ) : (
          <ScrollTable label={t('import.duplicates')} minWidth={640}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('import.entry')}</Table.Th>
                <Table.Th scope="col">{t('import.titleOrDoi')}</Table.Th>
                <Table.Th scope="col">{t('import.alreadyAs')}</Table.Th>
                <Table.Th scope="col">{t('import.foundBy')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {duplicates.map((d) => (
                <Table.Tr key={d.entry} style={{ verticalAlign: 'top' }}>
                  <Table.Th scope="row" fw={500}>
                    {d.entry}
                  </Table.Th>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>{d.title ?? d.doi ?? '—'}</Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/evidence/${encodeURIComponent(d.duplicateOf)}`}>
                      {d.duplicateOf}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    {BY_LABELS[d.by]}
                    {d.note && (
                      <Text size="sm" mt={4}>
                        {d.note}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </ScrollTable>
        )}
      </Section>
    </Stack>
  );
}
