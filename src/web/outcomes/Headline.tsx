/** Who is in the analysis, with which questionnaire, and by which criteria change is counted. */
import { Alert, Text } from '@mantine/core';
import { type DataItem, DataList } from '../ui/DataList.tsx';
import type { OutcomeReport, Outcomes } from './api.ts';
import { count } from './format.ts';
import { BETTER_LABELS } from './labels.ts';

interface Props {
  data: Outcomes;
  report: OutcomeReport;
}

export function Headline({ data, report }: Props) {
  const { rules } = report;
  const short = data.instrument?.shortName ?? report.instrumentId;
  const none = `Not defined for ${short}`;
  const items: DataItem[] = [
    {
      label: 'Started treatment',
      value: `${count(report.subjects)} ${report.subjects === 1 ? 'client' : 'clients'} (the analysis set)`,
    },
    {
      label: 'Questionnaire',
      value: data.instrument ? `${data.instrument.name} (${data.instrument.shortName})` : short,
    },
    { label: 'Response', value: rules.responseCriterion ?? none },
    { label: 'Remission', value: rules.remissionCriterion ?? none },
    { label: 'Reliable change', value: rules.reliableChangeMethod ?? none },
    { label: 'Direction', value: BETTER_LABELS[rules.better] },
  ];
  return <DataList items={items} />;
}

/** What a researcher sees and why. */
export function DeidentifiedNote() {
  return (
    <Alert color="blue" title="De-identified view" role="note">
      <Text size="sm">
        You are signed in as a researcher, so you see de-identified data: the figures here are aggregates, and
        the CSV download names no client. Each client and enrollment has a pseudonymous id (such as
        S-3f9a0c21d4e7) that stays the same in every export, and all of a client’s dates are shifted by that
        client’s own number of days (up to 182 either way), so intervals between one client’s dates are exact
        but the real dates cannot be read. Cohorts appear only as your own keys (such as C-5be01d7a9c34),
        never by name or start date. A figure drawn from fewer clients than your organization’s minimum is
        suppressed, and says so.
      </Text>
    </Alert>
  );
}
