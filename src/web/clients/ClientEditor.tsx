/**
 * Editing a client with optimistic concurrency: the save names the version the user started from.
 * If someone else saved first (409 conflict with `current`), the user's draft stays in the form and
 * they can load the latest version with their changes re-applied.
 */
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Client } from '../../api/clients.ts';
import { useCan } from '../app/session-context.tsx';
import { ApiError } from '../http/problem.ts';
import { tKey } from '../i18n/t-key.ts';
import { clientKeys, conflictCurrent, useUpdateClient } from './api.ts';
import { ClientForm } from './ClientForm.tsx';
import { ConflictPanel } from './ConflictPanel.tsx';
import { CLIENT_FIELDS, changedFields, draftFromClient, draftToInput } from './draft.ts';
import { FormProblemAlert } from './FormProblemAlert.tsx';
import { useClientForm } from './use-client-form.ts';

interface Props {
  client: Client;
  onDone: () => void;
}

export function ClientEditor({ client, onDone }: Props) {
  const canWriteNotes = useCan('client.notes.write');
  const fields = canWriteNotes ? CLIENT_FIELDS : CLIENT_FIELDS.filter((f) => f !== 'notes');
  const update = useUpdateClient(client.id);
  const queryClient = useQueryClient();
  const [base, setBase] = useState<Client>(client);
  const { draft, setDraft, errors, problem, onChange, validate, showError } = useClientForm(() =>
    draftFromClient(client),
  );
  const [conflict, setConflict] = useState<Client | null>(null);

  const onSubmit = () => {
    if (!validate()) return;
    update.mutate(
      { ...draftToInput(draft, canWriteNotes), version: base.version },
      {
        onSuccess: (saved) => {
          notifications.show({
            color: 'teal',
            message: tKey('clients:record.saved', { name: `${saved.givenName} ${saved.familyName}` }),
          });
          onDone();
        },
        onError: (error) => {
          const current =
            error instanceof ApiError && error.status === 409 ? conflictCurrent(error.extra) : null;
          if (current) {
            setConflict(current);
            queryClient.setQueryData(clientKeys.detail(current.id), current);
            return;
          }
          showError(error);
        },
      },
    );
  };

  /** Latest version, with every field this user changed put back on top. */
  const reapply = () => {
    if (!conflict) return;
    const mine = changedFields(draftFromClient(base), draft, fields);
    const next = draftFromClient(conflict);
    for (const f of mine) next[f] = draft[f];
    setBase(conflict);
    setDraft(next);
    setConflict(null);
    notifications.show({
      message: mine.length ? tKey('clients:record.reloadedWithChanges') : tKey('clients:record.reloaded'),
    });
  };

  const discard = () => {
    if (!conflict) return;
    setBase(conflict);
    setDraft(draftFromClient(conflict));
    setConflict(null);
  };

  return (
    <ClientForm
      draft={draft}
      onChange={onChange}
      errors={errors}
      showNotes={canWriteNotes}
      onSubmit={onSubmit}
      submitting={update.isPending}
      saveDisabled={conflict !== null}
      onCancel={onDone}
    >
      {conflict && (
        <ConflictPanel
          base={base}
          current={conflict}
          draft={draft}
          fields={fields}
          onReapply={reapply}
          onDiscard={discard}
        />
      )}
      {problem && <FormProblemAlert problem={problem} />}
    </ClientForm>
  );
}
