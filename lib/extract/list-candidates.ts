import type { ListCandidate, Locator } from '../schema/capture';
import type { OrderKey } from '../schema/order';
import type { ListTable } from './collect-types';
import type { Candidate } from './choose-fields';
import { buildDraft } from './draft';
import { structuralLocator } from './locator';
import type { Scrubber } from './mask';
import { parseField, type FieldContext } from './parse-field';
import type { WallDate, WallTime } from './parse-time';
import { clean, clip } from './text';

const ROW = 0.9;
const IDS: OrderKey[] = ['orderNo', 'referenceNo', 'voucherNo'];

/** Which field each column holds; a shared "流水号" column is decided by the table's other columns. */
function columnKeys(table: ListTable): (readonly OrderKey[] | null)[] {
  const keys = table.columns.map((c) => (c.hit?.meaning?.kind === 'field' ? c.hit.meaning.keys : null));
  const has = (k: OrderKey) => keys.some((ks) => ks?.length === 1 && ks[0] === k);
  return keys.map((ks, i) => {
    if (!ks || ks.length < 2) return ks;
    if (has('orderNo') !== has('voucherNo')) return [has('orderNo') ? 'voucherNo' : 'orderNo'];
    const sample = table.rows.rows(1)[0]?.cells[i]?.text ?? '';
    return [/^\d{1,6}$/.test(clean(sample)) ? 'voucherNo' : 'orderNo'];
  });
}

/** Each order row of each list table as a candidate with its own draft and a one-line summary. */
export function listCandidates(tables: readonly ListTable[], ctx: FieldContext, scrubber: Scrubber, max = 500): ListCandidate[] {
  const out: ListCandidate[] = [];
  const sections = new Map<Element, Locator | null>();
  const sectionOf = (row: Element): Locator | null => {
    const parent = row.parentElement;
    if (!parent) return null;
    if (!sections.has(parent)) sections.set(parent, structuralLocator(parent));
    return sections.get(parent) ?? null;
  };
  for (const table of tables) {
    const keys = columnKeys(table);
    const cardColumns = keys.map((ks) => ks?.[0] === 'cardMasked');
    for (const row of table.rows.rows(max - out.length)) {
      row.cells.forEach((c, i) => c && cardColumns[i] && scrubber.addCard(c.text));
      const picked = new Map<OrderKey, Candidate>();
      let date: { part: WallDate; text: string; el: Element } | undefined;
      let time: { part: WallTime; text: string } | undefined;
      const section = sectionOf(row.el);
      row.cells.forEach((cell, i) => {
        const column = table.columns[i];
        const meaning = column?.hit?.meaning;
        const key = keys[i]?.[0];
        if (!cell || !key || meaning?.kind !== 'field') return;
        const r = parseField(key, cell.text, { ...ctx, ...(meaning.unit ? { unit: meaning.unit } : {}) });
        if (r.ok === 'date') date = { part: r.date, text: clean(cell.text), el: cell.el };
        else if (r.ok === 'time') time = { part: r.time, text: clean(cell.text) };
        if (r.ok !== true) return;
        const conf = meaning.quality * ROW * r.shape;
        if ((picked.get(key)?.conf ?? 0) >= conf) return;
        const at = section?.path.at(-1);
        const locator = section && at ? { path: [...section.path.slice(0, -1), `${at} > tr:nth-child(${row.index}) > ${cell.el.localName}:nth-child(${cell.index})`] } : undefined;
        picked.set(key, { key, value: r.value, conf, text: clean(cell.text), label: clean(column?.label ?? ''), method: 'list-row', el: null, ...(locator ? { locator } : {}), order: i, ...(r.currency ? { currency: r.currency } : {}) });
      });
      if (date && time && !picked.has('paidAt')) {
        picked.set('paidAt', { key: 'paidAt', value: ctx.clock.toInstant(date.part, time.part), conf: ROW * 0.9, text: `${date.text} ${time.text}`, method: 'list-row', el: date.el, order: 0 });
      }
      if (!IDS.some((k) => picked.has(k))) continue;
      const draft = buildDraft(picked, scrubber);
      const summary = [IDS.map((k) => picked.get(k)?.text).find(Boolean), picked.get('paidAt')?.text, picked.get('amountMinor')?.text, picked.get('status')?.text]
        .filter(Boolean)
        .join(' · ');
      out.push({ draft, summary: clip(scrubber.scrub(summary), 500) });
    }
  }
  return out;
}
