/**
 * A date and time (when a dose was given, a session starts): typed in the organization's format
 * ("05-12-2026 14:30" for nl-NL) or picked from a calendar, as a wall-clock time in the
 * organization's zone (or a room's: `zone`). Value and onChange use 'YYYY-MM-DDTHH:mm' ('' when
 * blank), the value a native datetime-local input had; the form turns it into an instant in that
 * zone (./zone.ts), never the browser's. When the browser is in another zone, the field says which.
 */
import { DateInput, DatesProvider } from '@mantine/dates';
import { organizationTimeZone } from '../../i18n/format.ts';
import { fromPickerValue, parseDateTimeText, placeholderOf, toPickerValue } from './patterns.ts';
import type { TextDateProps } from './props.ts';
import { useDateFieldSettings } from './settings.ts';
import { withZoneNote, zoneNote } from './zone-note.tsx';

/** Value, min and max are 'YYYY-MM-DDTHH:mm' (only min's and max's dates bound the calendar). */
export interface DateTimeFieldProps extends TextDateProps {
  /** The zone the wall-clock time is in; the organization's by default. */
  zone?: string | undefined;
}

export function DateTimeField({ value, onChange, zone, min, max, description, ...rest }: DateTimeFieldProps) {
  const { locale, language, patterns, provider } = useDateFieldSettings();
  const note = zoneNote(value, zone ?? organizationTimeZone());
  return (
    <DatesProvider settings={provider}>
      <DateInput
        placeholder={placeholderOf(patterns.dateTime, language)}
        {...rest}
        description={withZoneNote(description, note)}
        value={toPickerValue(value)}
        onChange={(next) => onChange(fromPickerValue(next))}
        valueFormat={patterns.dateTime}
        dateParser={(text) => toPickerValue(parseDateTimeText(text, locale) ?? '')}
        withTime
        minDate={min ? min.slice(0, 10) : undefined}
        maxDate={max ? max.slice(0, 10) : undefined}
        allowDeselect
        data-format={patterns.dateTime}
      />
    </DatesProvider>
  );
}
