import { type IdMask, Scrubber } from './mask';
import { readControl } from './read-control';
import { readableText } from '../dom/readable-text';
import { clean, clip } from '../format/text';

const CONTROL = /^(?:input|select|textarea)$/;

/**
 * What an element shows as a value: a form control's value (a select's chosen option), else the text a
 * person sees in it (or in its open shadow root). Card and ID numbers come back masked; password and CVV-like controls
 * read as empty.
 */
export function readFieldValue(el: Element, idMask: IdMask = { keepStart: 3, keepEnd: 4 }): string {
  let text = readableText(el, 2000);
  if (!text && el.shadowRoot) text = readableText(el.shadowRoot, 2000);
  const control = CONTROL.test(el.localName) ? el : text ? null : el.querySelector('input,select,textarea');
  if (control) {
    const c = readControl(control);
    text = c && c !== 'sensitive' ? clean(c.value) : '';
  }
  return clip(new Scrubber(idMask).scrub(text), 2000);
}
