/**
 * A time of day without a date (a session's start time in a program): hours and minutes typed in
 * the organization's clock (24-hour for nl-NL and en-GB, 12-hour for en-US). Value and onChange use
 * 'HH:mm' ('' when blank), the value a native time input had. When the browser is in another zone,
 * the field says which zone the time is in.
 */
import { TimePicker, type TimePickerProps } from '@mantine/dates';
import { organizationTimeZone } from '../../i18n/format.ts';
import { tKey } from '../../i18n/t-key.ts';
import { useDateFieldSettings } from './settings.ts';
import { withZoneNote, zoneNote } from './zone-note.tsx';

export interface TimeFieldProps
  extends Omit<TimePickerProps, 'value' | 'defaultValue' | 'onChange' | 'format'> {
  value: string;
  onChange: (value: string) => void;
  zone?: string | undefined;
}

export function TimeField({ value, onChange, zone, description, id, label, ...rest }: TimeFieldProps) {
  const { patterns } = useDateFieldSettings();
  const note = zoneNote('', zone ?? organizationTimeZone());
  // Each part is named with the field's label ("Start time, hours"), and `id` (for focusing the
  // first field with an error) is the hours input's, which the label points at.
  const part = (word: string) => (typeof label === 'string' ? `${label}, ${word.toLowerCase()}` : word);
  return (
    <TimePicker
      {...rest}
      label={label}
      hoursInputLabel={part(tKey('common:dates.hours'))}
      minutesInputLabel={part(tKey('common:dates.minutes'))}
      amPmInputLabel={part(tKey('common:dates.amPm'))}
      {...(id ? { hoursInputProps: { id }, labelProps: { htmlFor: id } } : {})}
      description={withZoneNote(description, note)}
      value={value}
      onChange={onChange}
      format={patterns.hour12 ? '12h' : '24h'}
    />
  );
}
