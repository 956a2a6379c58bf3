/** Creating a client record. */
import { notifications } from '@mantine/notifications';
import { useNavigate } from 'react-router';
import { activeMembership } from '../app/session.ts';
import { useCan, useSession } from '../app/session-context.tsx';
import { useT } from '../i18n/i18n.ts';
import { PageHeader } from '../ui/PageHeader.tsx';
import { useCreateClient } from './api.ts';
import { ClientForm } from './ClientForm.tsx';
import { draftToInput, emptyDraft } from './draft.ts';
import { FormProblemAlert } from './FormProblemAlert.tsx';
import { useClientForm } from './use-client-form.ts';

export function NewClientPage() {
  const navigate = useNavigate();
  const { t } = useT('clients');
  const canWriteNotes = useCan('client.notes.write');
  const create = useCreateClient();
  const locale = activeMembership(useSession())?.locale ?? null;
  const { draft, errors, problem, onChange, validate, showError } = useClientForm(() => emptyDraft(locale));

  const onSubmit = () => {
    if (!validate()) return;
    create.mutate(draftToInput(draft, canWriteNotes), {
      onSuccess: (client) => {
        notifications.show({
          color: 'teal',
          message: t('create.added', { name: `${client.givenName} ${client.familyName}` }),
        });
        navigate(`/clients/${client.id}`);
      },
      onError: showError,
    });
  };

  return (
    <>
      <PageHeader title={t('create.title')} />
      <ClientForm
        draft={draft}
        onChange={onChange}
        errors={errors}
        showNotes={canWriteNotes}
        onSubmit={onSubmit}
        submitting={create.isPending}
        onCancel={() => navigate('/clients')}
      >
        {problem && <FormProblemAlert problem={problem} />}
      </ClientForm>
    </>
  );
}
