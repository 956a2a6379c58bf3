/**
 * What the applicant reported on the public form, marked everywhere as reported by the client:
 * never shown as a clinician's finding or decision. Hard stops and cautions answered "yes" (or
 * "does not know") are flagged beside the answer.
 */
import { Alert, Badge, List, Stack, Table, Text, Title } from '@mantine/core';
import { itemText } from '../enrollments/checklist-text.ts';
import { Section } from '../evidence/Section.tsx';
import { useT } from '../i18n/i18n.ts';
import { ScrollTable } from '../ui/ScrollTable.tsx';
import type { ApplicationDetail } from './api.ts';

type Answer = ApplicationDetail['selfReport']['answers'][number];
type Severity = 'hard-stop' | 'caution' | 'unknown';
const severityOf = (a: Answer): Severity =>
  a.severity === 'hard-stop' || a.severity === 'caution' ? a.severity : 'unknown';

/** `checklistVersion` names the checklist the applicant answered: its items are said in the UI language. */
export function SelfReportSection({
  report,
  checklistVersion,
}: {
  report: ApplicationDetail['selfReport'];
  checklistVersion: string;
}) {
  const { t } = useT('frontOffice');
  return (
    <Section title={t('detail.selfReport')} id="application-self-report">
      <Stack gap="sm">
        <Alert color="blue" variant="light">
          <Text size="sm">{t('detail.selfReportNote')}</Text>
        </Alert>
        <ScrollTable label={t('detail.selfReport')} minWidth={320}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('detail.question')}</Table.Th>
              <Table.Th scope="col">{t('detail.answer')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.answers.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td>
                  <Stack gap={4} align="flex-start">
                    <Text size="sm">{itemText(checklistVersion, a)}</Text>
                    {a.answer !== 'no' && <Flag severity={severityOf(a)} />}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" fw={a.answer === 'no' ? 400 : 600}>
                    {t(`detail.answers.${a.answer}`)}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </ScrollTable>
        <Title order={3} size="h5">
          {t('detail.medications')}
        </Title>
        {report.medications.length === 0 ? (
          <Text size="sm">{t('detail.noMedications')}</Text>
        ) : (
          <List size="sm" spacing={2}>
            {report.medications.map((m) => (
              <List.Item key={`${m.name}|${m.dose}|${m.frequency}`}>
                {t('detail.medication', { name: m.name, dose: m.dose, frequency: m.frequency }).trim()}
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Section>
  );
}

function Flag({ severity }: { severity: Severity }) {
  const { t } = useT('frontOffice');
  const color = severity === 'hard-stop' ? 'red' : severity === 'caution' ? 'orange' : 'gray';
  return (
    <Badge
      color={color}
      variant="light"
      tt="none"
      styles={{ root: { height: 'auto' }, label: { whiteSpace: 'normal', overflow: 'visible' } }}
    >
      {t('detail.reportedFlag', { severity: t(`detail.severity.${severity}`) })}
    </Badge>
  );
}
