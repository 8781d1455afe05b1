import { structuralLocator } from '../dom/locator';
import { optionText, fieldOptions } from './collect-fields';
import { clean, clip } from '../format/text';
import {
  focusIn,
  focusOut,
  inputAndChange,
  isSubmitter,
  pointerClick,
  pressKey,
  sleep,
  waitForList,
  yieldToPage,
} from './dom-events';
import type { ChoiceWords, Field, FieldOption } from './fill-types';
import { pickOption } from './match-option';
import { comboboxDisplay, isChecked, readField, validationMessage } from './read-field';
import { rootOf } from '../dom/roots';
import { isClippedAway, isVisible } from '../dom/visibility';
import { notWritten, type WriteResult } from './write-result';
import { typeInto } from './write-text';

const OPTION = '[role=option],.ant-select-item-option,.el-select-dropdown__item';
const OPEN_MS = 600;
/** Pages of a long list scrolled through before typing to filter it instead. */
const MAX_PAGES = 20;
const fold = (s: string) => clean(s).normalize('NFKC').toLowerCase();

function setSelectedIndex(select: HTMLSelectElement, index: number): void {
  let proto: object | null = Object.getPrototypeOf(select);
  while (proto) {
    const desc = Object.getOwnPropertyDescriptor(proto, 'selectedIndex');
    if (desc?.set) return void desc.set.call(select, index);
    proto = Object.getPrototypeOf(proto);
  }
  select.selectedIndex = index;
}

/** A refused choice, with the options the field offered so the agent sees why. */
function refused(pick: 'none' | 'ambiguous', options: readonly FieldOption[]): WriteResult {
  const seen = [...new Set(options.map((o) => clip(o.text, 200)).filter(Boolean))].slice(0, 30);
  return pick === 'ambiguous'
    ? notWritten('ambiguous', 'option_ambiguous', { seen })
    : notWritten('failed', 'no_option', { seen });
}

async function writeSelect(field: Field, words: ChoiceWords): Promise<WriteResult> {
  const select = field.el as HTMLSelectElement;
  const options = fieldOptions(field);
  const pick = pickOption(options, words);
  if (typeof pick !== 'number') return refused(pick, options);
  const option = options[pick] as FieldOption;
  const index = [...select.options].indexOf(option.el as HTMLOptionElement);
  if (select.selectedIndex === index) return notWritten('skipped', 'same_value', { value: option.text });
  const before = select.value;
  focusIn(select);
  setSelectedIndex(select, index);
  inputAndChange(select, null);
  focusOut(select);
  await yieldToPage();
  const holds = () => select.selectedIndex === index;
  const entry = { kind: 'value' as const, locator: structuralLocator(select), before, after: select.value };
  if (!holds()) return notWritten('failed', 'not_accepted', { value: readField(field), entry });
  const message = validationMessage(field);
  if (message) return notWritten('failed', 'invalid', { value: option.text, message, entry });
  return { outcome: 'filled', value: option.text, entry, holds };
}

/** Checks a radio or checkbox as a click would (native ones get their own click, ARIA ones a pointer press). */
export function clickMember(el: Element): void {
  if (el.localName === 'input') {
    focusIn(el);
    (el as HTMLInputElement).click();
    focusOut(el);
  } else pointerClick(el);
}

async function writeGroup(field: Field, words: ChoiceWords): Promise<WriteResult> {
  const options = fieldOptions(field);
  const pick = pickOption(options, words);
  if (typeof pick !== 'number') return refused(pick, options);
  const member = (options[pick] as FieldOption).el;
  const text = (options[pick] as FieldOption).text;
  if (isChecked(member)) return notWritten('skipped', 'same_value', { value: text });
  const wasChecked = field.members.find(isChecked);
  clickMember(member);
  await yieldToPage();
  const holds = () => isChecked(member);
  const locator = structuralLocator(member);
  const entry =
    field.kind === 'radio'
      ? {
          kind: 'choice' as const,
          locator: structuralLocator(field.el),
          before: wasChecked ? structuralLocator(wasChecked) : null,
          after: locator,
        }
      : { kind: 'check' as const, locator, before: false, after: true };
  if (!holds()) return notWritten('failed', 'not_accepted', { value: readField(field) });
  const message = validationMessage(field);
  if (message) return notWritten('failed', 'invalid', { value: text, message, entry });
  return { outcome: 'filled', value: text, entry, holds };
}

/** The options a custom dropdown shows now: in the listbox it controls, else any shown listbox option on the page. */
export function listOptions(field: Pick<Field, 'el' | 'box'>): FieldOption[] {
  const root = rootOf(field.el);
  const doc = field.el.ownerDocument;
  const ids = [field.el, field.box]
    .flatMap((e) => `${e.getAttribute('aria-controls') ?? ''} ${e.getAttribute('aria-owns') ?? ''}`.split(/\s+/))
    .filter(Boolean);
  const usable = (o: Element) =>
    !isSubmitter(o) &&
    isVisible(o, { opacity: false }) &&
    !isClippedAway(o) &&
    o.getAttribute('aria-disabled') !== 'true' &&
    !/\bdisabled\b|-disabled\b/.test(o.getAttribute('class') ?? '');
  const scopes = ids
    .map((id): Element | null => root.getElementById(id) ?? doc.getElementById(id))
    .filter((s: Element | null): s is Element => s !== null);
  let found = scopes.flatMap((s) => [...s.querySelectorAll(OPTION)]).filter(usable);
  if (found.length === 0)
    found = [...root.querySelectorAll(OPTION), ...(root === doc ? [] : [...doc.querySelectorAll(OPTION)])].filter(
      usable,
    );
  return [...new Set(found)].map((el) => ({
    text: optionText(el) || clean(el.getAttribute('title') ?? ''),
    value: el.getAttribute('data-value') ?? '',
    el,
  }));
}

