/** Section 1, about the applicant: names, email, date of birth and the language we write in. */
import { Radio, Stack, TextInput } from '@mantine/core';
import { UI_LANGUAGES } from '../../domain/locale/locales.ts';
import { i18n } from '../i18n/instance.ts';
import { fieldId } from './fields.ts';
import type { ApplyT } from './text.ts';
import type { Details, FieldErrors } from './validation.ts';

interface Props {
  details: Details;
  errors: FieldErrors;
  t: ApplyT;
  onChange: (patch: Partial<Details>) => void;
}

export function DetailsStep({ details, errors, t, onChange }: Props) {
  const text = (field: 'givenName' | 'familyName' | 'email', autoComplete: string, type = 'text') => (
    <TextInput
      id={fieldId(field)}
      label={t(field)}
      type={type}
      size="md"
      autoComplete={autoComplete}
      value={details[field]}
      onChange={(e) => onChange({ [field]: e.currentTarget.value })}
      error={errors[field]}
      description={field === 'email' ? t('emailHint') : undefined}
      inputMode={type === 'email' ? 'email' : undefined}
      withAsterisk
    />
  );
  const common = i18n.getFixedT(details.language === 'en' ? 'en' : 'nl', 'common');
  return (
    <Stack gap="md">
      {text('givenName', 'given-name')}
      {text('familyName', 'family-name')}
      {text('email', 'email', 'email')}
      {/* A native date input, not ui/dates' DateField: @mantine/dates and dayjs add about 18 KB gzip to
          the portal's first load (over its 150 KB budget), and a phone's own date picker and the
          browser's birthday autofill serve an applicant writing their own date of birth. */}
      <TextInput
        id={fieldId('dateOfBirth')}
        label={t('dateOfBirth')}
        description={t('dateOfBirthHint')}
        type="date"
        size="md"
        autoComplete="bday"
        value={details.dateOfBirth}
        onChange={(e) => onChange({ dateOfBirth: e.currentTarget.value })}
        error={errors.dateOfBirth}
        withAsterisk
      />
      <Radio.Group
        id={fieldId('language')}
        label={t('applicantLanguage')}
        value={details.language}
        onChange={(value) => onChange({ language: value })}
        error={errors.language}
        size="md"
        withAsterisk
      >
        <Stack gap="xs" mt="xs">
          {UI_LANGUAGES.map((lng) => (
            <Radio key={lng} value={lng} label={common(`languageNames.${lng}`)} lang={lng} />
          ))}
        </Stack>
      </Radio.Group>
    </Stack>
  );
}
