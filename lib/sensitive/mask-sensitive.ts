import { scanSensitive, type SensitiveKind } from './scan-sensitive';

/** How many leading and trailing characters of an ID number stay visible, and other ID patterns to find. */
export type IdMask = { keepStart: number; keepEnd: number; patterns?: readonly string[] };

/** A text with its sensitive numbers masked, and which kinds were masked. */
export interface Masked {
  text: string;
  masked: SensitiveKind[];
}

/**
 * Masks every sensitive number the scanner finds, in place and in its own formatting: a card number keeps its
 * first 6 and last 4 digits, an ID number the configured ends, a security code nothing.
 */
export function maskSensitive(text: string, idMask: IdMask): Masked {
  const findings = scanSensitive(text, { every: true, ids: idMask.patterns });
  if (findings.length === 0) return { text, masked: [] };
  const hide = new Set<number>();
  for (const f of findings) {
    const n = f.at.length;
    const [keepStart, keepEnd] =
      f.kind === 'card' ? [6, 4] : f.kind === 'id' ? [idMask.keepStart, idMask.keepEnd] : [0, 0];
    const start = Math.min(keepStart, n);
    const end = Math.min(keepEnd, n - start);
    f.at.forEach((offset, k) => {
      if (k >= start && k < n - end) hide.add(offset);
    });
  }
  let out = '';
  let i = 0;
  for (const c of text) {
    out += hide.has(i) ? '*' : c;
    i += c.length;
  }
  return { text: out, masked: [...new Set(findings.map((f) => f.kind))] };
}
