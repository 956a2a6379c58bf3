/** Creating a client record. */
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useCan } from '../app/session-context.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { useCreateClient } from './api.ts';
import { ClientForm, focusFirstError } from './ClientForm.tsx';
import {
  type ClientDraft,
  type ClientField,
  type ClientFieldErrors,
  checkDraft,
  draftToInput,
  emptyDraft,
} from './draft.ts';
import { FormProblemAlert } from './FormProblemAlert.tsx';
import { type FormProblem, formErrorsFrom } from './form-errors.ts';

export function NewClientPage() {
  const navigate = useNavigate();
  const canWriteNotes = useCan('client.notes.write');
  const create = useCreateClient();
  const [draft, setDraft] = useState<ClientDraft>(emptyDraft);
  const [errors, setErrors] = useState<ClientFieldErrors>({});
  const [problem, setProblem] = useState<FormProblem | null>(null);

  const onChange = (field: ClientField, value: string) => {
    setDraft((d) => ({ ...d, [field]: value }));
    if (errors[field]) setErrors((e) => ({ ...e, [field]: undefined }));
  };

  const onSubmit = () => {
    const local = checkDraft(draft);
    setErrors(local);
    setProblem(null);
    if (Object.keys(local).length) {
      focusFirstError(local);
      return;
    }
    create.mutate(draftToInput(draft, canWriteNotes), {
      onSuccess: (client) => {
        notifications.show({ color: 'teal', message: `${client.givenName} ${client.familyName} was added.` });
        navigate(`/clients/${client.id}`);
      },
      onError: (error) => {
        const { fields, problem: p } = formErrorsFrom(error);
        setErrors(fields);
        setProblem(p);
        focusFirstError(fields);
      },
    });
  };

  return (
    <>
      <PageHeader title="New client" />
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
