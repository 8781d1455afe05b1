import type { ListCandidate, Locator, RawList } from '../schema/capture';
import type { OrderKey } from '../schema/order';
import type { Candidate } from './choose-fields';
import { buildDraft } from './draft';
import { parseField, type FieldContext, type FieldParse } from './parse-field';
import type { WallDate, WallTime } from './parse-time';
import { clean, clip } from '../format/text';

const ROW = 0.9;
const IDS: OrderKey[] = ['orderNo', 'referenceNo', 'voucherNo'];

/** Which field each column holds; a shared "流水号" column is decided by the table's other columns. */
function columnKeys(table: RawList): (readonly OrderKey[] | null)[] {
  const keys = table.columns.map((c) => (c.hit?.meaning?.kind === 'field' ? c.hit.meaning.keys : null));
  const has = (k: OrderKey) => keys.some((ks) => ks?.length === 1 && ks[0] === k);
  return keys.map((ks, i) => {
    if (!ks || ks.length < 2) return ks;
    if (has('orderNo') !== has('voucherNo')) return [has('orderNo') ? 'voucherNo' : 'orderNo'];
    const sample = table.rows[0]?.cells[i]?.text ?? '';
    return [/^\d{1,6}$/.test(clean(sample)) ? 'voucherNo' : 'orderNo'];
  });
}

/**
 * Each order row of each list table as a candidate with its own draft and a one-line summary. `sections` are
 * the locators of the rows' sections, as the page sent them; it masked every cell's text already.
 */
export function listCandidates(
  tables: readonly RawList[],
  sections: readonly (Locator | null)[],
  ctx: FieldContext,
  max = 500,
): ListCandidate[] {
  const out: ListCandidate[] = [];
  for (const table of tables) {
    const keys = columnKeys(table);
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
    for (const row of table.rows.slice(0, Math.max(0, max - out.length))) {
      const picked = new Map<OrderKey, Candidate>();
      let date: { part: WallDate; text: string; locator?: Locator } | undefined;
      let time: { part: WallTime; text: string } | undefined;
      const section = sections[row.section] ?? null;
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
        const locator: Locator | undefined = base
          ? { path: [...base, `${at} > tr:nth-child(${row.index}) > ${cell.tag}:nth-child(${cell.index})`] }
          : undefined;
        if (r.ok === 'date') date = { part: r.date, text, ...(locator ? { locator } : {}) };
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
          order: i,
        };
        if (locator) candidate.locator = locator;
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
          ...(date.locator ? { locator: date.locator } : {}),
          order: 0,
        });
      }
      if (!IDS.some((k) => picked.has(k))) continue;
      const draft = buildDraft(picked);
      const summary = [
        IDS.map((k) => picked.get(k)?.text).find(Boolean),
        picked.get('paidAt')?.text,
        picked.get('amountMinor')?.text,
        picked.get('status')?.text,
      ]
        .filter((t): t is string => !!t)
        .join(' · ');
      out.push({ draft, summary: clip(summary, 500) });
    }
  }
  return out;
}
