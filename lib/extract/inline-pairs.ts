import { allLabelWords } from '../vocabulary';
import { ascii } from '../format/text';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const wordPattern = (w: string) => escape(ascii(w).trim()).replace(/\\\./g, '\\.?').replace(/\s+/g, '\\s*');

/** "label:" at the start of the text or after a separator, the label optionally followed by a unit "(元)". */
function build(words: Iterable<string>): RegExp {
  const alt = [...new Set(words)]
    .filter((w) => w.trim() !== '')
    .sort((a, b) => b.length - a.length)
    .map(wordPattern)
    .join('|');
  return new RegExp(`(?<=^|[\\s·•|,;、/()\\[\\]【】])((?:${alt})\\s*(?:\\([^()]{1,8}\\))?)\\s*:`, 'giu');
}

const VOCABULARY = build(allLabelWords());
const withCustom = new WeakMap<ReadonlyMap<string, string>, RegExp>();

function pattern(custom: ReadonlyMap<string, string>): RegExp {
  if (custom.size === 0) return VOCABULARY;
  let re = withCustom.get(custom);
  if (!re) withCustom.set(custom, (re = build([...allLabelWords(), ...custom.values()])));
  return re;
}

const TRIM = /^\s+|[\s·•|,;、]+$/g;

/** "订单编号：2026… 金额：¥5.00" → each known label with the text up to the next label (possibly empty). */
export function inlinePairs(text: string, custom: ReadonlyMap<string, string>): { label: string; value: string }[] {
  const t = ascii(text);
  const found = [...t.matchAll(pattern(custom))];
  return found.map((m, i) => ({
    label: m[1]?.trim() ?? '',
    value: t.slice(m.index + m[0].length, found[i + 1]?.index ?? t.length).replace(TRIM, ''),
  }));
}

/** A value given as trailing text (": 2026… 金额：5"): without the colon, up to the next known label. */
export function leadingValue(text: string, custom: ReadonlyMap<string, string>): string {
  const t = ascii(text).replace(/^[\s:]+/, '');
  const next = [...t.matchAll(pattern(custom))][0];
  return (next ? t.slice(0, next.index) : t).replace(TRIM, '');
}

/** Whether a text has a colon after something other than a digit (so not just a time like 14:03). */
export function hasLabelColon(text: string): boolean {
  return /[^\d\s][\s]*[:：]/.test(text);
}
