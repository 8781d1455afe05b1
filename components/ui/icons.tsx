import type { SVGProps } from 'react';

// One small stroke icon set (24×24, 2px, round caps) drawn for the panel, so no icon font or package is needed.
const base: SVGProps<SVGSVGElement> = {
  width: 16,
  height: 16,
  viewBox: '0 0 24 24',
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 2,
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
  'aria-hidden': true,
  focusable: false,
};

/** "Show on page": a target. */
export function TargetIcon() {
  return (
    <svg {...base}>
      <circle cx="12" cy="12" r="8" />
      <circle cx="12" cy="12" r="3" />
      <path d="M12 1v3M12 20v3M1 12h3M20 12h3" />
    </svg>
  );
}

/** "Pick on page": a pointer. */
export function PickIcon() {
  return (
    <svg {...base}>
      <path d="M4 3l7 18 2.5-7.5L21 11z" />
    </svg>
  );
}
