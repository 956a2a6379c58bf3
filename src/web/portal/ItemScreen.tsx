/**
 * One question: its position and progress, the instrument's instructions as a reminder, the item text
 * as the legend of a group of large radio cards (real radio inputs, so arrow keys and screen readers
 * work as usual), and Back / Next. An error sits under the legend, tied to the group, and takes focus.
 * A risk answer (the instrument's risk items, from the server) shows the crisis lines at once, under
 * the answers and before Next, announced by screen readers and scrolled into view.
 */
import { Button, Group, Stack, Text } from '@mantine/core';
import { type FormEvent, type Ref, useEffect, useRef } from 'react';
import { isRiskAnswer } from '../../domain/portal/risk-items.ts';
import type { PortalInvitation, PortalItem } from './api.ts';
import { CrisisPanel } from './CrisisPanel.tsx';
import type { FlowErrorKind } from './flow.ts';
import type { PortalLanguage, PortalText } from './i18n.ts';
import { PortalButton, ProgressBar, ScreenHeading } from './PortalShell.tsx';

interface Props {
  instrument: PortalInvitation['instrument'];
  crisis: PortalInvitation['crisis'];
  item: PortalItem;
  index: number;
  value: number | null;
  error: { kind: FlowErrorKind } | null;
  /** Next returns to the review (the item was opened with "Change"). */
  fromReview: boolean;
  t: PortalText;
  language: PortalLanguage;
  onAnswer: (value: number | null) => void;
  onBack: () => void;
  onNext: () => void;
  headingRef: Ref<HTMLHeadingElement>;
}

export function ItemScreen(props: Props) {
  const { instrument, item, index, value, error, fromReview, t, language } = props;
  const total = instrument.items.length;
  const groupId = `portal-item-${index}`;
  const errorId = `${groupId}-error`;
  const errorRef = useRef<HTMLParagraphElement>(null);
  const crisisRef = useRef<HTMLDivElement>(null);
  const risk = isRiskAnswer(instrument.riskItems, item.linkId, value);

  // The crisis lines come into view the moment they appear (role="alert" reads them out).
  useEffect(() => {
    if (risk) crisisRef.current?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
  }, [risk]);

  // Each failed Next (a new error object) brings focus to the message, read with the group's legend.
  useEffect(() => {
    if (error) errorRef.current?.focus();
  }, [error]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onNext();
  };

  /** Clears an optional answer; focus goes to the first option, as the button disappears. */
  const clear = () => {
    props.onAnswer(null);
    const first = item.options[0];
    if (first) document.getElementById(`${groupId}-${first.value}`)?.focus();
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        <Stack gap="xs">
          <ScreenHeading ref={props.headingRef}>{t.questionOf(index + 1, total)}</ScreenHeading>
          <ProgressBar
            value={index + 1}
            total={total}
            label={t.progressLabel}
            valueText={t.questionOf(index + 1, total)}
          />
        </Stack>
        {instrument.instructions && (
          <Text lang={instrument.language} c="dimmed" style={{ overflowWrap: 'break-word' }}>
            {instrument.instructions}
          </Text>
        )}
        <fieldset
          id={groupId}
          className="portal-fieldset"
          lang={instrument.language}
          aria-describedby={error ? errorId : undefined}
        >
          <legend className="portal-legend">
            {item.text}
            {!item.required && (
              <Text span fw={400} size="md" lang={language}>
                {' '}
                {t.optional}
              </Text>
            )}
          </legend>
          {error && (
            <Text
              id={errorId}
              ref={errorRef}
              tabIndex={-1}
              lang={language}
              c="red.9"
              fw={700}
              mb="sm"
              style={{ outline: 'none' }}
            >
              {error.kind === 'required' ? t.required : t.invalidAnswer}
            </Text>
          )}
          <Stack gap="sm">
            {item.options.map((option) => {
              const id = `${groupId}-${option.value}`;
              return (
                <label
                  key={option.value}
                  htmlFor={id}
                  className="portal-option"
                  data-invalid={error ? true : undefined}
                >
                  <input
                    type="radio"
                    id={id}
                    name={groupId}
                    value={option.value}
                    checked={value === option.value}
                    onChange={() => props.onAnswer(option.value)}
                    required={item.required}
                    aria-invalid={error ? true : undefined}
                  />
                  <span>{option.label}</span>
                </label>
              );
            })}
          </Stack>
        </fieldset>
        {risk && (
          <CrisisPanel
            title={t.crisisNowTitle}
            message={props.crisis.message}
            contacts={props.crisis.contacts}
            t={t}
            panelRef={crisisRef}
          />
        )}
        {!item.required && value !== null && (
          <Group>
            <Button variant="subtle" size="md" mih={44} onClick={clear}>
              {t.clearAnswer}
            </Button>
          </Group>
        )}
        <Group gap="sm" wrap="wrap">
          <PortalButton variant="default" onClick={props.onBack}>
            {t.back}
          </PortalButton>
          <PortalButton type="submit">{fromReview ? t.backToReview : t.next}</PortalButton>
        </Group>
      </Stack>
    </form>
  );
}
