/** A large link-button (at least 48 px high, its words centred) that wraps instead of widening the page. */
export const bigButtonStyles = {
  root: {
    height: 'auto',
    minHeight: 48,
    paddingBlock: 8,
    paddingInline: 12,
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
  },
  label: { whiteSpace: 'normal', textAlign: 'center', overflowWrap: 'break-word' },
} as const;
