import type { ReactNode } from 'react';

/** A short tag beside a value: "edited", "built-in", a status. */
export function Badge({ children, tone = 'neutral' }: { children: ReactNode; tone?: 'neutral' | 'edited' }) {
  return <span className={`badge badge-${tone}`}>{children}</span>;
}
