/** The dose per kilogram of body weight, recomputed as the dose or weight is typed. */
import { Text } from '@mantine/core';

export function MgPerKg({ value }: { value: number | null }) {
  return (
    <Text size="sm" aria-live="polite" role="status">
      <Text span fw={600}>
        Dose per body weight:
      </Text>{' '}
      {value === null ? 'enter the dose and the weight to compute mg/kg.' : `${value} mg/kg`}
    </Text>
  );
}
