import type { FieldOutcome, FillReport, UndoEntry } from '../schema/fill';
import { clip } from '../format/text';
import { sleep } from './dom-events';
import type { Field, FillPlan, PlannedField } from './fill-types';
import { flashOutline } from './outline';
import { planIn } from './plan-fill';
import { validationMessage } from './read-field';
import { isVisible } from '../dom/visibility';
import { leftForYou } from './left-for-you';
import { writeChoice } from './write-choice';
import { isDatePicker, writeDate } from './write-date';
import { writeFiles } from './write-files';
import type { WriteResult } from './write-result';
import { writeText } from './write-text';

/** How long after filling the values are read again: some pages reset fields once a fill has happened. */
export const SETTLE_MS = 500;

export interface ExecuteOptions {
  /** Wait before the second read-back (default SETTLE_MS). */
  settleMs?: number;
}

/** The element a person sees for a field: a group's box, a styled file input's button. */
export function outlineTarget(field: Field): Element {
  if (field.kind === 'radio' || field.kind === 'checkbox' || field.kind === 'combobox') return field.box;
  if (field.kind === 'file' && !isVisible(field.el)) return field.el.parentElement ?? field.el;
  return field.el;
}

async function write(p: PlannedField, signal: AbortSignal): Promise<WriteResult> {
  switch (p.value.kind) {
    case 'text':
      if (p.value.date && isDatePicker(p.field.el))
        return writeDate(p.field, { ...p.value.date, text: p.value.text, compare: p.value.compare }, signal);
      return writeText(p.field, p.value.text, p.value.compare);
    case 'choice':
      return writeChoice(p.field, p.value.words, signal);
    case 'files':
      return writeFiles(p.field, p.value.files);
  }
}

interface Done {
  planned: PlannedField;
  result: WriteResult;
  outcome: FieldOutcome;
}

function toOutcome(p: PlannedField, r: WriteResult): FieldOutcome {
  const base: FieldOutcome = { key: p.key, label: clip(p.field.label, 200), outcome: r.outcome, locator: p.locator };
  if (p.part) base.part = p.part;
  if (r.value !== undefined) base.value = clip(r.value, 4000);
  if (r.outcome !== 'filled') {
    if (r.reason) base.reason = r.reason;
    if (r.message) base.message = clip(r.message, 500);
    if (r.seen?.length) base.seen = r.seen;
  }
  return base;
}

function isAbsent(p: PlannedField, signal: AbortSignal): WriteResult | null {
  if (signal.aborted) return { outcome: 'failed', reason: 'cancelled' };
  if (!p.field.el.isConnected) return { outcome: 'not_found' };
  const off = (e: Element) =>
    e.hasAttribute('disabled') ||
    e.closest('fieldset[disabled]') !== null ||
    e.getAttribute('aria-disabled') === 'true';
  const f = p.field;
  const disabled = f.members.length > 0 ? f.members.every(off) || off(f.box) : off(f.el) || off(f.box);
  return disabled ? { outcome: 'skipped', reason: 'disabled' } : null;
}

async function run(fields: readonly PlannedField[], signal: AbortSignal): Promise<Done[]> {
  const done: Done[] = [];
  for (const p of fields) {
    const result = isAbsent(p, signal) ?? (await write(p, signal));
    if (result.outcome === 'filled') flashOutline(outlineTarget(p.field), signal);
    done.push({ planned: p, result, outcome: toOutcome(p, result) });
  }
  return done;
}

/** Fields that appear only once an earlier choice is made (a refund amount after "退货"): plan and fill them too. */
async function revealed(
  plan: FillPlan,
  used: ReadonlySet<Element>,
  signal: AbortSignal,
): Promise<{ done: Done[]; unplanned: FieldOutcome[] }> {
  const missing = plan.unplanned.filter((u) => u.outcome === 'not_found').map((u) => u.key);
  if (missing.length === 0 || signal.aborted) return { done: [], unplanned: plan.unplanned };
  const values: Record<string, unknown> = { zone: plan.request.values.zone };
  const source = plan.request.values as Record<string, unknown>;
  for (const key of missing) values[key] = source[key];
  if (missing.includes('paidAt')) values.paidAtWall = plan.request.values.paidAtWall;
  if (missing.includes('requestType')) values.transactionType = plan.request.values.transactionType;
  const again = planIn(
    plan.doc,
    {
      values: values as FillPlan['request']['values'],
      files: missing.includes('files') ? plan.request.files : undefined,
    },
    used,
  );
  const conflicted = again.conflict ? again.fields.filter((f) => f.key === again.conflict?.key) : [];
  const done = await run(
    again.fields.filter((f) => !conflicted.includes(f)),
    signal,
  );
  const skipped: Done[] = conflicted.map((p) => {
    const result: WriteResult = { outcome: 'skipped', reason: 'conflict', value: again.conflict?.pageValue };
    return { planned: p, result, outcome: toOutcome(p, result) };
  });
  const found = new Set([...done, ...skipped].map((d) => d.planned.key));
  return { done: [...done, ...skipped], unplanned: plan.unplanned.filter((u) => !found.has(u.key)) };
}

/**
 * Writes the planned values so the page's framework registers them, one field at a time in reading order,
 * reads each back at once and again after `settleMs` (pages that reset fields), and reports every field.
 * A plan with a conflict writes nothing. The report's snapshot lets undoFill restore what was overwritten.
 */
export async function executeFill(
  plan: FillPlan,
  signal: AbortSignal,
  options: ExecuteOptions = {},
): Promise<FillReport> {
  const url = clip(plan.doc.URL ?? '', 4000);
  if (plan.conflict) {
    const held = plan.fields.map((p) => toOutcome(p, { outcome: 'skipped', reason: 'conflict' }));
    return { outcomes: [...held, ...plan.unplanned], conflict: plan.conflict, snapshot: { url, entries: [] } };
  }
  const first = await run(plan.fields, signal);
  const used = new Set(plan.fields.map((p) => p.field.el));
  const more = await revealed(plan, used, signal);
  const all = [...first, ...more.done];
  const filled = all.filter((d) => d.result.outcome === 'filled');
  if (filled.length > 0 && (await sleep(options.settleMs ?? SETTLE_MS, signal))) {
    for (const d of filled) {
      if (d.result.outcome !== 'filled') continue;
      if (!d.result.holds()) Object.assign(d.outcome, { outcome: 'failed', reason: 'reset_by_page' });
      else {
        const message = validationMessage(d.planned.field);
        if (message) Object.assign(d.outcome, { outcome: 'failed', reason: 'invalid', message: clip(message, 500) });
      }
    }
  }
  const entries: UndoEntry[] = [];
  for (const d of all) {
    const draft = d.result.entry;
    if (!draft) continue;
    const entry = { ...draft, key: d.planned.key, label: clip(d.planned.field.label, 200) } as UndoEntry;
    if (d.planned.part) entry.part = d.planned.part;
    entries.push(entry);
  }
  const left = leftForYou(all.map((d) => d.planned.field.el));
  return {
    outcomes: [...all.map((d) => d.outcome), ...more.unplanned],
    snapshot: { url, entries },
    ...(left.length ? { left } : {}),
  };
}
