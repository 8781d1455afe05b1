import type { ReactNode } from 'react';

/** A titled block of the panel or options page: a region named by its heading, so it is a landmark. */
export function Card({
  id,
  title,
  className,
  children,
}: {
  id: string;
  title: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className={className ? `card ${className}` : 'card'}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}
