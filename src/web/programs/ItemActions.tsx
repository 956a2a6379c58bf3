/** Edit (or Details, read-only) and Remove for one session or questionnaire row of the program builder. */
import { Button, Group, VisuallyHidden } from '@mantine/core';

interface Props {
  /** The row's name, for screen readers ("Edit Preparation"). */
  name: string;
  open: boolean;
  onToggle: () => void;
  onRemove: () => void;
  readOnly: boolean;
  /** The id of the fields the toggle shows. */
  controls: string;
}

export function ItemActions({ name, open, onToggle, onRemove, readOnly, controls }: Props) {
  return (
    <Group gap="xs">
      <Button
        variant="default"
        size="compact-sm"
        onClick={onToggle}
        aria-expanded={open}
        aria-controls={controls}
      >
        {open ? 'Close' : readOnly ? 'Details' : 'Edit'}
        <VisuallyHidden component="span"> {name}</VisuallyHidden>
      </Button>
      {!readOnly && (
        <Button variant="outline" color="red.9" size="compact-sm" onClick={onRemove}>
          Remove<VisuallyHidden component="span"> {name}</VisuallyHidden>
        </Button>
      )}
    </Group>
  );
}
