/**
 * Clients → Import: choose a CSV file (the template is a download away), check it — every problem
 * listed with its line and column, nothing stored — then import all rows at once. The import button
 * appears only once a check found nothing to fix; a file changed after the check is checked again.
 * One page for clients and for past questionnaires; their words differ, the flow does not.
 */
import { Alert, Anchor, Button, Checkbox, FileInput, Group, List, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import type { ClientImportResult, ResponseImportResult } from '../../api/imports.ts';
import { useT } from '../i18n/i18n.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { type ImportKind, templateUrl, useImport } from './api.ts';
import { IssuesTable } from './IssuesTable.tsx';
import { ClientPreview, DuplicatesTable, ResponsePreview } from './Previews.tsx';

type AnyResult = ClientImportResult | ResponseImportResult;

export function DataImportPage({ kind }: { kind: ImportKind }) {
  const { t } = useT('imports');
  const [file, setFile] = useState<File | null>(null);
  const [checked, setChecked] = useState<{ csv: string; result: AnyResult } | null>(null);
  const [skipDuplicates, setSkipDuplicates] = useState(false);
  const mutation = useImport(kind);
  const [done, setDone] = useState<AnyResult | null>(null);

  const run = async (dryRun: boolean) => {
    if (!file) return;
    const csv = dryRun || !checked ? await file.text() : checked.csv;
    setDone(null);
    const result = await mutation.mutateAsync({ csv, dryRun, skipDuplicates });
    if (dryRun) setChecked({ csv, result });
    else {
      setChecked(null);
      setDone(result);
    }
  };

  const result = checked?.result;
  const duplicates = result && 'duplicates' in result ? result.duplicates.length : 0;
  const toImport = result ? ('clients' in result ? result.clients.length : result.responses.length) : 0;
  const canImport =
    !!result && result.issues.length === 0 && toImport > 0 && (duplicates === 0 || skipDuplicates);
  const refusal = mutation.error;

  return (
    <>
      <PageHeader title={t(`${kind}.title`)} />
      <Stack gap="md" maw={960}>
        <Text>{t(`${kind}.intro`)}</Text>
        <Anchor href={templateUrl(kind)} download>
          {t(`${kind}.template`)}
        </Anchor>
        <FileInput
          label={t(`${kind}.fileLabel`)}
          accept=".csv,text/csv"
          value={file}
          onChange={(f) => {
            setFile(f);
            setChecked(null);
            setDone(null);
            mutation.reset();
          }}
          clearable
          clearButtonProps={{ 'aria-label': t('removeFile') }}
          maw={480}
        />
        <Group>
          <Button
            onClick={() => void run(true).catch(() => {})}
            disabled={!file}
            loading={mutation.isPending}
          >
            {t('check')}
          </Button>
        </Group>

        {refusal && (
          <>
            <ErrorAlert error={refusal} />
            {Array.isArray((refusal as { extra?: { issues?: unknown } }).extra?.issues) && (
              <IssuesTable
                issues={
                  (refusal as unknown as { extra: { issues: ClientImportResult['issues'] } }).extra.issues
                }
              />
            )}
          </>
        )}

        {done && (
          <Alert color="green" title={t(`${kind}.done`, { count: done.created })}>
            <Anchor component={Link} to="/clients">
              {t(`${kind}.back`)}
            </Anchor>
          </Alert>
        )}

        {result && (
          <Stack gap="sm">
            <Text>
              {t('rows', { count: result.rows })} {t('nothingStored')}
            </Text>
            {result.issues.length > 0 && (
              <>
                <Alert color="red" title={t('problems', { count: result.issues.length })} />
                <IssuesTable issues={result.issues} />
              </>
            )}
            {'duplicates' in result && duplicates > 0 && (
              <>
                <Title order={2} size="h4">
                  {t('duplicates', { count: duplicates })}
                </Title>
                <DuplicatesTable result={result} />
                <Checkbox
                  label={t('skipDuplicates')}
                  checked={skipDuplicates}
                  onChange={(e) => setSkipDuplicates(e.currentTarget.checked)}
                />
              </>
            )}
            {'alerts' in result && result.alerts > 0 && result.issues.length === 0 && (
              <Alert color="orange" title={t('alertsTitle')}>
                <List size="sm">
                  <List.Item>{t('alerts', { count: result.alerts })}</List.Item>
                </List>
              </Alert>
            )}
            {result.issues.length === 0 && toImport > 0 && (
              <Text fw={500}>{t(`${kind}.ready`, { count: toImport })}</Text>
            )}
            {toImport > 0 &&
              ('clients' in result ? <ClientPreview result={result} /> : <ResponsePreview result={result} />)}
            {canImport && (
              <Group>
                <Button onClick={() => void run(false).catch(() => {})} loading={mutation.isPending}>
                  {t(`${kind}.confirm`, { count: toImport })}
                </Button>
              </Group>
            )}
          </Stack>
        )}
      </Stack>
    </>
  );
}
