/**
 * The questionnaires an enrollment's program asks for: timepoint, questionnaire, due date and its
 * completion window, and status (upcoming, open now, done, missed, not scheduled yet). A done one
 * opens its response (for roles that may read responses). An open one — or a baseline, from
 * enrollment — can be sent now.
 */

import { Anchor, Badge, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { sendableNow } from '../../domain/portal/invitations.ts';
import type { AssessmentDue } from '../../domain/programs/types.ts';
import { useCan } from '../app/session-context.tsx';
import { useT } from '../i18n/i18n.ts';
import { tKey } from '../i18n/labels.ts';
import { useInstruments } from '../instruments/api.ts';
import { SendNowButton } from '../messages/SendNowButton.tsx';
import { useClientInvitations } from '../portal-home/staff/api.ts';
import { useClientResponses } from '../responses/api.ts';
import { ResponseModal } from '../responses/ResponseModal.tsx';
import { formatDateIn, useOrgTimezone } from '../sessions/time.ts';
import { ScrollTable } from '../ui/ScrollTable.tsx';
import { ASSESSMENT_STATUS_COLORS, ASSESSMENT_STATUS_LABELS } from './labels.ts';

/** "12 May 2026 to 19 May 2026": the window in which an answer counts, as dates in the zone. */
function windowText(a: AssessmentDue, zone: string): string {
  const from = a.answersFrom ?? a.windowOpensAt;
  if (!from || !a.windowClosesAt) return '—';
  const open = formatDateIn(from, zone);
  const close = formatDateIn(a.windowClosesAt, zone);
  return open === close
    ? tKey('timeline:assessments.on', { date: open })
    : tKey('timeline:assessments.range', { from: open, to: close });
}

export function AssessmentsTable({
  clientId,
  enrollmentId,
  assessments,
}: {
  clientId: string;
  enrollmentId: string;
  assessments: AssessmentDue[];
}) {
  const { t } = useT('timeline');
  const canReadResponses = useCan('response.read');
  const canSend = useCan('invitation.send');
  const canReadInvitations = useCan('invitation.read');
  const now = new Date().toISOString();
  const sendable = (a: AssessmentDue) => sendableNow(a, now);
  const hasOpen = assessments.some(sendable);
  const invitations = useClientInvitations(clientId, canSend && canReadInvitations && hasOpen);
  const invited = (a: AssessmentDue) =>
    invitations.data?.items.some(
      (i) =>
        i.enrollmentId === enrollmentId &&
        i.planKey === `${a.planKey}#${a.occurrence}` &&
        (i.status === 'pending' || i.status === 'sent') &&
        i.sends > 0,
    ) ?? false;
  const { timezone } = useOrgTimezone();
  const instruments = useInstruments();
  const hasDone = assessments.some((a) => a.status === 'done' && a.responseId);
  const responses = useClientResponses(clientId, canReadResponses && hasDone);
  const [openId, setOpenId] = useState<string | null>(null);

  const shortName = (instrumentId: string) =>
    instruments.data?.items.find((i) => i.id === instrumentId)?.shortName ?? instrumentId.toUpperCase();

  const sorted = [...assessments].sort((a, b) => {
    if (a.dueAt && b.dueAt) return Date.parse(a.dueAt) - Date.parse(b.dueAt);
    return a.dueAt ? -1 : b.dueAt ? 1 : 0;
  });
  const open = responses.data?.items.find((r) => r.id === openId) ?? null;

  if (sorted.length === 0) return <Text size="sm">{t('assessments.none')}</Text>;

  return (
    <>
      <ScrollTable label={t('assessments.label')} minWidth={640}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('assessments.timepoint')}</Table.Th>
            <Table.Th scope="col">{t('assessments.questionnaire')}</Table.Th>
            <Table.Th scope="col">{t('assessments.due')}</Table.Th>
            <Table.Th scope="col">{t('assessments.window')}</Table.Th>
            <Table.Th scope="col">{t('assessments.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((a) => (
            <Table.Tr key={`${a.planKey}-${a.occurrence}`}>
              <Table.Td>
                {a.label}
                {a.occurrence > 1 ? ` (${a.occurrence})` : ''}
              </Table.Td>
              <Table.Td>{shortName(a.instrumentId)}</Table.Td>
              <Table.Td>{a.dueAt ? formatDateIn(a.dueAt, timezone) : t('assessments.whenAnchored')}</Table.Td>
              <Table.Td>
                <Text size="sm">{windowText(a, timezone)}</Text>
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color={ASSESSMENT_STATUS_COLORS[a.status]} tt="none">
                  {ASSESSMENT_STATUS_LABELS[a.status]}
                </Badge>
                {a.status === 'done' && a.responseId && canReadResponses && (
                  <Anchor
                    component="button"
                    type="button"
                    size="sm"
                    ml="xs"
                    onClick={() => setOpenId(a.responseId)}
                    disabled={!responses.data}
                    aria-label={t('assessments.viewNamed', {
                      what: `${a.label}, ${shortName(a.instrumentId)}`,
                    })}
                  >
                    {t('assessments.view')}
                  </Anchor>
                )}
                {sendable(a) && canSend && (
                  <SendNowButton
                    clientId={clientId}
                    enrollmentId={enrollmentId}
                    invitationKey={`${a.planKey}#${a.occurrence}`}
                    invited={invited(a)}
                    label={`${a.label}, ${shortName(a.instrumentId)}`}
                  />
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </ScrollTable>
      <ResponseModal
        clientId={clientId}
        summary={open}
        shortName={open ? shortName(open.instrumentId) : ''}
        onClose={() => setOpenId(null)}
      />
    </>
  );
}
