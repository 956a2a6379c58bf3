/** A large link-button (at least 48 px high) whose words wrap instead of widening the page. */
export const bigButtonStyles = {
  root: { height: 'auto', minHeight: 48, paddingBlock: 8, paddingInline: 12 },
  label: { whiteSpace: 'normal', textAlign: 'center', overflowWrap: 'break-word' },
} as const;
