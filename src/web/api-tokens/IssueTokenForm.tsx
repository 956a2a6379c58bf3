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
        <Alert color="teal" title={`Token "${issued.name}" issued: copy it now, it is not shown again`}>
          <Stack gap="xs">
            <Code block style={{ wordBreak: 'break-all' }}>
              {issued.token}
            </Code>
            <CopyButton value={issued.token}>
              {({ copied, copy }) => (
                <Button size="xs" variant="light" onClick={copy} w="fit-content">
                  {copied ? 'Copied' : 'Copy token'}
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
              label="Acts for"
              value={userId}
              onChange={(e) => setUserId(e.currentTarget.value)}
              data={members.map((m) => ({ value: m.userId, label: `${m.name} (${m.role})` }))}
            />
            <TextInput
              label="Name"
              description='What it is for, e.g. "EHR sync"'
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              required
              maxLength={100}
            />
            <MultiSelect
              label="Permissions"
              description="Only what the program needs; never more than the member's role allows"
              data={scopes}
              value={chosen}
              onChange={setChosen}
              searchable
              required
            />
            <NumberInput
              label="Expires after (days)"
              min={1}
              max={365}
              value={days}
              onChange={(v) => setDays(Number(v) || 90)}
            />
          </SimpleGrid>
          {issue.isError && (
            <Alert color="red" title="The token was not issued">
              <Text size="sm">{errorMessage(issue.error)}</Text>
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={issue.isPending} disabled={!name.trim() || chosen.length === 0}>
              Issue token
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
