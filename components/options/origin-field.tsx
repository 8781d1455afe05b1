import type { ReactNode } from 'react';
import { TextField } from '../ui/field';

/** A text box for a portal's origin, such as https://portal.example.com, in a fixed-width font. */
export function OriginField(props: {
  id: string;
  label: ReactNode;
  value: string;
  error?: ReactNode;
  announce?: boolean;
  onChange: (value: string) => void;
}) {
  return <TextField {...props} className="mono" placeholder="https://portal.example.com" />;
}
