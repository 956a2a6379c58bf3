/**
 * Staff, on a program's page: whether its dosing sessions take place at home (ketamine lozenges and
 * the like) and the check-ins they ask for — minutes after the start, a grace period before an
 * unanswered one is missed, and whether blood pressure and pulse are asked. Those who manage programs
 * change it; everyone who reads programs sees it.
 */
import { Alert, Button, Checkbox, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useCan } from '../app/session-context.tsx';
import { FormProblemAlert } from '../clients/FormProblemAlert.tsx';
import { useT } from '../i18n/i18n.ts';
import { type FormProblem, formErrorsFrom } from '../sessions/form-problem.ts';
import { type AtHomeSettingsOut, useProgramAtHome, useSaveProgramAtHome } from './api.ts';

type Field = 'checkinMinutes' | 'graceMinutes';

/** "30, 60, 120" → [30, 60, 120]; null when a part is not a whole number. */
export function parseMinutes(text: string): number[] | null {
  const parts = text
    .split(/[,;\s]+/)
    .map((p) => p.trim())
    .filter(Boolean);
  const values = parts.map(Number);
  return values.every((v) => Number.isInteger(v)) ? values : null;
}

function AtHomeForm({ programId, data }: { programId: string; data: AtHomeSettingsOut }) {
  const { t } = useT('atHome');
  const save = useSaveProgramAtHome(programId);
  const [atHome, setAtHome] = useState(data.atHome);
  const [minutes, setMinutes] = useState(data.atHome ? data.checkinMinutes.join(', ') : '30, 60, 120');
  const [grace, setGrace] = useState(String(data.graceMinutes ?? 15));
  const [askVitals, setAskVitals] = useState(data.askVitals);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [saved, setSaved] = useState(false);
  const labels: Record<Field, string> = {
    checkinMinutes: t('program.checkinMinutes'),
    graceMinutes: t('program.graceMinutes'),
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setProblem(null);
    setSaved(false);
    const list = parseMinutes(minutes);
    const g = Number(grace);
    const local: Partial<Record<Field, string>> = {};
    if (atHome && list === null) local.checkinMinutes = t('program.minutesInvalid');
    if (atHome && !Number.isInteger(g)) local.graceMinutes = t('program.graceInvalid');
    setErrors(local);
    if (Object.keys(local).length) return;
    const body = atHome
      ? { atHome: true, checkinMinutes: list ?? [], graceMinutes: g, askVitals }
      : { atHome: false };
    save.mutate(body, {
      onSuccess: () => setSaved(true),
      onError: (err) => {
        const r = formErrorsFrom(err, labels, t('program.notSaved'));
        setErrors(r.fields);
        setProblem(r.problem);
      },
    });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {problem && <FormProblemAlert problem={problem} />}
        <Checkbox
          label={t('program.atHome')}
          checked={atHome}
          onChange={(e) => setAtHome(e.currentTarget.checked)}
        />
        {atHome && (
          <>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={labels.checkinMinutes}
                description={t('program.checkinMinutesHint')}
                value={minutes}
                error={errors.checkinMinutes}
                onChange={(e) => setMinutes(e.currentTarget.value)}
              />
              <TextInput
                label={labels.graceMinutes}
                description={t('program.graceMinutesHint')}
                inputMode="numeric"
                value={grace}
                error={errors.graceMinutes}
                onChange={(e) => setGrace(e.currentTarget.value)}
              />
            </SimpleGrid>
            <Checkbox
              label={t('program.askVitals')}
              checked={askVitals}
              onChange={(e) => setAskVitals(e.currentTarget.checked)}
            />
          </>
        )}
        <Button type="submit" loading={save.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('program.save')}
        </Button>
        {saved && (
          <Text size="sm" role="status">
            {t('program.saved')}
          </Text>
        )}
      </Stack>
    </form>
  );
}

function summary(t: (k: string, o?: Record<string, unknown>) => string, d: AtHomeSettingsOut): string {
  if (!d.atHome) return t('program.notAtHome');
  return t('program.summary', {
    minutes: d.checkinMinutes.join(', '),
    grace: d.graceMinutes ?? '',
    vitals: d.askVitals ? t('program.withVitals') : t('program.withoutVitals'),
  });
}

export function ProgramAtHomeSection({ programId }: { programId: string }) {
  const { t } = useT('atHome');
  const canManage = useCan('program.manage');
  const query = useProgramAtHome(programId);
  const data = query.data;
  return (
    <Paper withBorder p="md" mt="md" component="section" aria-labelledby="program-at-home-heading">
      <Title order={2} size="h4" id="program-at-home-heading" mb="xs">
        {t('program.title')}
      </Title>
      <Stack gap="sm">
        <Text size="sm">{t('program.intro')}</Text>
        {query.isError && <Alert color="red" title={t('program.loadFailed')} />}
        {data && <Text size="sm">{summary(t as never, data)}</Text>}
        {data && canManage && <AtHomeForm programId={programId} data={data} />}
      </Stack>
    </Paper>
  );
}
