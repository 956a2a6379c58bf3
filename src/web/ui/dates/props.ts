/**
 * The props a date field shares: Mantine's DateInput props with the value as text — the value a
 * native input had ('' when blank) — so the forms and the API keep their strings.
 */
import type { DateInputProps } from '@mantine/dates';

export interface TextDateProps
  extends Omit<
    DateInputProps,
    'value' | 'defaultValue' | 'onChange' | 'valueFormat' | 'dateParser' | 'min' | 'max'
  > {
  value: string;
  onChange: (value: string) => void;
  /** Earliest and latest, in the value's own format. */
  min?: string | undefined;
  max?: string | undefined;
}
