/**
 * Mantine theme tuned for WCAG AA contrast: the default shade-6 blue, the gray "dimmed" text, the
 * red error text and the coloured text of light badges and alerts are too light, so darker shades
 * are used. Close buttons get accessible names.
 */
import { type CSSVariablesResolver, createTheme, darken, keys, Modal, Notification } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 8 },
  defaultRadius: 'sm',
  cursorType: 'pointer',
  components: {
    Notification: Notification.extend({
      defaultProps: { closeButtonProps: { 'aria-label': 'Dismiss notification' } },
    }),
    Modal: Modal.extend({
      defaultProps: { closeButtonProps: { 'aria-label': 'Close dialog' } },
    }),
  },
});

export const cssVariablesResolver: CSSVariablesResolver = (t) => {
  const lightColors: Record<string, string> = {};
  for (const name of keys(t.colors)) {
    const shade9 = t.colors[name]?.[9];
    if (shade9) lightColors[`--mantine-color-${name}-light-color`] = darken(shade9, 0.3);
  }
  return {
    variables: {},
    light: {
      ...lightColors,
      '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
      '--mantine-color-error': 'var(--mantine-color-red-9)',
      '--mantine-color-placeholder': 'var(--mantine-color-gray-6)',
      '--mantine-color-anchor': 'var(--mantine-color-blue-8)',
    },
    dark: {},
  };
};
