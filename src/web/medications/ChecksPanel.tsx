/**
 * What the medication rules make of the list today, per modality of the client's programs: hard
 * stops (red, each with the day it lifts, if it does), stops a taper plan's washout has lifted
 * (green) and cautions, worded from the server's fields
 * in the reader's language, with each rule's source.
 */
import { Alert, List, Text } from '@mantine/core';
import { useFormat } from '../i18n/format.ts';
import { useT } from '../i18n/i18n.ts';
import type { MedicationList } from './api.ts';

type Check = MedicationList['checks'][number];
type Finding = Check['stops'][number];

function useFindingText(items: MedicationList['items']) {
  const { t } = useT('medications');
  const f = useFormat();
  return (x: Finding, lifted: boolean) => {
    const m = items.find((i) => i.id === x.medicationId);
    const base = { name: m?.name ?? '', class: m ? t(`classes.${m.medicationClass}`) : '' };
    if (lifted && x.clearedFrom !== null)
      return t('check.lifted', { ...base, cleared: f.date(x.clearedFrom) });
    if (x.lastDoseOn === null) return t('check.takenNow', base);
    if (x.clearedFrom === null) return t('check.noWashout', { ...base, last: f.date(x.lastDoseOn) });
    return t('check.until', {
      ...base,
      last: f.date(x.lastDoseOn),
      cleared: f.date(x.clearedFrom),
      days: x.washoutDays ?? 0,
    });
  };
}

function Findings({
  findings,
  items,
  lifted = false,
}: {
  findings: Finding[];
  items: MedicationList['items'];
  lifted?: boolean;
}) {
  const { t } = useT('medications');
  const text = useFindingText(items);
  return (
    <List size="sm" spacing={4}>
      {findings.map((x) => (
        <List.Item key={x.medicationId}>
          {text(x, lifted)}{' '}
          <Text span size="xs" c="dimmed">
            {t('check.source', { source: x.ruleSource })}
          </Text>
        </List.Item>
      ))}
    </List>
  );
}

export function ChecksPanel({ list }: { list: MedicationList }) {
  const { t } = useT('medications');
  return (
    <>
      {list.checks.map((c) => {
        const modality = t(`modality.${c.modality}`);
        return (
          <div key={c.modality}>
            {c.stops.length > 0 && (
              <Alert color="red" title={t('check.stopsTitle', { modality })} role="status" mb="xs">
                <Findings findings={c.stops} items={list.items} />
              </Alert>
            )}
            {c.lifted.length > 0 && (
              <Alert color="teal" title={t('check.liftedTitle', { modality })} role="status" mb="xs">
                <Findings findings={c.lifted} items={list.items} lifted />
              </Alert>
            )}
            {c.cautions.length > 0 && (
              <Alert color="yellow" title={t('check.cautionsTitle', { modality })} mb="xs">
                <Findings findings={c.cautions} items={list.items} />
              </Alert>
            )}
          </div>
        );
      })}
    </>
  );
}
