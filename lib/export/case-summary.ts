import { caseFieldState } from '../db/case-fields';
import { translator, type MessageKey } from '../i18n';
import type { CaseBundle } from '../schema/case-export';
import type { CaseEvent } from '../schema/event';
import { ORDER_KEYS, type OrderKey } from '../schema/order';
import { EXPORT_LABELS, type ExportLang } from './export-labels';
import { formatInstant } from '../format/instant';
import { formatMinor } from '../format/money';
import { cleanText, oneLine } from '../format/text';

export interface SummaryRow {
  label: string;
  value: string;
}

export interface SummaryEntry {
  at: string;
  agent: string;
  text: string;
}

/** A case laid out for people, in one language; Markdown, text and HTML render it. */
export interface CaseSummary {
  title: string;
  facts: SummaryRow[];
  order: SummaryRow[];
  evidence: SummaryRow[];
  notes: SummaryEntry[];
  history: SummaryEntry[];
  headHash: string;
  labels: (typeof EXPORT_LABELS)[ExportLang];
}

export interface SummaryOptions {
  /** IANA zone the times are shown in; UTC when absent. */
  zone?: string;
}

function fieldText(key: OrderKey, value: unknown, currency: string, lang: ExportLang, zone?: string): string {
  const l = EXPORT_LABELS[lang];
  if (value === undefined || value === null) return l.none;
  if ((key === 'amountMinor' || key === 'refundedMinor') && typeof value === 'number')
    return formatMinor(value, currency);
  if (key === 'paidAt' && typeof value === 'string') return formatInstant(value, zone);
  if (typeof value === 'boolean') return value ? l.yes : l.no;
  return oneLine(String(value));
}

function eventText(event: CaseEvent, lang: ExportLang, currency: string, zone?: string): string {
  const l = EXPORT_LABELS[lang];
  const field = translator(lang);
  const head = l.events[event.type];
  switch (event.type) {
    case 'captured':
      return `${head}: ${oneLine(event.data.url)}`;
    case 'field_edited': {
      const name = field(`field.${event.data.key}` as MessageKey);
      return `${head}: ${name} = ${fieldText(event.data.key, event.data.value, currency, lang, zone)}`;
    }
    case 'verdict_computed':
      return `${head}: ${event.data.action ?? l.none}${event.data.deadline ? `, ${l.deadline} ${formatInstant(event.data.deadline, zone)}` : ''}`;
    case 'status_changed': {
      const { from, to, channel, requestId, reason } = event.data;
      const extra = [channel ? l.channels[channel] : null, requestId, reason]
        .filter(Boolean)
        .map((s) => oneLine(String(s)));
      return `${head}: ${l.statuses[from]} → ${l.statuses[to]}${extra.length ? ` (${extra.join(', ')})` : ''}`;
    }
    case 'evidence_added':
      return `${head}: ${l.kinds[event.data.evidence.kind]}, ${oneLine(event.data.evidence.name)}`;
    case 'evidence_purged':
      return `${head}: ${event.data.evidenceIds.length}`;
    case 'note_added': {
      const text = oneLine(event.data.text);
      return `${head}: ${text.length > 80 ? `${text.slice(0, 79)}…` : text}`;
    }
    case 'exported':
      return `${head}: ${event.data.format}`;
    case 'form_fill_undone':
      return `${head}: ${event.data.restored}/${event.data.total}`;
    default:
      return head;
  }
}

/** Lays a case out for people: facts, order fields, evidence, notes and history, all as cleaned text. */
export function caseSummary(bundle: CaseBundle, lang: ExportLang, options: SummaryOptions = {}): CaseSummary {
  const l = EXPORT_LABELS[lang];
  const t = translator(lang);
  const c = bundle.case;
  const zone = options.zone;
  const currency = (caseFieldState(c, 'currency').value as string | undefined) ?? 'CNY';
  const facts: SummaryRow[] = [
    { label: l.caseId, value: c.id },
    { label: l.origin, value: oneLine(c.origin) },
    { label: l.url, value: oneLine(c.url) },
    { label: l.status, value: l.statuses[c.status] },
    { label: l.createdAt, value: formatInstant(c.createdAt, zone) },
    { label: l.updatedAt, value: formatInstant(c.updatedAt, zone) },
    { label: l.agent, value: c.agent ? oneLine(c.agent) : l.none },
    { label: l.ruleSet, value: c.ruleSetId ? oneLine(`${c.ruleSetId} v${c.ruleSetVersion ?? '?'}`) : l.none },
    { label: l.action, value: c.action ?? l.none },
    { label: l.deadline, value: c.deadline ? formatInstant(c.deadline, zone) : l.none },
  ];
  if (c.submission) {
    facts.push({
      label: l.submission,
      value: `${l.channels[c.submission.channel]}, ${oneLine(c.submission.requestId)}, ${formatInstant(c.submission.at, zone)}`,
    });
  }
  if (c.rejectionReason) facts.push({ label: l.rejectionReason, value: oneLine(c.rejectionReason) });
  const order = ORDER_KEYS.flatMap((key) => {
    const state = caseFieldState(c, key);
    if (state.value === undefined && state.pageValue === undefined) return [];
    const shown = fieldText(key, state.value, currency, lang, zone);
    const value = state.edited
      ? `${shown} (${l.editedFrom} ${fieldText(key, state.pageValue, currency, lang, zone)})`
      : shown;
    return [{ label: t(`field.${key}` as MessageKey), value }];
  });
  const evidence = bundle.evidence.map((e) => ({
    label: l.kinds[e.kind],
    value: oneLine(
      [e.name, e.type, `${e.size} B`, `SHA-256 ${e.sha256}`, e.note, e.purgedAt ? l.purged : undefined]
        .filter(Boolean)
        .join(', '),
    ),
  }));
  const who = (agent: string | null) => (agent ? oneLine(agent) : l.none);
  return {
    title: `${l.title} ${oneLine(c.orderNo)}`,
    facts,
    order,
    evidence,
    notes: bundle.notes.map((n) => ({ at: formatInstant(n.at, zone), agent: who(n.agent), text: cleanText(n.text) })),
    history: bundle.events.map((e) => ({
      at: formatInstant(e.at, zone),
      agent: who(e.agent),
      text: eventText(e, lang, currency, zone),
    })),
    headHash: c.lastHeadHash,
    labels: l,
  };
}
