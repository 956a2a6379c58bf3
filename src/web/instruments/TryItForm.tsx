/**
 * "Try it": answer the items and see the score the server computes, without storing anything. The
 * server applies the instrument's missing-answer rule, so this form sends what it has and shows a
 * refusal next to the items it names.
 */

import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import type { Instrument } from '../../api/instruments.ts';
import { FormProblemAlert } from '../clients/FormProblemAlert.tsx';
import { useT } from '../i18n/i18n.ts';
import { type AnswerProblem, answerErrorsFrom, fieldSentence, type ItemErrors } from './answer-errors.ts';
import { type AnswerDraft, answersBody, useScore } from './api.ts';
import { focusItem, ItemFields } from './ItemFields.tsx';
import { ScoreSummary } from './ScoreSummary.tsx';

const ID_PREFIX = 'try';

export function TryItForm({ instrument }: { instrument: Instrument }) {
  const { t } = useT('instrumentPages');
  const score = useScore(instrument.id);
  const [answers, setAnswers] = useState<AnswerDraft>({});
  const [errors, setErrors] = useState<ItemErrors>({});
  const [problem, setProblem] = useState<AnswerProblem | null>(null);

  const onChange = (linkId: string, value: number | null) => {
    setAnswers((a) => ({ ...a, [linkId]: value }));
    if (errors[linkId]) setErrors(({ [linkId]: _, ...rest }) => rest);
    score.reset();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    setErrors({});
    score.mutate(answersBody(instrument.items, answers), {
      onError: (error) => {
        const found = answerErrorsFrom(error, instrument.items);
        setErrors(found.items);
        setProblem({
          ...found.problem,
          messages: [...found.problem.messages, ...found.other.map(fieldSentence)],
        });
        const first = instrument.items.find((i) => found.items[i.linkId]);
        if (first) focusItem(ID_PREFIX, first.linkId);
      },
    });
  };

  const clear = () => {
    setAnswers({});
    setErrors({});
    setProblem(null);
    score.reset();
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="try-it-heading">
      <Stack gap="md">
        <Text size="sm">{t('tryIt.intro')}</Text>
        {instrument.instructions && <Text fw={600}>{instrument.instructions}</Text>}
        <ItemFields
          items={instrument.items}
          answers={answers}
          onChange={onChange}
          errors={errors}
          idPrefix={ID_PREFIX}
        />
        {problem && <FormProblemAlert problem={problem} />}
        <Group>
          <Button type="submit" loading={score.isPending}>
            {t('tryIt.score')}
          </Button>
          <Button variant="default" onClick={clear}>
            {t('tryIt.clear')}
          </Button>
        </Group>
        <div aria-live="polite">
          {score.data && (
            <Paper withBorder p="md" bg="gray.0">
              <Title order={3} size="h5" mb="sm">
                {t('tryIt.result')}
              </Title>
              <ScoreSummary score={score.data} totalRange={instrument.totalRange} />
            </Paper>
          )}
        </div>
      </Stack>
    </form>
  );
}
