/**
 * The CONSORT-style flow as real text: an ordered list of boxes from referral to the last
 * follow-up, each with its n and, beside it, who left at that step and why. Arrows are decoration.
 */
import { Box, Group, Paper, Stack, Text } from '@mantine/core';
import { useT } from '../i18n/i18n.ts';
import { type FlowNode, isSuppressed, withheld } from './api.ts';
import { exitReasonLabel, flowNodeLabel } from './flow-labels.ts';
import { count } from './format.ts';

export function FlowDiagram({ flow }: { flow: FlowNode[] }) {
  const { t } = useT('outcomes');
  const steps = flow.filter((n) => !n.key.startsWith(FOLLOW_UP));
  const followUps = flow.filter((n) => n.key.startsWith(FOLLOW_UP));
  const startedNode = flow.find((n) => n.key === 'started');
  const started = startedNode && !isSuppressed(startedNode) ? startedNode.n : undefined;
  return (
    <Stack gap="md">
      <Boxes nodes={steps} label={t('flow.steps')} exitsLabel={t('flow.notAtNext')} />
      {followUps.length > 0 && (
        <>
          <Text size="sm" fw={600} id="outcomes-flow-assessments">
            {started === undefined
              ? t('flow.assessmentsOf')
              : t('flow.assessmentsOfN', { n: count(started) })}
          </Text>
          <Boxes
            nodes={followUps}
            label={t('flow.assessmentsAfter')}
            exitsLabel={t('flow.notAssessedHere')}
          />
        </>
      )}
    </Stack>
  );
}

const FOLLOW_UP = 'follow-up:';

interface BoxesProps {
  nodes: FlowNode[];
  label: string;
  exitsLabel: string;
  /** Arrows between the boxes, for steps that follow from each other. */
  arrows?: boolean;
}

function Boxes({ nodes, label, exitsLabel, arrows = true }: BoxesProps) {
  return (
    <Box component="ol" aria-label={label} m={0} p={0} style={{ listStyle: 'none' }}>
      {nodes.map((node, i) => (
        <li key={node.key}>
          {i > 0 && !arrows && <Box h={8} />}
          {i > 0 && arrows && (
            <Text aria-hidden="true" c="dimmed" ml={{ base: 24, xs: 100 }} lh={1.2} py={2}>
              ↓
            </Text>
          )}
          <Group align="stretch" gap="sm" wrap="wrap">
            <Paper withBorder p="xs" px="sm" w={{ base: '100%', xs: 240 }} style={{ flexShrink: 0 }}>
              <Text size="sm" fw={600}>
                {flowNodeLabel(node)}
              </Text>
              <Text size="sm">{isSuppressed(node) ? withheld(node) : `n = ${count(node.n)}`}</Text>
            </Paper>
            {!isSuppressed(node) && node.exits.length > 0 && (
              <Stack
                gap={0}
                justify="center"
                pl="sm"
                style={{ borderLeft: '3px solid var(--mantine-color-gray-4)' }}
              >
                <Text size="xs" c="dimmed">
                  {exitsLabel}
                </Text>
                <Text size="sm">
                  {node.exits
                    .map(
                      (e) =>
                        `${exitReasonLabel(e.reason)} ${isSuppressed(e) ? `(${withheld(e)})` : count(e.n)}`,
                    )
                    .join(', ')}
                </Text>
              </Stack>
            )}
          </Group>
        </li>
      ))}
    </Box>
  );
}
