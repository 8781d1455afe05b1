import { structuralLocator } from '../dom/locator';
import { clean, clip } from '../format/text';
import { hasLayout, isVisible, ownHiding } from '../dom/visibility';
import { focusIn, focusOut, pointerClick, pressKey, sleep, waitForList, yieldToPage } from './dom-events';
import type { Field } from './fill-types';
import { readField, validationMessage } from './read-field';
import { notWritten, type WriteResult } from './write-result';
import { typeInto } from './write-text';

/** Class names date-picker libraries give their inputs: a hint beside the ARIA popup, never the only sign. */
const PICKER_HINT =
  '.ant-picker,.el-date-editor,.flatpickr-input,[class*="datepicker"],[class*="date-picker"],[class*="DatePicker"]';
const PICKER_OK = '.ant-picker-ok button,.el-picker-panel__footer .is-plain,[class*="picker"] [class*="confirm"]';
const PREVIOUS = /previous month|prev month|上个月|上一月|上月/i;
const NEXT = /next month|下个月|下一月|下月/i;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const OPEN_MS = 600;
const MAX_MONTHS = 36;

/** A wall-clock date and time, as the calendar shows it. */
type Wall = { y: number; m: number; d: number; time: number[] };

/** Whether an input is a date picker: it pops up a calendar dialog or grid, or a picker library made it. */
export function isDatePicker(el: Element): boolean {
  const popup = el.getAttribute('aria-haspopup');
  return popup === 'dialog' || popup === 'grid' || el.closest(PICKER_HINT) !== null;
}

const CLEAR = /clear|清除|清空/i;

function hover(el: Element): void {
  const v = el.ownerDocument.defaultView;
  if (!v) return;
  for (const type of ['pointerover', 'pointerenter', 'mouseover', 'mouseenter'])
    el.dispatchEvent(new v.MouseEvent(type, { bubbles: type.endsWith('over'), composed: true }));
}

/**
 * The picker's own clear control (antd's and Element Plus's cross), looked for in the few boxes around its input
 * once the pointer is over them.
 */
export async function pickerClear(el: Element): Promise<Element | null> {
  // Some pickers draw their cross only while the pointer is over them.
  for (let cur: Element | null = el, i = 0; cur && i < 4; cur = cur.parentElement, i++) hover(cur);
  await yieldToPage();
  let box = el.parentElement;
  for (let depth = 0; box && depth < 3; depth++, box = box.parentElement) {
    for (const c of box.querySelectorAll('[aria-label],[title],[class*="clear"]')) {
      if (
        c !== el &&
        CLEAR.test(
          `${c.getAttribute('aria-label') ?? ''} ${c.getAttribute('title') ?? ''} ${c.getAttribute('class') ?? ''}`,
        )
      )
        return c;
    }
  }
  return null;
}

/** The date a calendar cell names in its title or aria-label ("2026-11-25", "November 25, 2026", "2026年11月25日"). */
function dateOf(label: string): Omit<Wall, 'time'> | null {
  const iso = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/.exec(label);
  if (iso) return { y: Number(iso[1]), m: Number(iso[2]), d: Number(iso[3]) };
  const named =
    /([A-Za-z]{3,})\.?\s+(\d{1,2}),?\s+(\d{4})/.exec(label) ?? /(\d{1,2})\s+([A-Za-z]{3,})\.?,?\s+(\d{4})/.exec(label);
  if (!named) return null;
  const [month, day] = /\d/.test(named[1] ?? '') ? [named[2], named[1]] : [named[1], named[2]];
  const m = MONTHS.indexOf((month ?? '').slice(0, 3).toLowerCase()) + 1;
  return m > 0 ? { y: Number(named[3]), m, d: Number(day) } : null;
}

/**
 * The shown calendar cells with the date each names. A calendar is judged once as a whole (its grid or
 * table), its cells by their own markup and style only, so a scan stays cheap while the popup opens.
 */
