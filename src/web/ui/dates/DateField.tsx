/**
 * A calendar date (date of birth, a start date): typed in the organization's format ("05-12-2026"
 * for nl-NL) or picked from a calendar. Value and onChange use 'YYYY-MM-DD' ('' when blank), the
 * value a native date input had, so the forms and the API are unchanged.
 */
import { DateInput, DatesProvider } from '@mantine/dates';
import { parseDateText, placeholderOf } from './patterns.ts';
import type { TextDateProps } from './props.ts';
import { useDateFieldSettings } from './settings.ts';

/** Value, min and max are 'YYYY-MM-DD'. */
export type DateFieldProps = TextDateProps;

export function DateField({ value, onChange, min, max, ...rest }: DateFieldProps) {
  const { locale, language, patterns, provider } = useDateFieldSettings();
  return (
    <DatesProvider settings={provider}>
      <DateInput
        placeholder={placeholderOf(patterns.date, language)}
        {...rest}
        value={value || null}
        onChange={(next) => onChange(next ?? '')}
        valueFormat={patterns.date}
        dateParser={(text) => parseDateText(text, locale)}
        minDate={min || undefined}
        maxDate={max || undefined}
        allowDeselect
        data-format={patterns.date}
      />
    </DatesProvider>
  );
}
