/** The model: measure, estimator, test and confidence level; for 2×2 measures, how arms are given. */
import { Group, NativeSelect, Radio, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useT } from '../i18n/i18n.ts';
import type { ArmEntry } from './columns.ts';
import {
  isMeasure,
  isMethod,
  isTest,
  isTwoByTwo,
  MEASURE_LABELS,
  MEASURES,
  METHOD_LABELS,
  METHODS,
  TEST_LABELS,
  TESTS,
} from './columns.ts';
import type { Settings, SettingsField } from './draft.ts';

export const settingsId = (field: SettingsField) => `meta-${field}`;

interface Props {
  settings: Settings;
  onChange: (next: Partial<Settings>) => void;
  errors: Partial<Record<SettingsField, string>>;
}

export function ModelFields({ settings, onChange, errors }: Props) {
  const { t } = useT('meta');
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <NativeSelect
          id={settingsId('measure')}
          label={t('settingsLabels.measure')}
          value={settings.measure}
          onChange={(e) => {
            const v = e.currentTarget.value;
            if (isMeasure(v)) onChange({ measure: v });
          }}
          data={MEASURES.map((m) => ({ value: m, label: MEASURE_LABELS[m] }))}
          error={errors.measure}
        />
        <NativeSelect
          id={settingsId('method')}
          label={t('settingsLabels.method')}
          value={settings.method}
          onChange={(e) => {
            const v = e.currentTarget.value;
            if (isMethod(v)) onChange({ method: v });
          }}
          data={METHODS.map((m) => ({ value: m, label: METHOD_LABELS[m] }))}
          error={errors.method}
        />
        <NativeSelect
          id={settingsId('test')}
          label={t('fields.test')}
          value={settings.test}
          onChange={(e) => {
            const v = e.currentTarget.value;
            if (isTest(v)) onChange({ test: v });
          }}
          data={TESTS.map((test) => ({ value: test, label: TEST_LABELS[test] }))}
          error={errors.test}
        />
        <TextInput
          id={settingsId('level')}
          label={t('fields.level')}
          inputMode="decimal"
          value={settings.level}
          onChange={(e) => onChange({ level: e.currentTarget.value })}
          error={errors.level}
          autoComplete="off"
        />
      </SimpleGrid>
      {isTwoByTwo(settings.measure) && (
        <Radio.Group
          label={t('fields.arms')}
          value={settings.arms}
          onChange={(v) => onChange({ arms: v as ArmEntry })}
        >
          <Group gap="lg" mt={6}>
            <Radio value="cells" label={t('fields.cells')} classNames={{ radio: 'threshold-radio' }} />
            <Radio value="sizes" label={t('fields.sizes')} classNames={{ radio: 'threshold-radio' }} />
          </Group>
        </Radio.Group>
      )}
    </Stack>
  );
}
