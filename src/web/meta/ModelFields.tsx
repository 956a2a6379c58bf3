/** The model: measure, estimator, test and confidence level; for 2×2 measures, how arms are given. */
import { Group, NativeSelect, Radio, SimpleGrid, Stack, TextInput } from '@mantine/core';
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
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <NativeSelect
          id={settingsId('measure')}
          label="Effect measure"
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
          label="Method"
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
          label="Test for the pooled estimate"
          value={settings.test}
          onChange={(e) => {
            const v = e.currentTarget.value;
            if (isTest(v)) onChange({ test: v });
          }}
          data={TESTS.map((t) => ({ value: t, label: TEST_LABELS[t] }))}
          error={errors.test}
        />
        <TextInput
          id={settingsId('level')}
          label="Confidence level (%)"
          inputMode="decimal"
          value={settings.level}
          onChange={(e) => onChange({ level: e.currentTarget.value })}
          error={errors.level}
          autoComplete="off"
        />
      </SimpleGrid>
      {isTwoByTwo(settings.measure) && (
        <Radio.Group
          label="Each arm is given as"
          value={settings.arms}
          onChange={(v) => onChange({ arms: v as ArmEntry })}
        >
          <Group gap="lg" mt={6}>
            <Radio
              value="cells"
              label="Events and non-events (ai, bi, ci, di)"
              classNames={{ radio: 'threshold-radio' }}
            />
            <Radio
              value="sizes"
              label="Events and group totals (ai, n1i, ci, n2i)"
              classNames={{ radio: 'threshold-radio' }}
            />
          </Group>
        </Radio.Group>
      )}
    </Stack>
  );
}
