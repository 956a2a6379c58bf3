/**
 * Staff, on the dosing day: the client's support person for at-home dosing and their attestation —
 * the duties are shown in the page's language; the support person types their name and ticks that
 * they read and agree; the time and the duties' version are stored with it. What is missing is listed.
 */
import {
  Alert,
  Button,
  Checkbox,
  List,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { FormProblemAlert } from '../clients/FormProblemAlert.tsx';
import { useT } from '../i18n/i18n.ts';
import { currentLanguage } from '../i18n/instance.ts';
import { type FormProblem, formErrorsFrom } from '../sessions/form-problem.ts';
import { formatDateTimeIn } from '../sessions/time.ts';
import { type SupportPersonOut, useSaveSupportPerson, useSupportPerson } from './api.ts';

const FIELDS = ['name', 'phone', 'relationship', 'attestedName'] as const;
type Field = (typeof FIELDS)[number];

function SupportForm({ data, enrollmentId }: { data: SupportPersonOut; enrollmentId: string }) {
  const { t } = useT('atHome');
  const save = useSaveSupportPerson(enrollmentId);
  const p = data.person;
  const [v, setV] = useState<Record<Field, string>>({
    name: p?.name ?? '',
    phone: p?.phone ?? '',
    relationship: p?.relationship ?? '',
    attestedName: '',
  });
  const [agreed, setAgreed] = useState(false);
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const labels = Object.fromEntries(FIELDS.map((f) => [f, t(`support.${f}`)])) as Record<Field, string>;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setProblem(null);
    setErrors({});
    save.mutate(
      { ...v, agreed, attestedAt: new Date().toISOString(), attestationVersion: data.currentVersion },
      {
        onError: (err) => {
          const r = formErrorsFrom(err, labels, t('support.notSaved'));
          setErrors(r.fields);
          setProblem(r.problem);
        },
      },
    );
  };
  const duties = currentLanguage() === 'nl' ? data.duties.nl : data.duties.en;
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {problem && <FormProblemAlert problem={problem} />}
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {(['name', 'phone', 'relationship'] as const).map((f) => (
            <TextInput
              key={f}
              label={t(`support.${f}`)}
              required
              value={v[f]}
              error={errors[f]}
              onChange={(e) => setV({ ...v, [f]: e.currentTarget.value })}
            />
          ))}
        </SimpleGrid>
        <Text fw={600}>{t('support.duties', { version: data.currentVersion })}</Text>
        <List size="sm">
          {duties.map((d) => (
            <List.Item key={d}>{d}</List.Item>
          ))}
        </List>
        <TextInput
          label={t('support.attestedName')}
          required
          value={v.attestedName}
          error={errors.attestedName}
          onChange={(e) => setV({ ...v, attestedName: e.currentTarget.value })}
        />
        <Checkbox
          label={t('support.agreed')}
          checked={agreed}
          onChange={(e) => setAgreed(e.currentTarget.checked)}
        />
        <Button type="submit" loading={save.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('support.save')}
        </Button>
      </Stack>
    </form>
  );
}

export function SupportPersonSection({
  enrollmentId,
  canRecord,
  zone,
  headingOrder = 2,
}: {
  enrollmentId: string;
  canRecord: boolean;
  zone: string;
  /** The heading level where the section sits (2 on the dosing day, 4 inside an enrollment card). */
  headingOrder?: 2 | 4;
}) {
  const { t } = useT('atHome');
  const query = useSupportPerson(enrollmentId);
  const [open, setOpen] = useState(false);
  const data = query.data;
  if (!data) return null;
  const p = data.person;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={`support-heading-${enrollmentId}`}>
      <Title order={headingOrder} size="h4" id={`support-heading-${enrollmentId}`} mb="xs">
        {t('support.title')}
      </Title>
      <Stack gap="sm">
        <Text size="sm">
          {p
            ? `${p.name} (${p.relationship}), ${p.phone} — ${t('staff.attested', { time: formatDateTimeIn(p.attestedAt, zone), version: p.attestationVersion })}`
            : t('staff.noSupport')}
        </Text>
        {!p ? null : data.problems.length > 0 ? (
          <Alert color="orange" title={t('staff.problems')}>
            <List size="sm">
              {data.problems.map((x) => (
                <List.Item key={x}>{x}</List.Item>
              ))}
            </List>
          </Alert>
        ) : (
          <Alert color="teal" title={t('support.ready')} />
        )}
        {canRecord && !open && (
          <Button variant="light" onClick={() => setOpen(true)} style={{ alignSelf: 'flex-start' }}>
            {t(p ? 'support.change' : 'support.record')}
          </Button>
        )}
        {canRecord && open && (
          <SupportForm key={p?.updatedAt ?? 'none'} data={data} enrollmentId={enrollmentId} />
        )}
      </Stack>
    </Paper>
  );
}
