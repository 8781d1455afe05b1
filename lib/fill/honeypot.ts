import { HONEYPOT_WORDS } from './fill-vocabulary';

const honeypot = new RegExp(HONEYPOT_WORDS.map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|'), 'iu');

/**
 * Whether a field is a trap for bots: its name, id, class or label says so, or a text field keeps itself out
 * of the Tab order while refusing autofill or hiding from screen readers.
 */
export function isHoneypot(field: { el: Element; kind: string }, label: string): boolean {
  const el = field.el;
  const words = [el.getAttribute('name'), el.id, el.getAttribute('class'), el.getAttribute('autocomplete'), label].join(
    ' ',
  );
  if (honeypot.test(words)) return true;
  if (field.kind !== 'text' || el.getAttribute('tabindex') !== '-1' || el.hasAttribute('readonly')) return false;
  return (
    el.getAttribute('aria-hidden') === 'true' || /^(?:off|nope|false)$/i.test(el.getAttribute('autocomplete') ?? '')
  );
}
