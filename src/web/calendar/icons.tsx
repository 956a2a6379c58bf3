/**
 * Small inline icons that never depend on an emoji font. They are decorative (aria-hidden): every
 * use sits beside words that say the same thing.
 */
import type { CSSProperties } from 'react';

const base: CSSProperties = { display: 'inline-block', verticalAlign: '-0.125em', flexShrink: 0 };

/** A capsule: a session where a substance is given. */
export function DosingIcon({ size = 14 }: { size?: number }) {
  return (
    <svg aria-hidden="true" focusable="false" width={size} height={size} viewBox="0 0 16 16" style={base}>
      <g transform="rotate(-45 8 8)">
        <rect
          x="1.5"
          y="5"
          width="13"
          height="6"
          rx="3"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.6"
        />
        <path d="M8 5h3.5a3 3 0 0 1 0 6H8z" fill="currentColor" />
      </g>
    </svg>
  );
}

/** A warning triangle: a scheduling conflict or something that needs attention. */
export function WarningIcon({ size = 14 }: { size?: number }) {
  return (
    <svg aria-hidden="true" focusable="false" width={size} height={size} viewBox="0 0 16 16" style={base}>
      <path
        d="M8 1.5 15 14.5H1z"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
        strokeLinejoin="round"
      />
      <path d="M8 6v4" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
      <circle cx="8" cy="12.3" r="1" fill="currentColor" />
    </svg>
  );
}

/** A square swatch of a phase's colour (always beside the phase's name). */
export function Swatch({ color, size = 12 }: { color: string; size?: number }) {
  return (
    <span
      aria-hidden="true"
      style={{
        ...base,
        width: size,
        height: size,
        borderRadius: 2,
        background: `var(--mantine-color-${color}-7)`,
      }}
    />
  );
}
