/** The cancellation tiers of the publishing form: days before the start → refund %, one row each. */
import { Button, Fieldset, Group, Stack, Text, TextInput } from '@mantine/core';
import { useT } from '../i18n/i18n.ts';
import { type ListingErrors, listingFieldId, newTier, type TierDraft } from './listing-form.ts';

interface Props {
  tiers: TierDraft[];
  errors: ListingErrors;
  onChange: (tiers: TierDraft[], field?: string) => void;
}

export function TierFields({ tiers, errors, onChange }: Props) {
  const { t } = useT('frontOffice');
  const set = (i: number, patch: Partial<TierDraft>, field: string) =>
    onChange(
      tiers.map((tier, k) => (k === i ? { ...tier, ...patch } : tier)),
      `tiers.${i}.${field}`,
    );
  return (
    <Fieldset legend={t('listingForm.tiers')} variant="unstyled">
      <Stack gap="xs">
        <Text size="sm">{t('listingForm.tiersHint')}</Text>
        {tiers.map((tier, i) => (
          <Group key={tier.key} align="flex-start" gap="xs" wrap="wrap">
            <TextInput
              id={listingFieldId(`tiers.${i}.days`)}
              label={t('listingForm.tierDays', { n: i + 1 })}
              inputMode="numeric"
              value={tier.days}
              onChange={(e) => set(i, { days: e.currentTarget.value }, 'days')}
              error={errors[`tiers.${i}.days`]}
              w={150}
            />
            <TextInput
              id={listingFieldId(`tiers.${i}.percent`)}
              label={t('listingForm.tierPercent', { n: i + 1 })}
              inputMode="numeric"
              value={tier.percent}
              onChange={(e) => set(i, { percent: e.currentTarget.value }, 'percent')}
              error={errors[`tiers.${i}.percent`]}
              w={150}
            />
            <Button
              variant="subtle"
              color="red"
              mt={{ base: 0, xs: 24 }}
              onClick={() => onChange(tiers.filter((_, k) => k !== i))}
            >
              {t('listingForm.removeTier', { n: i + 1 })}
            </Button>
          </Group>
        ))}
        <Group>
          <Button variant="default" size="xs" onClick={() => onChange([...tiers, newTier()])}>
            {t('listingForm.addTier')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
