/**
 * Every error of the section at once, above it: a count and a link to each field (the messages
 * also sit at their fields). Takes focus each time the applicant tries to go on.
 */
import { Alert, List } from '@mantine/core';
import { type MouseEvent, useEffect, useRef } from 'react';
import { fieldLabel, targetId } from './fields.ts';
import type { ApplyT } from './text.ts';
import type { FieldErrors } from './validation.ts';

interface Props {
  errors: FieldErrors;
  /** Changes on each attempt, so the summary takes focus again. */
  attempt: number;
  questionIds: readonly string[];
  t: ApplyT;
}

export function ErrorSummary({ errors, attempt, questionIds, t }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors);
  useEffect(() => {
    if (attempt > 0) box.current?.focus();
  }, [attempt]);
  if (entries.length === 0) return null;
  const go = (event: MouseEvent<HTMLAnchorElement>, field: string) => {
    const el = document.getElementById(targetId(field));
    if (!el) return;
    event.preventDefault();
    el.focus();
    el.scrollIntoView?.({ block: 'center' });
  };
  return (
    <Alert
      ref={box}
      tabIndex={-1}
      color="red"
      variant="outline"
      className="apply-error-summary"
      title={t('errorSummary', { count: entries.length })}
      style={{ outlineOffset: 2 }}
    >
      <List size="md" spacing={4}>
        {entries.map(([field, message]) => {
          const label = fieldLabel(field, questionIds, t);
          return (
            <List.Item key={field}>
              <a href={`#${targetId(field)}`} onClick={(e) => go(e, field)}>
                {label ? `${label}: ${message}` : message}
              </a>
            </List.Item>
          );
        })}
      </List>
    </Alert>
  );
}
