/**
 * The owner records a client's erasure or restriction request: who asked, when, the scope and the
 * GDPR ground. The server decides: erased now when no retention period runs (never treated, or the
 * period ended), otherwise restricted until the period ends. An erased client's page is gone, so
 * the owner is taken back to the client list.
 */
import { Alert, Button, Group, Modal, Radio, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import type { Client } from '../../api/clients.ts';
import type { LegalBasis, Requester, RequestScope } from '../../domain/data-rights/requests.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { useRequestErasure } from './api.ts';
import { basesFor, REQUESTER_LABELS, SCOPE_LABELS } from './labels.ts';

const today = () => new Date().toISOString().slice(0, 10);

export function ErasureControl({ client }: { client: Client }) {
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
      setBasisError('Choose the ground the request rests on.');
      return;
    }
    request.mutate(
      { requestedBy, receivedOn, scope, legalBasis },
      {
        onSuccess: (outcome) => {
          close();
          if (outcome.status === 'erased') {
            notifications.show({ color: 'teal', message: `${name} was erased. The request is recorded.` });
            navigate('/clients');
          } else {
            notifications.show({
              color: 'teal',
              message: outcome.retainedUntil
                ? `${name} is restricted until ${outcome.retainedUntil} (the retention period) and will then be erased.`
                : `${name} is restricted.`,
            });
          }
        },
      },
    );
  };

  return (
    <>
      <Button variant="outline" color="red.9" onClick={open}>
        Erasure request
      </Button>
      <Modal
        opened={opened}
        onClose={onClose}
        title={`Erasure or restriction request for ${name}`}
        centered
        size="lg"
      >
        <form onSubmit={onSubmit} noValidate>
          <Stack>
            <Text size="sm">
              Medical records are kept for the organization’s retention period after the last treatment (20
              years under the WGBO, Art. 7:454 BW). A client who was treated within it is{' '}
              <strong>restricted</strong>: only owners see the record, it leaves search and outcome reports,
              nothing more is sent, and it is erased when the period ends. Anyone else is{' '}
              <strong>erased now</strong>: every record, note, answer, message and sign-in. Erasure cannot be
              undone.
            </Text>
            <Radio.Group
              label="Who asked"
              value={requestedBy}
              onChange={(v) => setRequestedBy(v as Requester)}
            >
              <Group mt={4}>
                {(Object.keys(REQUESTER_LABELS) as Requester[]).map((k) => (
                  <Radio key={k} value={k} label={REQUESTER_LABELS[k]} />
                ))}
              </Group>
            </Radio.Group>
            <TextInput
              type="date"
              label="Received on"
              value={receivedOn}
              max={today()}
              onChange={(e) => setReceivedOn(e.currentTarget.value)}
            />
            <Radio.Group
              label="Scope"
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
              label="Legal ground"
              placeholder="Choose the ground"
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
                If no retention period runs, {name} is erased as soon as you record this request.
              </Alert>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose} disabled={request.isPending}>
                Cancel
              </Button>
              <Button type="submit" color="red.9" loading={request.isPending}>
                Record request
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
