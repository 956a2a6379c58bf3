/**
 * "How these numbers are computed": each method and what it assumes, in plain language, taken from
 * the code that computes it (src/domain/outcomes: analyse.ts, matrix.ts, means.ts, proportions.ts,
 * lmm.ts, durability.ts, subgroups.ts, rules.ts). Collapsed until asked for.
 */
import { Accordion, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useT } from '../i18n/i18n.ts';

const P = ({ children }: { children: ReactNode }) => (
  <Text size="sm" mb="xs" maw={760}>
    {children}
  </Text>
);

/** Each method (its key under outcomes:methodsText) and how many paragraphs it has. */
const METHODS = [
  ['who', 2],
  ['observed', 1],
  ['change', 1],
  ['effect', 1],
  ['proportions', 2],
  ['reliable', 1],
  ['completers', 1],
  ['locf', 1],
  ['lmm', 2],
  ['durability', 1],
  ['subgroups', 2],
] as const;

export function MethodsSection() {
  const { t } = useT('outcomes');
  const text = t as unknown as (key: string) => string;
  return (
    <Accordion variant="separated" multiple>
      {METHODS.map(([value, paragraphs]) => (
        <Accordion.Item key={value} value={value}>
          <Accordion.Control>{text(`methodsText.${value}.title`)}</Accordion.Control>
          <Accordion.Panel>
            <P>{text(`methodsText.${value}.p1`)}</P>
            {paragraphs === 2 && <P>{text(`methodsText.${value}.p2`)}</P>}
          </Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  );
}
