/**
 * The application form, one section at a time (about you, health, medicines) with its progress,
 * every error of a section shown at once above it and at each field, and the thank-you screen.
 */
import { Alert, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import type { UiLanguage } from '../../domain/locale/locales.ts';
import { PortalButton, ProgressBar, ScreenHeading } from '../portal/PortalShell.tsx';
import type { ApplicationForm, Offering } from './api.ts';
import { DetailsStep } from './DetailsStep.tsx';
import { ErrorSummary } from './ErrorSummary.tsx';
import { Facts } from './Facts.tsx';
import { formatDates, formatMoney, type PageLocale } from './format.ts';
import { HealthStep } from './HealthStep.tsx';
import { MedicationsStep } from './MedicationsStep.tsx';
import { SuccessScreen } from './SuccessScreen.tsx';
import type { ApplyT } from './text.ts';
import { useApplication } from './useApplication.ts';
import { STEPS } from './validation.ts';

interface Props {
  slug: string;
  offering: Offering;
  form: ApplicationForm;
  page: PageLocale;
  language: UiLanguage;
  title: string;
  t: ApplyT;
}

export function ApplicationSteps({ slug, offering, form, page, language, title, t }: Props) {
  const a = useApplication(slug, form, language, page.timeZone, t);
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  const hasErrors = Object.keys(a.errors).length > 0;
  // A new section starts the reader at its heading (unless errors brought them there: the summary).
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on each change of section only
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (!hasErrors) stepHeading.current?.focus();
  }, [a.step]);
  const failure = useRef<HTMLDivElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: each failed attempt takes focus again
  useEffect(() => {
    if (a.failure) failure.current?.focus();
  }, [a.failure, a.attempt]);

  if (a.sent)
    return (
      <SuccessScreen email={a.details.email.trim()} waitlist={offering.placesLeft === 0} slug={slug} t={t} />
    );
  const index = STEPS.indexOf(a.step);
  const last = index === STEPS.length - 1;
  const stepText = t('stepOf', { index: index + 1, total: STEPS.length });
  return (
    <Stack gap="lg">
      <ScreenHeading>{title}</ScreenHeading>
      <Facts
        t={t}
        dates={formatDates(offering.startDate, offering.endDate, page)}
        location={offering.location}
        price={formatMoney(offering.price.amount, offering.price.currency, page.locale)}
        deposit={formatMoney(offering.price.deposit, offering.price.currency, page.locale)}
      />
      {offering.placesLeft === 0 && <Text>{t('waitlistNote')}</Text>}
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          a.next();
        }}
      >
        <Stack gap="lg">
          <Stack gap={4}>
            <Text c="dimmed" fw={700}>
              {stepText}
            </Text>
            <Title order={2} ref={stepHeading} tabIndex={-1} className="portal-heading" fz="xl">
              {t(`steps.${a.step}`)}
            </Title>
            <ProgressBar value={index + 1} total={STEPS.length} label={t('progress')} valueText={stepText} />
          </Stack>
          <ErrorSummary errors={a.errors} attempt={a.attempt} questionIds={a.questionIds} t={t} />
          {a.step === 'details' && (
            <DetailsStep details={a.details} errors={a.errors} t={t} onChange={a.setDetails} />
          )}
          {a.step === 'health' && (
            <HealthStep
              questions={form.questions}
              answers={a.answers}
              errors={a.errors}
              t={t}
              onAnswer={a.setAnswer}
            />
          )}
          {a.step === 'medications' && (
            <MedicationsStep
              rows={a.medications}
              errors={a.errors}
              t={t}
              onChange={a.setMedications}
              trap={a.trap}
              onTrap={a.setTrap}
            />
          )}
          {a.failure && (
            <Alert ref={failure} tabIndex={-1} color="red" role="alert">
              {a.failure}
            </Alert>
          )}
          <Group gap="sm" wrap="wrap">
            {index > 0 && (
              <PortalButton variant="default" onClick={a.back}>
                {t('back')}
              </PortalButton>
            )}
            <PortalButton type="submit" loading={a.sending}>
              {last ? t('submit') : t('next')}
            </PortalButton>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
