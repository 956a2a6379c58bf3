/**
 * Section 2, the health and medication self-report: one question per item of the program's screening
 * checklist (from the server, in the applicant's language), answered yes, no or "I don't know".
 */
import { Stack, Text } from '@mantine/core';
import { SCREENING_ANSWERS } from '../../domain/screening/types.ts';
import type { ApplicationForm } from './api.ts';
import { fieldId } from './fields.ts';
import type { ApplyT } from './text.ts';
import type { FieldErrors } from './validation.ts';

interface Props {
  questions: ApplicationForm['questions'];
  answers: Readonly<Record<string, string>>;
  errors: FieldErrors;
  t: ApplyT;
  onAnswer: (id: string, answer: string) => void;
}

export function HealthStep({ questions, answers, errors, t, onAnswer }: Props) {
  return (
    <Stack gap="xl">
      <Text size="lg">{t('healthIntro')}</Text>
      {questions.map((q, index) => {
        const field = `answers.${q.id}`;
        const id = fieldId(field);
        const error = errors[field];
        return (
          <fieldset
            key={q.id}
            id={id}
            className="portal-fieldset"
            aria-describedby={error ? `${id}-error` : undefined}
          >
            <legend className="portal-legend">
              <Text span fw={700} size="md" c="dimmed" display="block">
                {t('questionNumber', { number: index + 1 })}
              </Text>
              <span lang={q.translated ? undefined : 'en'}>{q.text}</span>
            </legend>
            {!q.translated && (
              <Text size="sm" c="dimmed" mb="xs">
                {t('notTranslated')}
              </Text>
            )}
            {error && (
              <Text id={`${id}-error`} c="red.9" fw={700} mb="sm">
                {error}
              </Text>
            )}
            <Stack gap="sm">
              {SCREENING_ANSWERS.map((answer) => (
                <label
                  key={answer}
                  htmlFor={`${id}-${answer}`}
                  className="portal-option"
                  data-invalid={error ? true : undefined}
                >
                  <input
                    type="radio"
                    id={`${id}-${answer}`}
                    name={id}
                    value={answer}
                    checked={answers[q.id] === answer}
                    onChange={() => onAnswer(q.id, answer)}
                    aria-invalid={error ? true : undefined}
                  />
                  <span>{t(`answers.${answer}`)}</span>
                </label>
              ))}
            </Stack>
          </fieldset>
        );
      })}
    </Stack>
  );
}
