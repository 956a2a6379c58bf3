/**
 * The organization's CEQ threshold (owners): a CEQ total above it counts as a challenging
 * experience. Empty = not set, and then a CEQ total cannot be judged (the contact is pulled
 * forward and the alert says so).
 */
import { Alert, Button, Group, NumberInput, Stack, Text, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import type { Organization } from '../../api/organizations.ts';
import { errorMessage } from '../http/problem.ts';
import { useT } from '../i18n/i18n.ts';
import { useUpdateOrganization } from '../organization/api.ts';

export function CeqThresholdForm({ organization }: { organization: Organization }) {
  const { t } = useT('integration');
  const update = useUpdateOrganization();
  const [value, setValue] = useState<number | string>(organization.ceqThreshold ?? '');
  const next = typeof value === 'number' ? value : null;
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (next !== organization.ceqThreshold) update.mutate({ ceqThreshold: next });
  };
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack maw={560} gap="xs">
        <Title order={2} size="h4">
          {t('threshold.heading')}
        </Title>
        <Text size="sm">{t('threshold.intro')}</Text>
        <NumberInput
          label={t('threshold.label')}
          description={t('threshold.hint')}
          value={value}
          onChange={setValue}
          min={0}
          max={1000}
          allowNegative={false}
        />
        {update.isError && (
          <Alert color="red" role="alert">
            {errorMessage(update.error)}
          </Alert>
        )}
        {update.isSuccess && (
          <Text size="sm" role="status">
            {t('threshold.saved')}
          </Text>
        )}
        <Group>
          <Button type="submit" loading={update.isPending}>
            {t('threshold.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
