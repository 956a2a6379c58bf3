/**
 * The tidy CSV under the current filters: a plain link (the session cookie goes with it), for the
 * questionnaire shown or for every questionnaire of the program; the summary tables as CSV; and
 * the report printed (the browser's print dialog, which can also save it as PDF).
 */
import { Button, Group, Text } from '@mantine/core';
import type { Outcomes } from './api.ts';
import { csvPath, type OutcomeFilters, summaryCsvPath } from './query.ts';

interface Props {
  data: Outcomes;
  filters: OutcomeFilters;
}

/** The header's buttons: the data (this questionnaire, these filters), the tables, the printed report. */
export function CsvButton({ data, filters }: Props) {
  const instrument = data.instrument;
  return (
    <Group gap="xs" className="threshold-no-print">
      <Button
        component="a"
        variant="default"
        href={csvPath(data.program.id, filters, instrument?.id ?? null)}
        download
      >
        Download CSV
      </Button>
      <Button component="a" variant="default" href={summaryCsvPath(data.program.id, filters)} download>
        Download tables (CSV)
      </Button>
      <Button variant="default" onClick={() => window.print()}>
        Print report
      </Button>
    </Group>
  );
}

export function CsvSection({ data, filters }: Props) {
  const instrument = data.instrument;
  return (
    <>
      <Text size="sm" maw={760}>
        One row per client × timepoint × questionnaire, with the score, the baseline score, the change,
        response, remission, reliable change, and whether the timepoint was due and assessed. Missing values
        are NA and flags TRUE/FALSE, so R’s read.csv and pandas’ read_csv read it unchanged. The filters above
        apply (subgroup and end-of-treatment choices do not change the rows). Text a spreadsheet would run as
        a formula (starting with =, +, −, @) is written with a leading apostrophe; numbers are never changed.
        {data.deidentified
          ? ' Your download is de-identified: pseudonymous client and enrollment ids, cohorts as your own keys (the ones in the cohort filter), and every date of a client shifted by that client’s own number of days.'
          : ' Researchers get the same rows de-identified: pseudonymous ids, and each client’s dates shifted by a per-client number of days.'}
      </Text>
      <Text size="sm" maw={760}>
        The summary tables (each timepoint, and the cohort comparison and subgroups when chosen) are one CSV
        with a row per table, group, timepoint and statistic: its n, estimate and 95% interval.
        {data.deidentified
          ? ' Figures from fewer clients than your organization’s minimum are NA there, with the reason in the suppressed column.'
          : ''}
      </Text>
      <Group gap="sm" className="threshold-no-print">
        <Button component="a" variant="default" href={summaryCsvPath(data.program.id, filters)} download>
          Download summary tables (CSV)
        </Button>
        {instrument && (
          <Button component="a" href={csvPath(data.program.id, filters, instrument.id)} download>
            Download CSV ({instrument.shortName})
          </Button>
        )}
        {data.instruments.length > 1 && (
          <Button component="a" variant="default" href={csvPath(data.program.id, filters, null)} download>
            Download CSV (all questionnaires)
          </Button>
        )}
      </Group>
    </>
  );
}