/** The box a list scrolls in: the nearest ancestor taller inside than it shows. */
function scroller(option: Element): Element | null {
  for (let cur = option.parentElement, i = 0; cur && i < 6; cur = cur.parentElement, i++)
    if (cur.scrollHeight > cur.clientHeight + 1) return cur;
  return null;
}

/**
 * Looks further in a long or virtual list when the wanted option is not among those rendered: scrolls the
 * list a page at a time, then, in a dropdown that filters as one types, types the wanted words.
 */
async function searchList(
  field: Field,
  first: FieldOption[],
  words: ChoiceWords,
  signal: AbortSignal,
): Promise<{ options: FieldOption[]; pick: number | 'none' | 'ambiguous' }> {
  const seen = new Map(first.map((o) => [o.el, o]));
  const list = first[0] ? scroller(first[0].el) : null;
  for (let page = 0; list && page < MAX_PAGES && list.scrollHeight > list.clientHeight + list.scrollTop; page++) {
    list.scrollTop += list.clientHeight;
    list.dispatchEvent(new Event('scroll'));
    await yieldToPage();
    await sleep(16, signal);
    for (const o of listOptions(field)) seen.set(o.el, o);
    const options = [...seen.values()].filter((o) => o.el.isConnected);
    const pick = pickOption(options, words);
    if (pick !== 'none') return { options, pick };
  }
  const input = field.el.localName === 'input' ? field.el : field.box.querySelector('input');
  const typed = words.wanted[0];
  if (!input || input.hasAttribute('readonly') || !typed)
    return { options: [...seen.values()].filter((o) => o.el.isConnected), pick: 'none' };
  typeInto(input, typed);
  const filtered = await waitForList(
    () => listOptions(field).filter((o) => fold(o.text).includes(fold(typed))),
    OPEN_MS,
    signal,
  );
  const options = filtered.length ? filtered : listOptions(field);
  return { options, pick: options.length ? pickOption(options, words) : 'none' };
}

/** Whether a dropdown shows the option's text as its choice. */
const shows = (display: string, text: string) => {
  const d = fold(display);
  const t = fold(text);
  return d !== '' && (d === t || d.includes(t));
};

/**
 * Chooses in a custom dropdown as a person would: press it (antd opens on mousedown, others on click), or
 * focus it and press ArrowDown; then click the option that means the wanted choice and read what it shows.
 */
export async function pickInCombobox(field: Field, words: ChoiceWords, signal: AbortSignal): Promise<WriteResult> {
  const before = comboboxDisplay(field);
  if (before && pickOption([{ text: before, value: '' }], words) === 0)
    return notWritten('skipped', 'same_value', { value: before });
  pointerClick(field.el);
  let options = await waitForList(() => listOptions(field), OPEN_MS, signal);
  if (options.length === 0) {
    focusIn(field.el);
    pressKey(field.el, 'ArrowDown');
    options = await waitForList(() => listOptions(field), OPEN_MS, signal);
  }
  let pick = options.length === 0 ? 'none' : pickOption(options, words);
  if (pick === 'none' && options.length > 0) ({ options, pick } = await searchList(field, options, words, signal));
  if (typeof pick !== 'number') {
    pressKey(field.el, 'Escape');
    return refused(pick, options);
  }
  const option = options[pick] as FieldOption;
  option.el.scrollIntoView?.({ block: 'nearest' });
  pointerClick(option.el);
  await yieldToPage();
  await sleep(30, signal);
  focusOut(field.el);
  const after = comboboxDisplay(field);
  const holds = () => shows(comboboxDisplay(field), option.text);
  const entry = {
    kind: 'combobox' as const,
    locator: structuralLocator(field.el),
    before: clip(before, 500),
    after: clip(after, 500),
  };
  if (!shows(after, option.text))
    return notWritten('failed', 'not_accepted', { value: after, entry: after !== before ? entry : undefined });
  const message = validationMessage(field);
  if (message) return notWritten('failed', 'invalid', { value: option.text, message, entry });
  return { outcome: 'filled', value: option.text, entry, holds };
}

/** Chooses the option meaning the wanted words in a select, radio or checkbox group, or custom dropdown. */
export async function writeChoice(field: Field, words: ChoiceWords, signal: AbortSignal): Promise<WriteResult> {
  switch (field.kind) {
    case 'select':
      return writeSelect(field, words);
    case 'radio':
    case 'checkbox':
      return writeGroup(field, words);
    case 'combobox':
      return pickInCombobox(field, words, signal);
    default:
      return notWritten('failed', 'unsupported');
  }
}