function shownCells(doc: Document): { el: Element; date: Omit<Wall, 'time'> }[] {
  const out: { el: Element; date: Omit<Wall, 'time'> }[] = [];
  const grids = new Map<Element, boolean>();
  const layout = hasLayout(doc);
  for (const el of doc.querySelectorAll('[role=gridcell],td[title],[aria-label],[data-date]')) {
    const date = dateOf(
      el.getAttribute('title') ?? el.getAttribute('aria-label') ?? el.getAttribute('data-date') ?? '',
    );
    if (!date || el.getAttribute('aria-disabled') === 'true') continue;
    const grid = el.closest('[role=grid],table') ?? el.parentElement ?? el;
    let shown = grids.get(grid);
    if (shown === undefined) grids.set(grid, (shown = isVisible(grid, { opacity: false })));
    if (shown && ownHiding(el, layout) === 'none') out.push({ el, date });
  }
  return out;
}

/** A shown control that moves the calendar a month back or forward, by its name or its class as a hint. */
function monthButton(doc: Document, back: boolean): Element | null {
  const words = back ? PREVIOUS : NEXT;
  const hint = back
    ? /prev-month|prev-btn|prevmonth|arrow-left|\bprev\b/i
    : /next-month|next-btn|nextmonth|arrow-right|\bnext\b/i;
  for (const el of doc.querySelectorAll('button,[role=button],a,span,i')) {
    const name = `${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('title') ?? ''}`;
    const cls = el.getAttribute('class') ?? '';
    if ((words.test(name) || (hint.test(cls) && !/year|super/i.test(cls))) && isVisible(el, { opacity: false }))
      return el;
  }
  return null;
}

/** Columns of two-digit numbers a time panel shows (hours, minutes, seconds), in reading order. */
function timeColumns(doc: Document): Element[][] {
  const columns: Element[][] = [];
  for (const list of doc.querySelectorAll('ul,ol,[role=listbox]')) {
    const items = [...list.children].filter((c) => /^\d{2}$/.test(clean(c.textContent ?? '')));
    if (items.length >= 12 && isVisible(list, { opacity: false })) columns.push(items);
  }
  return columns;
}

/** Labelled number boxes a time panel shows (flatpickr's Hour, Minute, Second). */
function timeInputs(doc: Document): Element[] {
  const found = ['hour', 'minute', 'second'].map((n) =>
    [...doc.querySelectorAll('input')].find(
      (i) =>
        new RegExp(n, 'i').test(`${i.getAttribute('aria-label') ?? ''} ${i.getAttribute('class') ?? ''}`) &&
        isVisible(i, { opacity: false }),
    ),
  );
  return found.filter((i): i is HTMLInputElement => i !== undefined);
}

/** Presses the picker's own OK button when it shows one (never a form's submit). */
function confirm(doc: Document): void {
  for (const ok of doc.querySelectorAll(PICKER_OK)) {
    const type = (ok.getAttribute('type') ?? '').toLowerCase();
    if (type !== 'submit' && !ok.closest('form') && isVisible(ok) && !ok.hasAttribute('disabled'))
      return pointerClick(ok);
  }
}

/** What a date picker is given: the text in its format, and the whole wall-clock time (YYYY-MM-DD HH:mm:ss). */
export type DateValue = { text: string; template: string; full: string; compare: (current: string) => boolean };

const FULL = 'YYYY-MM-DD HH:mm:ss';
const figures = (s: string) => (s.match(/\d+/g) ?? []).map(Number).join(' ');

/** The date and time a text written in a template holds, by the template's order of tokens. */
function wallOf(text: string, template: string): Wall | null {
  const order = template.match(/YYYY|MM|M|DD|D|HH|H|mm|ss/g) ?? [];
  const numbers = text.match(/\d+/g)?.map(Number) ?? [];
  if (numbers.length !== order.length) return null;
  const at = (t: RegExp) => numbers[order.findIndex((o) => t.test(o))];
  const [y, m, d] = [at(/^Y/), at(/^M/), at(/^D/)];
  if (y === undefined || m === undefined || d === undefined) return null;
  return { y, m, d, time: [at(/^H/), at(/^mm$/), at(/^ss$/)].filter((n): n is number => n !== undefined) };
}

