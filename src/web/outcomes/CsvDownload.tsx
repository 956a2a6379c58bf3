/**
 * The tidy CSV under the current filters: a plain link (the session cookie goes with it), for the
 * questionnaire shown or for every questionnaire of the program; the summary tables as CSV; and
 * the report printed (the browser's print dialog, which can also save it as PDF).
 */
import { Button, Group, Text } from '@mantine/core';
import { useT } from '../i18n/i18n.ts';
import type { Outcomes } from './api.ts';
import { csvPath, type OutcomeFilters, summaryCsvPath } from './query.ts';

interface Props {
  data: Outcomes;
  filters: OutcomeFilters;
}

/** The header's buttons: the data (this questionnaire, these filters), the tables, the printed report. */
export function CsvButton({ data, filters }: Props) {
  const { t } = useT('outcomes');
  const instrument = data.instrument;
  return (
    <Group gap="xs" className="threshold-no-print">
      <Button
        component="a"
        variant="default"
        href={csvPath(data.program.id, filters, instrument?.id ?? null)}
        download
      >
        {t('csv.download')}
      </Button>
      <Button component="a" variant="default" href={summaryCsvPath(data.program.id, filters)} download>
        {t('csv.tables')}
      </Button>
      <Button variant="default" onClick={() => window.print()}>
        {t('csv.print')}
      </Button>
    </Group>
  );
}

export function CsvSection({ data, filters }: Props) {
  const { t } = useT('outcomes');
  const instrument = data.instrument;
  return (
    <>
      <Text size="sm" maw={760}>
        {t('csv.rows')}
        {data.deidentified ? t('csv.rowsDeidentified') : t('csv.rowsResearchers')}
      </Text>
      <Text size="sm" maw={760}>
        {t('csv.summary')}
        {data.deidentified ? t('csv.summarySuppressed') : ''}
      </Text>
      <Group gap="sm" className="threshold-no-print">
        <Button component="a" variant="default" href={summaryCsvPath(data.program.id, filters)} download>
          {t('csv.summaryButton')}
        </Button>
        {instrument && (
          <Button component="a" href={csvPath(data.program.id, filters, instrument.id)} download>
            {t('csv.instrumentButton', { instrument: instrument.shortName })}
          </Button>
        )}
        {data.instruments.length > 1 && (
          <Button component="a" variant="default" href={csvPath(data.program.id, filters, null)} download>
            {t('csv.allButton')}
          </Button>
        )}
      </Group>
    </>
  );
}
