/** Edit (or Details, read-only) and Remove for one session or questionnaire row of the program builder. */
import { Button, Group, VisuallyHidden } from '@mantine/core';
import { useT } from '../i18n/i18n.ts';

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
  const { t } = useT('programs');
  return (
    <Group gap="xs">
      <Button
        variant="default"
        size="compact-sm"
        onClick={onToggle}
        aria-expanded={open}
        aria-controls={controls}
      >
        {open ? t('item.close') : readOnly ? t('item.details') : t('item.edit')}
        <VisuallyHidden component="span"> {name}</VisuallyHidden>
      </Button>
      {!readOnly && (
        <Button variant="outline" color="red.9" size="compact-sm" onClick={onRemove}>
          {t('item.remove')}
          <VisuallyHidden component="span"> {name}</VisuallyHidden>
        </Button>
      )}
    </Group>
  );
}
