/** Button styles for the portal home: at least 48 px high, and words that wrap instead of widening the page. */
import type { ButtonStylesNames } from '@mantine/core';
import type { CSSProperties } from 'react';

export const WRAPPING_BUTTON: Partial<Record<ButtonStylesNames, CSSProperties>> = {
  root: { height: 'auto', minHeight: 48, paddingBlock: 8, paddingInline: 14, maxWidth: '100%' },
  label: { whiteSpace: 'normal', textAlign: 'center', overflowWrap: 'break-word' },
};
