/**
 * Entering a questionnaire a client filled in: which one, when it was answered (default now), and
 * the answers, one radio group per item. The browser names unanswered required items before
 * sending; the server scores and stores, and any item it refuses is marked where it is.
 */
import { Alert, Anchor, Button, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { Trans } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { NotFoundPage } from '../app/NotFoundPage.tsx';
import { useClient } from '../clients/api.ts';
import { ClinicalHeader } from '../clients/ClinicalHeader.tsx';
import { FormProblemAlert } from '../clients/FormProblemAlert.tsx';
import { ApiError, fieldMessage } from '../http/problem.ts';
import { currentLanguage, useT } from '../i18n/i18n.ts';
import {
  type AnswerProblem,
  answerErrorsFrom,
  fieldSentence,
  type ItemErrors,
  missingErrors,
  missingSummary,
  unansweredRequired,
} from '../instruments/answer-errors.ts';
import { type AnswerDraft, answersBody, useInstrument, useInstruments } from '../instruments/api.ts';
import { focusItem, ItemFields } from '../instruments/ItemFields.tsx';
import { DateTimeField } from '../ui/dates/DateTimeField.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { isoToLocalInput, localInputToIso } from '../ui/format.ts';
import { PageHeader } from '../ui/PageHeader.tsx';
import { PageLoader } from '../ui/PageLoader.tsx';
import { requiredField } from '../ui/required.ts';
import { useCreateResponse } from './api.ts';
import type { SavedResponseState } from './saved.ts';

const ID_PREFIX = 'entry';

const languageName = (code: string) =>
  new Intl.DisplayNames([currentLanguage()], { type: 'language' }).of(code) ?? code;

/** Which language the form is in, and why English when the client's is not installed. */
function LanguageNote({
  clientLanguage,
  def,
}: {
  clientLanguage: string;
  def: { shortName: string; textLanguage: string; installedLanguages: string[] };
}) {
  const { t } = useT('responses');
  if (def.textLanguage === clientLanguage) {
    return <Text size="sm">{t('entry.sameLanguage', { language: languageName(clientLanguage) })}</Text>;
  }
  return (
    <Text size="sm">
      {t('entry.otherLanguage', {
        name: def.shortName,
        installed: def.installedLanguages.map(languageName).join(', '),
        language: languageName(clientLanguage),
      })}{' '}
      <Anchor component={Link} to="/instruments/translations">
        {t('entry.addTranslation')}
      </Anchor>
    </Text>
  );
}
const INSTRUMENT_ID = 'response-instrument';
const ADMINISTERED_ID = 'response-administered-at';
/** The server allows a few minutes of clock difference; the browser says so earlier. */
const FUTURE_TOLERANCE_MS = 5 * 60 * 1000;

interface FieldErrors {
  instrumentId?: string;
  administeredAt?: string;
}

export function NewResponsePage() {
  const { t } = useT('responses');
  const { t: tc } = useT('clients');
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const client = useClient(id);
  const instruments = useInstruments();
  const create = useCreateResponse(id);

  const [instrumentId, setInstrumentId] = useState(params.get('instrument') ?? '');
  const [administeredAt, setAdministeredAt] = useState(() => isoToLocalInput(new Date().toISOString()));
  const [answers, setAnswers] = useState<AnswerDraft>({});
  const [itemErrors, setItemErrors] = useState<ItemErrors>({});
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<AnswerProblem | null>(null);
  // The form in the client's language where the organization holds the questionnaire in it.
  const instrument = useInstrument(instrumentId || null, client.data?.language);
  const def = instrument.data?.id === instrumentId ? instrument.data : undefined;

  if (client.isError && !client.data) {
    if (client.error instanceof ApiError && (client.error.status === 404 || client.error.status === 400)) {
      return <NotFoundPage title={tc('record.notFound')} message={tc('record.notFoundBody')} />;
    }
    return (
      <>
        <PageHeader title={t('entry.title')} />
        <ErrorAlert error={client.error} onRetry={() => void client.refetch()} />
      </>
    );
  }
  if (!client.data) return <PageLoader label={t('entry.loadingClient')} />;

  const name = `${client.data.givenName} ${client.data.familyName}`;
  const clientPath = `/clients/${encodeURIComponent(id)}`;

  const chooseInstrument = (value: string) => {
    setInstrumentId(value);
    setAnswers({});
    setItemErrors({});
    setProblem(null);
    setFieldErrors((e) => ({ ...e, instrumentId: undefined }));
  };

  const onAnswer = (linkId: string, value: number | null) => {
    setAnswers((a) => ({ ...a, [linkId]: value }));
    if (itemErrors[linkId]) setItemErrors(({ [linkId]: _, ...rest }) => rest);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const local: FieldErrors = {};
    if (!instrumentId) local.instrumentId = t('entry.chooseInstrument');
    const at = localInputToIso(administeredAt);
    if (administeredAt && !at) local.administeredAt = t('entry.invalidDate');
    else if (at && Date.parse(at) > Date.now() + FUTURE_TOLERANCE_MS)
      local.administeredAt = t('entry.future');
    setFieldErrors(local);
    if (local.instrumentId) {
      document.getElementById(INSTRUMENT_ID)?.focus();
      return;
    }
    if (!def) return;
    const missing = unansweredRequired(def.items, answers);
    setItemErrors(missingErrors(missing));
    if (missing.length) {
      setProblem({ title: t('entry.missingTitle'), messages: [missingSummary(missing)] });
      focusItem(ID_PREFIX, missing[0]!.linkId);
      return;
    }
    if (local.administeredAt) {
      document.getElementById(ADMINISTERED_ID)?.focus();
      return;
    }
    create.mutate(
      {
        instrumentId,
        answers: answersBody(def.items, answers),
        language: def.textLanguage,
        ...(at ? { administeredAt: at } : {}),
      },
      {
        onSuccess: (saved) => {
          const values = { name: def.shortName, client: name, total: saved.total, max: def.totalRange.max };
          notifications.show({
            color: 'teal',
            message: saved.severity
              ? t('entry.savedBand', { ...values, band: saved.severity })
              : t('entry.saved', values),
          });
          const state: SavedResponseState = {
            savedResponse: {
              responseId: saved.id,
              shortName: def.shortName,
              total: saved.total,
              severity: saved.severity,
              flags: saved.flags,
            },
          };
          navigate(clientPath, { state });
        },
        onError: (error) => {
          const found = answerErrorsFrom(error, def.items);
          const fields: FieldErrors = {};
          const rest: string[] = [];
          for (const e of found.other) {
            if (e.field === 'instrumentId' || e.field === 'administeredAt') fields[e.field] = fieldMessage(e);
            else rest.push(fieldSentence(e));
          }
          setItemErrors(found.items);
          setFieldErrors(fields);
          setProblem({ ...found.problem, messages: [...found.problem.messages, ...rest] });
          const first = def.items.find((i) => found.items[i.linkId]);
          if (first) focusItem(ID_PREFIX, first.linkId);
          else if (fields.administeredAt) document.getElementById(ADMINISTERED_ID)?.focus();
        },
      },
    );
  };

  const options = (instruments.data?.items ?? []).map((i) => ({
    value: i.id,
    label: `${i.shortName}: ${i.name}`,
  }));

  return (
    <Stack gap={0} maw={880}>
      <Anchor component={Link} to={clientPath} size="sm" mb="xs">
        ← {name}
      </Anchor>
      <PageHeader title={t('entry.title')}>
        <Text mt={4}>{t('entry.for', { name })}</Text>
      </PageHeader>
      <ClinicalHeader clientId={id} />
      {client.data.archivedAt ? (
        <Alert color="orange" title={t('entry.archived')}>
          {t('entry.archivedBody')}
        </Alert>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="lg">
            {instruments.isError && (
              <ErrorAlert error={instruments.error} onRetry={() => void instruments.refetch()} />
            )}
            <Group align="flex-start" gap="md" wrap="wrap">
              <NativeSelect
                id={INSTRUMENT_ID}
                label={t('entry.questionnaire')}
                value={instrumentId}
                onChange={(e) => chooseInstrument(e.currentTarget.value)}
                error={fieldErrors.instrumentId}
                data={[
                  { value: '', label: instruments.data ? t('entry.choose') : t('entry.loading') },
                  ...options,
                ]}
                style={{ flex: '1 1 280px' }}
                {...requiredField}
              />
              <DateTimeField
                id={ADMINISTERED_ID}
                label={t('entry.administered')}
                description={t('entry.administeredHint')}
                value={administeredAt}
                max={isoToLocalInput(new Date().toISOString())}
                onChange={(value) => {
                  setAdministeredAt(value);
                  setFieldErrors((f) => ({ ...f, administeredAt: undefined }));
                }}
                error={fieldErrors.administeredAt}
                style={{ flex: '1 1 240px' }}
              />
            </Group>
            {instrumentId &&
              (instrument.isError ? (
                <ErrorAlert error={instrument.error} onRetry={() => void instrument.refetch()} />
              ) : !def ? (
                <PageLoader label={t('entry.loadingQuestionnaire')} />
              ) : (
                <section aria-labelledby="entry-items-heading">
                  <Title order={2} size="h4" id="entry-items-heading">
                    {def.shortName}: {def.name}
                  </Title>
                  <Text size="sm" mt={4}>
                    <Trans
                      t={t}
                      i18nKey="entry.recall"
                      values={{ period: def.recallPeriod }}
                      components={{ recall: <span lang={def.textLanguage} /> }}
                    />
                  </Text>
                  <LanguageNote clientLanguage={client.data.language} def={def} />
                  {def.instructions && (
                    <Text fw={600} mt="sm" lang={def.textLanguage}>
                      {def.instructions}
                    </Text>
                  )}
                  <Stack mt="md">
                    <ItemFields
                      items={def.items}
                      answers={answers}
                      onChange={onAnswer}
                      errors={itemErrors}
                      idPrefix={ID_PREFIX}
                      disabled={create.isPending}
                    />
                  </Stack>
                </section>
              ))}
            {problem && <FormProblemAlert problem={problem} />}
            <Group>
              <Button type="submit" loading={create.isPending}>
                {t('entry.save')}
              </Button>
              <Button variant="default" onClick={() => navigate(clientPath)}>
                {t('entry.cancel')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
