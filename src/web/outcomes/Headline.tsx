/** Who is in the analysis, with which questionnaire, and by which criteria change is counted. */
import { Alert, Text } from '@mantine/core';
import { useT } from '../i18n/i18n.ts';
import { type DataItem, DataList } from '../ui/DataList.tsx';
import type { OutcomeReport, Outcomes } from './api.ts';
import { count } from './format.ts';
import { BETTER_LABELS } from './labels.ts';

interface Props {
  data: Outcomes;
  report: OutcomeReport;
}

export function Headline({ data, report }: Props) {
  const { t } = useT('outcomes');
  const { rules } = report;
  const short = data.instrument?.shortName ?? report.instrumentId;
  const none = t('headline.notDefined', { instrument: short });
  const items: DataItem[] = [
    {
      label: t('headline.started'),
      value: t('headline.startedValue', { count: report.subjects, n: count(report.subjects) }),
    },
    {
      label: t('headline.questionnaire'),
      value: data.instrument ? `${data.instrument.name} (${data.instrument.shortName})` : short,
    },
    { label: t('headline.response'), value: rules.responseCriterion ?? none },
    { label: t('headline.remission'), value: rules.remissionCriterion ?? none },
    { label: t('headline.reliableChange'), value: rules.reliableChangeMethod ?? none },
    { label: t('headline.direction'), value: BETTER_LABELS[rules.better] },
  ];
  return <DataList items={items} />;
}

/** What a researcher sees and why. */
export function DeidentifiedNote() {
  const { t } = useT('outcomes');
  return (
    <Alert color="blue" title={t('deidentified.title')} role="note">
      <Text size="sm">{t('deidentified.body')}</Text>
    </Alert>
  );
}
