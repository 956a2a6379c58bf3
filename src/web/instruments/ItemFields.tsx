/**
 * A questionnaire's items as radio groups: one fieldset per item, its legend the item's number and
 * text, one radio per answer option labelled as printed. Radios of an item share a name, so arrow
 * keys move between them; they stack on narrow screens. An item's error shows under its legend.
 */

import { Button, Fieldset, Flex, Radio, Stack, Text } from '@mantine/core';
import { tKey } from '../i18n/t-key.ts';
import type { ItemErrors } from './answer-errors.ts';
import type { AnswerDraft, InstrumentItem } from './api.ts';

interface Props {
  items: readonly InstrumentItem[];
  answers: AnswerDraft;
  onChange: (linkId: string, value: number | null) => void;
  errors: ItemErrors;
  /** Keeps ids and radio names unique when two forms could share a page. */
  idPrefix: string;
  disabled?: boolean;
}

export const itemFieldsetId = (idPrefix: string, linkId: string) => `${idPrefix}-item-${linkId}`;

/** Moves focus into an item's group: its chosen radio, else the first one. */
export function focusItem(idPrefix: string, linkId: string): void {
  const fieldset = document.getElementById(itemFieldsetId(idPrefix, linkId));
  const radio =
    fieldset?.querySelector<HTMLInputElement>('input[type="radio"]:checked') ??
    fieldset?.querySelector<HTMLInputElement>('input[type="radio"]');
  radio?.focus();
  fieldset?.scrollIntoView({ block: 'center' });
}

export function ItemFields({ items, answers, onChange, errors, idPrefix, disabled }: Props) {
  return (
    <Stack gap="md">
      {items.map((item) => {
        const fieldsetId = itemFieldsetId(idPrefix, item.linkId);
        const errorId = `${fieldsetId}-error`;
        const error = errors[item.linkId];
        const value = answers[item.linkId] ?? null;
        // Long answers (sentences, as in the QIDS-SR16) read better one under the other everywhere.
        const long = item.options.some((o) => o.label.length > 40);
        return (
          <Fieldset
            key={item.linkId}
            id={fieldsetId}
            disabled={disabled}
            aria-describedby={error ? errorId : undefined}
            p={{ base: 'sm', sm: 'md' }}
            styles={{
              root: error ? { borderColor: 'var(--mantine-color-red-9)', borderWidth: 2 } : undefined,
              legend: { fontWeight: 600, maxWidth: '100%', whiteSpace: 'normal' },
            }}
            legend={
              <>
                {item.number}. {item.text}
                {!item.required && (
                  <Text span fw={400} size="sm">
                    {' '}
                    (optional)
                  </Text>
                )}
              </>
            }
          >
            {error && (
              <Text id={errorId} size="sm" c="red.9" fw={600} mb="xs">
                {error}
              </Text>
            )}
            <Flex
              direction={long ? 'column' : { base: 'column', sm: 'row' }}
              wrap="wrap"
              gap={long ? 'sm' : { base: 'sm', sm: 'lg' }}
            >
              {item.options.map((option) => (
                <Radio
                  key={option.value}
                  id={`${fieldsetId}-${option.value}`}
                  name={fieldsetId}
                  value={String(option.value)}
                  label={option.label}
                  checked={value === option.value}
                  onChange={() => onChange(item.linkId, option.value)}
                  aria-invalid={error ? true : undefined}
                  classNames={{ radio: 'threshold-radio' }}
                />
              ))}
            </Flex>
            {!item.required && value !== null && !disabled && (
              <Button variant="subtle" size="compact-sm" mt="xs" onClick={() => onChange(item.linkId, null)}>
                {tKey('instrumentPages:items.clear', { number: item.number })}
              </Button>
            )}
          </Fieldset>
        );
      })}
    </Stack>
  );
}
