import type { LeftForYou } from '../schema/fill';
import { buttonText, readableText } from '../dom/readable-text';
import { clip } from '../format/text';
import { isShownThrough, isVisible } from '../dom/visibility';
import { isSubmitter } from './dom-events';
import { labelSources } from './field-label';
import { ATTESTATION_WORDS, SUBMIT_WORDS } from './fill-vocabulary';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ATTEST = new RegExp(ATTESTATION_WORDS.map(escape).join('|'), 'iu');
const SUBMIT = new RegExp(`^(?:${SUBMIT_WORDS.map(escape).join('|')})`, 'iu');
const MAX = 10;

/** The form an element belongs to, across shadow roots (a web component's inner input sits in its host's form). */
function formOf(el: Element): Element | null {
  for (let cur: Element | null = el; cur;) {
    const form = cur.closest('form');
    if (form) return form;
    const root = cur.getRootNode() as Node & { host?: Element };
    cur = root.nodeType === 11 && root.host ? root.host : null;
  }
  return null;
}

/** Every element matching a selector in a scope and the open shadow roots inside it. */
function deepAll(scope: ParentNode, selector: string, out: Element[] = []): Element[] {
  for (const el of scope.querySelectorAll('*')) {
    if (el.matches(selector)) out.push(el);
    if (el.shadowRoot) deepAll(el.shadowRoot, selector, out);
  }
  return out;
}

/**
 * What the fill leaves for the agent in the forms it filled: attestation boxes ("I confirm…"), which it never
 * ticks, and the submit buttons, which it never presses. Both are named so the agent does them knowingly.
 */
export function leftForYou(filled: readonly Element[]): LeftForYou[] {
  const scopes = new Set<ParentNode>();
  for (const el of filled) scopes.add(formOf(el) ?? el.ownerDocument);
  const out: LeftForYou[] = [];
  const seen = new Set<string>();
  const add = (kind: LeftForYou['kind'], label: string) => {
    const key = `${kind}:${label}`;
    if (!label || seen.has(key) || out.length >= MAX) return;
    seen.add(key);
    out.push({ kind, label: clip(label, 200) });
  };
  for (const scope of scopes) {
    for (const box of deepAll(scope, 'input[type=checkbox],[role=checkbox]')) {
      if (!isShownThrough(box)) continue;
      const wrapping = (box as HTMLInputElement).labels?.[0] ?? box.closest('label');
      const label =
        labelSources(box, (e) => e === box).find((s) => s.visible)?.text ??
        (wrapping ? readableText(wrapping, 400) : '');
      if (ATTEST.test(label)) add('attestation', label);
    }
    for (const button of deepAll(scope, 'button,input[type=submit],[role=button]')) {
      const label = buttonText(button);
      if ((isSubmitter(button) || SUBMIT.test(label)) && isVisible(button)) add('submit', label);
    }
  }
  return out;
}
