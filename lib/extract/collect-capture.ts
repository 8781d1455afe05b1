import type { Locator, RawCapture, RawList, RawPair, RawProfileField } from '../schema/capture';
import type { OrderKey } from '../schema/order';
import type { PageProfile } from '../schema/profile-fields';
import { structuralLocator } from '../dom/locator';
import { readingPage } from '../dom/visibility';
import { Collector } from './collect';
import type { ListTable } from './collect-types';
import { type IdMask, Scrubber } from './mask';
import { customLabels, resolveWith } from './profile-locators';
import { readFieldValue } from './read-field-value';
import { clean } from '../format/text';

/** Rows read per order list unless the panel asks for more: those offered beside an order shown in detail. */
export const FIRST_ROWS = 100;

/** What the page needs to collect an order; `rows` per order list, at most 500. */
export type CollectOptions = { idMask: IdMask; profile?: PageProfile; rows?: number };

const safe = <T>(read: () => T, fallback: T): T => {
  try {
    return read() ?? fallback;
  } catch {
    // The page's URL or title may throw on odd documents; the capture goes on without them.
    return fallback;
  }
};

/** Columns holding card numbers: each number shown there is masked wherever else it appears. */
function cardColumns(table: ListTable): boolean[] {
  return table.columns.map((c) => {
    const m = c.hit?.meaning;
    return m?.kind === 'field' && m.keys.length === 1 && m.keys[0] === 'cardMasked';
  });
}

/** Each element's place as a person reads the page, the same element the same place. */
function readingRanks(els: readonly Element[]): Map<Element, number> {
  const unique = [...new Set(els)];
  unique.sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
  return new Map(unique.map((el, i) => [el, i]));
}

/**
 * An element's locator with card and ID numbers masked in it. A page's own ids, classes and element names (a
 * custom element may be called card-6222…) end up in selectors, and those leave the page like any text; a masked
 * selector finds nothing, so "Show on page" says so rather than carrying the number. Every number the scrubber
 * learns from the page is added before the first locator is made.
 */
function maskedLocator(el: Element, scrubber: Scrubber): Locator | undefined {
  try {
    const locator = structuralLocator(el);
    return { ...locator, path: locator.path.map((p) => scrubber.scrub(p)) };
  } catch {
    // A value without a locator is still a value: the panel only cannot highlight it.
    return undefined;
  }
}

/**
 * What the page shows of an order, as plain data for the panel to parse (lib/capture/parse-capture.ts): every
 * label/value pair, every order list's rows, taught fields found or not, with locators and reading order.
 * Every text is masked here, before it leaves the page: no full card or ID number ever does.
 */
export function collectCapture(doc: Document, options: CollectOptions): RawCapture {
  const scrubber = new Scrubber(options?.idMask ?? { keepStart: 0, keepEnd: 0 });
  try {
    return readingPage(() => collect(doc, options, scrubber));
  } catch (e) {
    return {
      ...EMPTY,
      url: scrubber.scrub(safe(() => doc.location?.href ?? doc.URL, '')),
      title: scrubber.scrub(safe(() => doc.title, '')),
      error: scrubber.scrub(e instanceof Error ? e.message : String(e)).slice(0, 1000),
      cardMasked: scrubber.cardMasked,
      idMasked: scrubber.idMasked,
    };
  }
}

const EMPTY: RawCapture = {
  url: '',
  title: '',
  pairs: [],
  lists: [],
  sections: [],
  refused: [],
  idLabels: [],
  profile: [],
  cardMasked: false,
  idMasked: false,
};

function collect(doc: Document, options: CollectOptions, scrubber: Scrubber): RawCapture {
  const profile = options?.profile;
  const collector = new Collector(customLabels(Object.values(profile?.fields ?? {}).flat()));
  collector.walkRoot(doc);
  const found = collector.out;
  for (const c of found.cards) scrubber.addCard(c);
  for (const id of found.ids) scrubber.addId(id.value);

  // A row past the limit is read only to tell the panel there are more (a list page may ask for them).
  const limit = Math.min(Math.max(options?.rows ?? FIRST_ROWS, 1), 500);
  const tables = found.lists.map((table) => {
    const rows = table.rows.rows(limit + 1);
    return { table, rows: rows.slice(0, limit), more: rows.length > limit, cards: cardColumns(table) };
  });
  for (const { rows, cards } of tables)
    for (const row of rows) row.cells.forEach((c, i) => c && cards[i] && scrubber.addCard(c.text));

  const resolved: { key: OrderKey; el: Element; text: string }[] = [];
  const profileFields: RawProfileField[] = [];
  for (const [key, locators] of Object.entries(profile?.fields ?? {}) as [
    OrderKey,
    PageProfile['fields'][OrderKey],
  ][]) {
    if (!locators?.length) continue;
    const { result, pair } = resolveWith(doc, locators, found.pairs);
    if (!result.ok) profileFields.push({ key, found: false, error: result.error });
    else {
      const text = pair && pair.el === result.element ? clean(pair.value) : readFieldValue(result.element);
      resolved.push({ key, el: result.element, text });
    }
  }

  const ranks = readingRanks([...found.pairs.map((p) => p.el), ...resolved.map((r) => r.el)]);
  const spot = (el: Element) => {
    const locator = maskedLocator(el, scrubber);
    return { rank: ranks.get(el) ?? -1, ...(locator ? { locator } : {}) };
  };
  const shown = (text: string) => {
    const masked = scrubber.scrub(text);
    return { text: masked, masked: masked !== text };
  };

  for (const r of resolved) {
    const { text, masked } = shown(r.text);
    profileFields.push({ key: r.key, found: true, text, masked, spot: spot(r.el) });
  }
  const pairs: RawPair[] = found.pairs.map((p) => {
    const { text, masked } = shown(p.value);
    return {
      label: scrubber.scrub(p.label),
      hit: p.hit,
      value: text,
      masked,
      layout: p.layout,
      weight: p.weight,
      ctx: p.ctx,
      order: p.order,
      spot: spot(p.el),
    };
  });

  const sections: RawCapture['sections'] = [];
  const sectionIndex = new Map<Element, number>();
  const sectionOf = (row: Element) => {
    const parent = row.parentElement;
    if (!parent) return -1;
    let i = sectionIndex.get(parent);
    if (i === undefined) {
      i = sections.push(maskedLocator(parent, scrubber) ?? null) - 1;
      sectionIndex.set(parent, i);
    }
    return i;
  };
  const lists: RawList[] = tables.map(({ table, rows, more }) => ({
    more,
    columns: table.columns.map((c) => ({ label: scrubber.scrub(c.label), hit: c.hit })),
    rows: rows.map((row) => ({
      section: sectionOf(row.el),
      index: row.index,
      cells: row.cells.map((c) => c && { text: scrubber.scrub(c.text), tag: c.el.localName, index: c.index }),
    })),
  }));

  return {
    url: scrubber.scrub(safe(() => doc.location?.href ?? doc.URL, '')),
    title: scrubber.scrub(safe(() => doc.title, '')),
    pairs,
    lists,
    sections,
    refused: found.refused.map((l) => scrubber.scrub(l)),
    idLabels: found.ids.map((i) => scrubber.scrub(i.label)),
    profile: profileFields,
    cardMasked: scrubber.cardMasked,
    idMasked: scrubber.idMasked,
  };
}
