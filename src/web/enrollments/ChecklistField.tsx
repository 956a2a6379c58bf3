/**
 * One checklist item (yes / no / unknown, a hard stop shown in red with why) and the box that says
 * what the answers so far mean for dosing, each hard stop and caution by name.
 */
import { Alert, Badge, Fieldset, Flex, List, Radio, Stack, Text } from '@mantine/core';
import {
  type Checklist,
  type ChecklistItem,
  SCREENING_ANSWERS,
  type ScreeningAnswer,
} from '../../domain/screening/types.ts';
import { ANSWER_LABELS } from './labels.ts';

const itemId = (id: string) => `screening-item-${id}`;

/** Every item of the checklist, with its answer and any error the server named. */
export function ChecklistFieldset(props: {
  checklist: Checklist;
  answers: Record<string, ScreeningAnswer>;
  errorOf: (field: string) => string | undefined;
  onAnswer: (itemId: string, answer: ScreeningAnswer) => void;
}) {
  const { checklist, answers, errorOf, onAnswer } = props;
  return (
    <Fieldset legend="Contraindication checklist" styles={{ legend: { fontWeight: 700 } }}>
      <Text size="sm" mb="sm">
        Answer every item. “Unknown” leaves it open: a clinician can only decide “eligible” when every item is
        answered and no hard stop applies. Source: {checklist.source}
      </Text>
      <Stack gap="sm">
        {checklist.items.map((item, n) => (
          <ChecklistField
            key={item.id}
            item={item}
            number={n + 1}
            value={answers[item.id] ?? null}
            error={errorOf(`answers.${item.id}`)}
            onChange={(a) => onAnswer(item.id, a)}
          />
        ))}
      </Stack>
    </Fieldset>
  );
}

function ChecklistField(props: {
  item: ChecklistItem;
  number: number;
  value: ScreeningAnswer | null;
  error?: string | undefined;
  onChange: (value: ScreeningAnswer) => void;
}) {
  const { item, number, value, error, onChange } = props;
  const fieldsetId = itemId(item.id);
  const hard = item.severity === 'hard-stop';
  const applies = value === 'yes';
  return (
    <Fieldset
      id={fieldsetId}
      p={{ base: 'sm', sm: 'md' }}
      styles={{
        root: applies && hard ? { borderColor: 'var(--mantine-color-red-9)', borderWidth: 2 } : undefined,
        legend: { fontWeight: 600, maxWidth: '100%', whiteSpace: 'normal' },
      }}
      legend={
        <>
          {number}. {item.text}{' '}
          <Badge size="sm" variant="light" color={hard ? 'red' : 'yellow'} tt="none" component="span">
            {hard ? 'Hard stop' : 'Caution'}
          </Badge>
        </>
      }
    >
      {error && (
        <Text size="sm" c="red.9" fw={600} mb="xs">
          {error}
        </Text>
      )}
      <Flex direction={{ base: 'column', sm: 'row' }} gap={{ base: 'xs', sm: 'lg' }}>
        {SCREENING_ANSWERS.map((a) => (
          <Radio
            key={a}
            id={`${fieldsetId}-${a}`}
            name={fieldsetId}
            value={a}
            label={ANSWER_LABELS[a]}
            checked={value === a}
            onChange={() => onChange(a)}
            classNames={{ radio: 'threshold-radio' }}
          />
        ))}
      </Flex>
      {applies && hard && (
        <Text size="sm" c="red.9" fw={600} mt="xs" role="status">
          Hard stop: this blocks dosing. {item.guidance}
        </Text>
      )}
      {applies && !hard && (
        <Text size="sm" fw={600} mt="xs" role="status">
          Caution (does not block dosing on its own): {item.guidance}
        </Text>
      )}
    </Fieldset>
  );
}

/** What the answers so far mean for dosing. */
export function ScreeningSummaryBox(props: {
  hardStops: ChecklistItem[];
  cautions: ChecklistItem[];
  unanswered: number;
}) {
  const { hardStops, cautions, unanswered } = props;
  if (hardStops.length > 0) {
    return (
      <Alert
        color="red"
        title={`${hardStops.length} hard ${hardStops.length === 1 ? 'stop blocks' : 'stops block'} dosing`}
      >
        <Text size="sm" mb="xs">
          The client cannot be dosed while a hard stop applies; a clinician cannot decide “eligible”.
        </Text>
        <List size="sm">
          {hardStops.map((i) => (
            <List.Item key={i.id}>
              <strong>{i.text}</strong> {i.guidance}
            </List.Item>
          ))}
        </List>
        {cautions.length > 0 && (
          <Text size="sm" mt="xs">
            Cautions: {cautions.map((c) => c.text).join('; ')}.
          </Text>
        )}
      </Alert>
    );
  }
  return (
    <Alert
      color={unanswered ? 'blue' : 'teal'}
      title={
        unanswered
          ? `${unanswered} ${unanswered === 1 ? 'item is' : 'items are'} not answered yes or no`
          : 'No hard stop applies'
      }
    >
      {cautions.length > 0 ? (
        <List size="sm">
          {cautions.map((i) => (
            <List.Item key={i.id}>
              Caution: <strong>{i.text}</strong> {i.guidance}
            </List.Item>
          ))}
        </List>
      ) : (
        <Text size="sm">No caution applies so far.</Text>
      )}
    </Alert>
  );
}
