/** Collapses runs of whitespace (including no-break, zero-width and ideographic spaces) and trims. */
export function clean(text: string): string {
  return text.replace(/[\s\u00a0\u200b\u3000]+/g, ' ').trim();
}

/** Shortens text to a schema's limit, marking the cut. */
export function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Full-width digits, letters and punctuation as ASCII, so "２０２６" and "：" read like "2026" and ":". */
export function ascii(text: string): string {
  return text.normalize('NFKC');
}

/** Whether a string holds Chinese characters (the form speaks Chinese). */
export function hasHan(text: string): boolean {
  return /\p{Script=Han}/u.test(text);
}
/**
 * Removes control and format characters (bidi overrides, zero-width marks; newline and tab stay), so page
 * text cannot reorder or hide what a reader sees.
 */
export function cleanText(text: string): string {
  return text.replace(/[\p{Cc}\p{Cf}]/gu, (ch) => (ch === '\n' || ch === '\t' ? ch : ''));
}

/** One line of text: newlines and tabs become spaces. */
export function oneLine(text: string): string {
  return cleanText(text)
    .replace(/\s*[\r\n\t]+\s*/g, ' ')
    .trim();
}
