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
import { useT } from '../i18n/i18n.ts';
import { checklistSource, itemGuidance, itemText } from './checklist-text.ts';
import { ANSWER_LABELS } from './labels.ts';

const itemId = (id: string) => `screening-item-${id}`;

/** Every item of the checklist, with its answer and any error the server named. */
export function ChecklistFieldset(props: {
  checklist: Checklist;
  answers: Record<string, ScreeningAnswer>;
  errorOf: (field: string) => string | undefined;
  onAnswer: (itemId: string, answer: ScreeningAnswer) => void;
}) {
  const { t } = useT('enrollments');
  const { checklist, answers, errorOf, onAnswer } = props;
  return (
    <Fieldset legend={t('checklist.legend')} styles={{ legend: { fontWeight: 700 } }}>
      <Text size="sm" mb="sm">
        {t('checklist.intro', { source: checklistSource(checklist.source) })}
      </Text>
      <Stack gap="sm">
        {checklist.items.map((item, n) => (
          <ChecklistField
            key={item.id}
            item={item}
            version={checklist.version}
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
  version: string;
  number: number;
  value: ScreeningAnswer | null;
  error?: string | undefined;
  onChange: (value: ScreeningAnswer) => void;
}) {
  const { t } = useT('enrollments');
  const { item, version, number, value, error, onChange } = props;
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
          {number}. {itemText(version, item)}{' '}
          <Badge size="sm" variant="light" color={hard ? 'red' : 'yellow'} tt="none" component="span">
            {hard ? t('checklist.hardStop') : t('checklist.caution')}
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
          {t('checklist.hardStopApplies', { guidance: itemGuidance(version, item) })}
        </Text>
      )}
      {applies && !hard && (
        <Text size="sm" fw={600} mt="xs" role="status">
          {t('checklist.cautionApplies', { guidance: itemGuidance(version, item) })}
        </Text>
      )}
    </Fieldset>
  );
}

/** What the answers so far mean for dosing. */
export function ScreeningSummaryBox(props: {
  version: string;
  hardStops: ChecklistItem[];
  cautions: ChecklistItem[];
  unanswered: number;
}) {
  const { t } = useT('enrollments');
  const { version, hardStops, cautions, unanswered } = props;
  if (hardStops.length > 0) {
    return (
      <Alert color="red" title={t('checklist.blocks', { count: hardStops.length })}>
        <Text size="sm" mb="xs">
          {t('checklist.cannotDose')}
        </Text>
        <List size="sm">
          {hardStops.map((i) => (
            <List.Item key={i.id}>
              <strong>{itemText(version, i)}</strong> {itemGuidance(version, i)}
            </List.Item>
          ))}
        </List>
        {cautions.length > 0 && (
          <Text size="sm" mt="xs">
            {t('checklist.cautions', { items: cautions.map((c) => itemText(version, c)).join('; ') })}
          </Text>
        )}
      </Alert>
    );
  }
  return (
    <Alert
      color={unanswered ? 'blue' : 'teal'}
      title={unanswered ? t('checklist.open', { count: unanswered }) : t('checklist.noHardStop')}
    >
      {cautions.length > 0 ? (
        <List size="sm">
          {cautions.map((i) => (
            <List.Item key={i.id}>
              {t('checklist.cautionItem')} <strong>{itemText(version, i)}</strong> {itemGuidance(version, i)}
            </List.Item>
          ))}
        </List>
      ) : (
        <Text size="sm">{t('checklist.noCaution')}</Text>
      )}
    </Alert>
  );
}
