/**
 * Issuing an API token: the member it acts for, a name, the permissions (the server refuses any
 * the member's role lacks, naming them) and the expiry. The token is shown once, here.
 */
import {
  Alert,
  Button,
  Code,
  CopyButton,
  Group,
  MultiSelect,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import type { Member } from '../../api/organizations.ts';
import { errorMessage } from '../http/problem.ts';
import { useT } from '../i18n/i18n.ts';
import { ROLE_LABELS } from '../ui/labels.ts';
import { useIssueToken } from './api.ts';

export function IssueTokenForm({
  members,
  scopes,
  ownUserId,
}: {
  members: Member[];
  scopes: string[];
  ownUserId: string;
}) {
  const { t } = useT('apiTokens');
  const issue = useIssueToken();
  const [userId, setUserId] = useState(ownUserId);
  const [name, setName] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [days, setDays] = useState<number>(90);
  const [issued, setIssued] = useState<{ token: string; name: string } | null>(null);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setIssued(null);
    issue.mutate(
      { userId, name: name.trim(), scopes: chosen as never, expiresInDays: days },
      {
        onSuccess: (r) => {
          setIssued({ token: r.token, name: r.apiToken.name });
          setName('');
          setChosen([]);
        },
      },
    );
  };

  return (
    <Stack>
      {issued && (
        <Alert color="teal" title={t('issued', { name: issued.name })}>
          <Stack gap="xs">
            <Code block style={{ wordBreak: 'break-all' }}>
              {issued.token}
            </Code>
            <CopyButton value={issued.token}>
              {({ copied, copy }) => (
                <Button size="xs" variant="light" onClick={copy} w="fit-content">
                  {copied ? t('copied') : t('copy')}
                </Button>
              )}
            </CopyButton>
          </Stack>
        </Alert>
      )}
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NativeSelect
              label={t('form.actsFor')}
              value={userId}
              onChange={(e) => setUserId(e.currentTarget.value)}
              data={members.map((m) => ({
                value: m.userId,
                label: t('form.member', { name: m.name, role: ROLE_LABELS[m.role] }),
              }))}
            />
            <TextInput
              label={t('form.name')}
              description={t('form.nameHint')}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              required
              maxLength={100}
            />
            <MultiSelect
              label={t('form.permissions')}
              description={t('form.permissionsHint')}
              data={scopes}
              value={chosen}
              onChange={setChosen}
              searchable
              required
            />
            <NumberInput
              label={t('form.expires')}
              min={1}
              max={365}
              value={days}
              onChange={(v) => setDays(Number(v) || 90)}
            />
          </SimpleGrid>
          {issue.isError && (
            <Alert color="red" title={t('form.failed')}>
              <Text size="sm">{errorMessage(issue.error)}</Text>
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={issue.isPending} disabled={!name.trim() || chosen.length === 0}>
              {t('form.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
