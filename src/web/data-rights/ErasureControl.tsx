/**
 * The owner records a client's erasure or restriction request: who asked, when, the scope and the
 * GDPR ground. The server decides: erased now when no retention period runs (never treated, or the
 * period ended), otherwise restricted until the period ends. An erased client's page is gone, so
 * the owner is taken back to the client list.
 */
import { Alert, Button, Group, Modal, Radio, Select, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { Trans } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Client } from '../../api/clients.ts';
import type { LegalBasis, Requester, RequestScope } from '../../domain/data-rights/requests.ts';
import { useT } from '../i18n/i18n.ts';
import { DateField } from '../ui/dates/DateField.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { formatDate } from '../ui/format.ts';
import { useRequestErasure } from './api.ts';
import { basesFor, REQUESTER_LABELS, SCOPE_LABELS } from './labels.ts';

const today = () => new Date().toISOString().slice(0, 10);

export function ErasureControl({ client }: { client: Client }) {
  const { t } = useT('dataRights');
  const [opened, { open, close }] = useDisclosure(false);
  const request = useRequestErasure(client.id);
  const navigate = useNavigate();
  const [requestedBy, setRequestedBy] = useState<Requester>('client');
  const [receivedOn, setReceivedOn] = useState(today());
  const [scope, setScope] = useState<RequestScope>('erasure');
  const [legalBasis, setLegalBasis] = useState<LegalBasis | null>(null);
  const [basisError, setBasisError] = useState<string | null>(null);
  const name = `${client.givenName} ${client.familyName}`;

  const onClose = () => {
    close();
    request.reset();
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!legalBasis) {
      setBasisError(t('erasure.chooseError'));
      return;
    }
    request.mutate(
      { requestedBy, receivedOn, scope, legalBasis },
      {
        onSuccess: (outcome) => {
          close();
          if (outcome.status === 'erased') {
            notifications.show({ color: 'teal', message: t('erasure.erased', { name }) });
            navigate('/clients');
          } else {
            notifications.show({
              color: 'teal',
              message: outcome.retainedUntil
                ? t('erasure.restrictedUntil', { name, date: formatDate(outcome.retainedUntil) })
                : t('erasure.restricted', { name }),
            });
          }
        },
      },
    );
  };

  return (
    <>
      <Button variant="outline" color="red.9" onClick={open}>
        {t('erasure.open')}
      </Button>
      <Modal opened={opened} onClose={onClose} title={t('erasure.title', { name })} centered size="lg">
        <form onSubmit={onSubmit} noValidate>
          <Stack>
            <Text size="sm">
              <Trans t={t} i18nKey="erasure.intro" components={{ strong: <strong /> }} />
            </Text>
            <Radio.Group
              label={t('erasure.who')}
              value={requestedBy}
              onChange={(v) => setRequestedBy(v as Requester)}
            >
              <Group mt={4}>
                {(Object.keys(REQUESTER_LABELS) as Requester[]).map((k) => (
                  <Radio key={k} value={k} label={REQUESTER_LABELS[k]} />
                ))}
              </Group>
            </Radio.Group>
            <DateField
              label={t('erasure.received')}
              value={receivedOn}
              max={today()}
              onChange={(value) => setReceivedOn(value)}
            />
            <Radio.Group
              label={t('erasure.scope')}
              value={scope}
              onChange={(v) => {
                setScope(v as RequestScope);
                setLegalBasis(null);
              }}
            >
              <Stack mt={4} gap="xs">
                {(Object.keys(SCOPE_LABELS) as RequestScope[]).map((k) => (
                  <Radio key={k} value={k} label={SCOPE_LABELS[k]} />
                ))}
              </Stack>
            </Radio.Group>
            <Select
              label={t('erasure.ground')}
              placeholder={t('erasure.choose')}
              data={basesFor(scope)}
              value={legalBasis}
              onChange={(v) => {
                setLegalBasis(v as LegalBasis | null);
                setBasisError(null);
              }}
              error={basisError}
              comboboxProps={{ withinPortal: true }}
            />
            {request.error ? <ErrorAlert error={request.error} /> : null}
            {scope === 'erasure' && (
              <Alert color="red" variant="light">
                {t('erasure.warning', { name })}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose} disabled={request.isPending}>
                {t('erasure.cancel')}
              </Button>
              <Button type="submit" color="red.9" loading={request.isPending}>
                {t('erasure.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
