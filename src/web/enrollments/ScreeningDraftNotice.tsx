/** Where the screening form started (a saved draft, the last screening, or empty) and the draft's state. */
import { Alert, Button, Text } from '@mantine/core';
import { formatDateTimeIn } from '../sessions/time.ts';
import type { DraftStatus, StartedFrom } from './screening-draft.ts';

export function DraftNotice({
  from,
  zone,
  onStartOver,
}: {
  from: StartedFrom;
  zone: string;
  onStartOver: () => void;
}) {
  if (from.kind === 'new') return null;
  const title =
    from.kind === 'draft'
      ? `Continuing the draft${from.by ? ` saved by ${from.by}` : ''}${from.updatedAt ? ` at ${formatDateTimeIn(from.updatedAt, zone)}` : ''}`
      : `Pre-filled from the screening of ${formatDateTimeIn(from.recordedAt, zone)}`;
  return (
    <Alert color="blue" title={title}>
      <Text size="sm">
        {from.kind === 'draft'
          ? 'The answers typed so far were kept. Nothing is recorded until you save the screening.'
          : 'The answers and medications of the last screening are filled in: check each one with the client. Vital signs are measured anew.'}
      </Text>
      <Button variant="default" size="xs" mt="xs" onClick={onStartOver}>
        Start with an empty form
      </Button>
    </Alert>
  );
}

export function DraftStatusText({ status, zone }: { status: DraftStatus; zone: string }) {
  const text =
    status.kind === 'saving'
      ? 'Saving the draft…'
      : status.kind === 'saved'
        ? `Draft saved ${formatDateTimeIn(status.at, zone)}`
        : status.kind === 'failed'
          ? 'The draft could not be saved: keep this page open.'
          : '';
  return (
    <Text size="sm" c={status.kind === 'failed' ? 'red.9' : 'dimmed'} aria-live="polite">
      {text}
    </Text>
  );
}
