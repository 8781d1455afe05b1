import { type IdMask, Scrubber } from './mask';
import { readControl } from './read-control';
import { clean, clip } from './text';

const CONTROL = /^(?:input|select|textarea)$/;

/**
 * What an element shows as a value: a form control's value (a select's chosen option), else its text
 * (or its open shadow root's text). Card and ID numbers come back masked; password and CVV-like controls
 * read as empty.
 */
export function readFieldValue(el: Element, idMask: IdMask = { keepStart: 3, keepEnd: 4 }): string {
  let text = clean(el.textContent ?? '');
  if (!text && el.shadowRoot) text = clean(el.shadowRoot.textContent ?? '');
  const control = CONTROL.test(el.localName) ? el : text ? null : el.querySelector('input,select,textarea');
  if (control) {
    const c = readControl(control);
    text = c && c !== 'sensitive' ? clean(c.value) : '';
  }
  return clip(new Scrubber(idMask).scrub(text), 2000);
}