/** Chooses the day in the calendar grid (moving month by month), then the time, as a person clicks them. */
async function chooseInCalendar(field: Field, wall: Wall, signal: AbortSignal): Promise<boolean> {
  const doc = field.el.ownerDocument;
  pointerClick(field.el);
  focusIn(field.el);
  const wanted = wall.y * 12 + wall.m;
  let cells = await waitForList(() => shownCells(doc), OPEN_MS, signal);
  for (let step = 0; step < MAX_MONTHS && cells.length > 0; step++) {
    const hit = cells.find((c) => c.date.y === wall.y && c.date.m === wall.m && c.date.d === wall.d);
    if (hit) {
      pointerClick(hit.el.firstElementChild ?? hit.el);
      break;
    }
    const middle = cells[Math.floor(cells.length / 2)]!.date;
    const button = monthButton(doc, wanted < middle.y * 12 + middle.m);
    if (!button) return false;
    pointerClick(button);
    await yieldToPage();
    cells = shownCells(doc);
  }
  await yieldToPage();
  if (wall.time.length > 0) {
    const inputs = timeInputs(doc);
    if (inputs.length >= wall.time.length) {
      wall.time.forEach((n, i) => {
        typeInto(inputs[i]!, String(n).padStart(2, '0'));
        focusOut(inputs[i]!);
      });
    } else {
      // Each click re-renders the panel: find the column again before the next one.
      for (const [i, n] of wall.time.entries()) {
        const item = timeColumns(doc)[i]?.find((c) => Number(clean(c.textContent ?? '')) === n);
        if (item) pointerClick(item);
        await yieldToPage();
      }
    }
    await sleep(30, signal);
  }
  confirm(doc);
  await yieldToPage();
  return true;
}

/**
 * Writes a date into a date picker as a person would: types it in the picker's own format and confirms it with
 * Enter and the picker's OK; when the box takes no typing (read-only) or drops what was typed, chooses the day
 * in the calendar grid and the time in its panel. Reads back what the box shows.
 */
export async function writeDate(field: Field, value: DateValue, signal: AbortSignal): Promise<WriteResult> {
  const { text, template, full } = value;
  const el = field.el;
  // A picker that keeps a time beside the date asked for shows the whole wall-clock time: both are right.
  const compare = (cur: string) =>
    value.compare(cur) || figures(cur) === figures(full) || figures(cur) === figures(full.slice(0, -3));
  const current = readField(field);
  if (compare(current)) return notWritten('skipped', 'same_value', { value: current });
  if (el.hasAttribute('disabled')) return notWritten('skipped', 'disabled', { value: current });
  if (!el.hasAttribute('readonly')) {
    typeInto(el, text);
    pressKey(el, 'Enter');
    confirm(el.ownerDocument);
    await yieldToPage();
  }
  const wall = wallOf(full, FULL) ?? wallOf(text, template);
  if (!compare(readField(field)) && wall) await chooseInCalendar(field, wall, signal);
  if (!compare(readField(field))) pressKey(el, 'Escape');
  focusOut(el);
  await yieldToPage();
  const after = readField(field);
  const entry = {
    kind: 'value' as const,
    locator: structuralLocator(el),
    before: clip(current, 4000),
    after: clip(after, 4000),
  };
  if (!compare(after))
    return notWritten('failed', 'not_accepted', { value: after, entry: after !== current ? entry : undefined });
  const message = validationMessage(field);
  if (message) return notWritten('failed', 'invalid', { value: after, message, entry });
  return { outcome: 'filled', value: after, entry, holds: () => compare(readField(field)) };
}
