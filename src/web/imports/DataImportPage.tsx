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
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { type ImportKind, templateUrl, useImport } from './api.ts';
import { IssuesTable } from './IssuesTable.tsx';
import { ClientPreview, DuplicatesTable, ResponsePreview } from './Previews.tsx';

const TEXT = {
  clients: {
    title: 'Import clients',
    intro:
      'Bring your existing client list in from a spreadsheet saved as CSV (comma or semicolon separated). Fill in the template: one row per client; the header row names the columns.',
    template: 'Download the client template (CSV)',
    fileLabel: 'Client file (CSV)',
    ready: (n: number) => `${n} ${n === 1 ? 'client is' : 'clients are'} ready to import.`,
    confirm: (n: number) => `Import ${n} ${n === 1 ? 'client' : 'clients'}`,
    done: (n: number) => `${n} ${n === 1 ? 'client was' : 'clients were'} created.`,
    back: 'Back to clients',
    backTo: '/clients',
  },
  responses: {
    title: 'Import past questionnaires',
    intro:
      'Bring in questionnaires clients completed before you used Threshold: one row per questionnaire, naming the client (email or Threshold client id), the instrument, when it was completed, and one column per item.',
    template: 'Download the questionnaire template (CSV)',
    fileLabel: 'Questionnaire file (CSV)',
    ready: (n: number) => `${n} ${n === 1 ? 'questionnaire is' : 'questionnaires are'} ready to import.`,
    confirm: (n: number) => `Import ${n} ${n === 1 ? 'questionnaire' : 'questionnaires'}`,
    done: (n: number) => `${n} ${n === 1 ? 'questionnaire was' : 'questionnaires were'} stored and scored.`,
    back: 'Back to clients',
    backTo: '/clients',
  },
  check: 'Check the file',
  removeFile: 'Remove the file',
  checking: 'Checking…',
  importing: 'Importing…',
  nothingStored: 'Nothing has been stored yet.',
  problems: (n: number) =>
    `${n} ${n === 1 ? 'problem' : 'problems'} to fix. Correct the file and check it again: nothing is imported while any row has a problem.`,
  rows: (n: number) => `${n} ${n === 1 ? 'row' : 'rows'} read.`,
  duplicates: (n: number) =>
    `${n} ${n === 1 ? 'row is' : 'rows are'} the same person as an existing client or an earlier row.`,
  skipDuplicates: 'Leave the duplicates out and import the other rows',
  alertsTitle: 'These questionnaires will raise safety alerts',
  alerts: (n: number) =>
    `${n} ${n === 1 ? 'alert' : 'alerts'} will be raised and the clinicians emailed, exactly as for a questionnaire completed today. Each alert says that it was imported and on which day the answer was given; review them in the alert queue.`,
  refused: 'The import was refused; nothing was stored.',
};

type AnyResult = ClientImportResult | ResponseImportResult;

export function DataImportPage({ kind }: { kind: ImportKind }) {
  const words = TEXT[kind];
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
      <PageHeader title={words.title} />
      <Stack gap="md" maw={960}>
        <Text>{words.intro}</Text>
        <Anchor href={templateUrl(kind)} download>
          {words.template}
        </Anchor>
        <FileInput
          label={words.fileLabel}
          accept=".csv,text/csv"
          value={file}
          onChange={(f) => {
            setFile(f);
            setChecked(null);
            setDone(null);
            mutation.reset();
          }}
          clearable
          clearButtonProps={{ 'aria-label': TEXT.removeFile }}
          maw={480}
        />
        <Group>
          <Button
            onClick={() => void run(true).catch(() => {})}
            disabled={!file}
            loading={mutation.isPending}
          >
            {TEXT.check}
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
          <Alert color="green" title={words.done(done.created)}>
            <Anchor component={Link} to={words.backTo}>
              {words.back}
            </Anchor>
          </Alert>
        )}

        {result && (
          <Stack gap="sm">
            <Text>
              {TEXT.rows(result.rows)} {TEXT.nothingStored}
            </Text>
            {result.issues.length > 0 && (
              <>
                <Alert color="red" title={TEXT.problems(result.issues.length)} />
                <IssuesTable issues={result.issues} />
              </>
            )}
            {'duplicates' in result && duplicates > 0 && (
              <>
                <Title order={2} size="h4">
                  {TEXT.duplicates(duplicates)}
                </Title>
                <DuplicatesTable result={result} />
                <Checkbox
                  label={TEXT.skipDuplicates}
                  checked={skipDuplicates}
                  onChange={(e) => setSkipDuplicates(e.currentTarget.checked)}
                />
              </>
            )}
            {'alerts' in result && result.alerts > 0 && result.issues.length === 0 && (
              <Alert color="orange" title={TEXT.alertsTitle}>
                <List size="sm">
                  <List.Item>{TEXT.alerts(result.alerts)}</List.Item>
                </List>
              </Alert>
            )}
            {result.issues.length === 0 && toImport > 0 && <Text fw={500}>{words.ready(toImport)}</Text>}
            {toImport > 0 &&
              ('clients' in result ? <ClientPreview result={result} /> : <ResponsePreview result={result} />)}
            {canImport && (
              <Group>
                <Button onClick={() => void run(false).catch(() => {})} loading={mutation.isPending}>
                  {words.confirm(toImport)}
                </Button>
              </Group>
            )}
          </Stack>
        )}
      </Stack>
    </>
  );
}
