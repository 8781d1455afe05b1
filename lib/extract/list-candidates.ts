import type { ListCandidate, Locator } from '../schema/capture';
import type { OrderKey } from '../schema/order';
import type { ListTable } from './collect-types';
import type { Candidate } from './choose-fields';
import { buildDraft } from './draft';
import { structuralLocator } from '../dom/locator';
import type { Scrubber } from './mask';
import { parseField, type FieldContext, type FieldParse } from './parse-field';
import type { WallDate, WallTime } from './parse-time';
import { clean, clip } from '../format/text';

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
export function listCandidates(
  tables: readonly ListTable[],
  ctx: FieldContext,
  scrubber: Scrubber,
  max = 500,
): ListCandidate[] {
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
    // What each column holds, worked out once per table; its parses are kept, as list columns repeat values.
    const columns = table.columns.map((column, i) => {
      const meaning = column.hit?.meaning;
      const key = keys[i]?.[0];
      if (!key || meaning?.kind !== 'field') return null;
      const fieldCtx: FieldContext = meaning.unit ? { ...ctx, unit: meaning.unit } : ctx;
      return {
        key,
        quality: meaning.quality,
        label: clean(column.label),
        ctx: fieldCtx,
        parsed: new Map<string, FieldParse>(),
      };
    });
    for (const row of table.rows.rows(max - out.length)) {
      row.cells.forEach((c, i) => c && cardColumns[i] && scrubber.addCard(c.text));
      const picked = new Map<OrderKey, Candidate>();
      let date: { part: WallDate; text: string; el: Element } | undefined;
      let time: { part: WallTime; text: string } | undefined;
      const section = sectionOf(row.el);
      const at = section?.path.at(-1);
      const base = section && at ? section.path.slice(0, -1) : null;
      for (let i = 0; i < row.cells.length; i++) {
        const cell = row.cells[i];
        const column = columns[i];
        if (!cell || !column) continue;
        let r = column.parsed.get(cell.text);
        if (!r) column.parsed.set(cell.text, (r = parseField(column.key, cell.text, column.ctx)));
        if (r.ok === false) continue;
        const text = clean(cell.text);
        if (r.ok === 'date') date = { part: r.date, text, el: cell.el };
        else if (r.ok === 'time') time = { part: r.time, text };
        if (r.ok !== true) continue;
        const conf = column.quality * ROW * r.shape;
        if ((picked.get(column.key)?.conf ?? 0) >= conf) continue;
        const candidate: Candidate = {
          key: column.key,
          value: r.value,
          conf,
          text,
          label: column.label,
          method: 'list-row',
          el: null,
          order: i,
        };
        if (base)
          candidate.locator = {
            path: [...base, `${at} > tr:nth-child(${row.index}) > ${cell.el.localName}:nth-child(${cell.index})`],
          };
        if (r.currency) candidate.currency = r.currency;
        picked.set(column.key, candidate);
      }
      if (date && time && !picked.has('paidAt')) {
        picked.set('paidAt', {
          key: 'paidAt',
          value: ctx.clock.toInstant(date.part, time.part),
          conf: ROW * 0.9,
          text: `${date.text} ${time.text}`,
          method: 'list-row',
          el: date.el,
          order: 0,
        });
      }
      if (!IDS.some((k) => picked.has(k))) continue;
      const draft = buildDraft(picked, scrubber);
      // Scrubbed part by part: no card or ID number spans the " · " between parts, and buildDraft has just
      // scrubbed each of these texts, so the scrubber answers from its memo.
      const summary = [
        IDS.map((k) => picked.get(k)?.text).find(Boolean),
        picked.get('paidAt')?.text,
        picked.get('amountMinor')?.text,
        picked.get('status')?.text,
      ]
        .filter((t): t is string => !!t)
        .map((t) => scrubber.scrub(t))
        .join(' · ');
      out.push({ draft, summary: clip(summary, 500) });
    }
  }
  return out;
}
