import { caseFieldState } from '../db/case-fields';
import {
  caseStatusKey,
  channelKey,
  evidenceKey,
  exportEventKey,
  fieldKey,
  translator,
  type Lang,
  type Translate,
} from '../i18n';
import type { CaseBundle } from '../schema/case-export';
import type { CaseEvent } from '../schema/event';
import { ORDER_KEYS, type OrderKey } from '../schema/order';
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
  /** The section headings. */
  labels: Record<'order' | 'evidence' | 'notes' | 'history' | 'chainOk', string>;
}

export interface SummaryOptions {
  /** IANA zone the times are shown in; UTC when absent. */
  zone?: string;
}

function fieldText(key: OrderKey, value: unknown, currency: string, t: Translate, zone?: string): string {
  if (value === undefined || value === null) return t('export.none');
  if ((key === 'amountMinor' || key === 'refundedMinor') && typeof value === 'number')
    return formatMinor(value, currency);
  if (key === 'paidAt' && typeof value === 'string') return formatInstant(value, zone);
  if (typeof value === 'boolean') return t(value ? 'export.yes' : 'export.no');
  return oneLine(String(value));
}

function eventText(event: CaseEvent, t: Translate, currency: string, zone?: string): string {
  const head = t(exportEventKey(event.type));
  switch (event.type) {
    case 'captured':
      return `${head}: ${oneLine(event.data.url)}`;
    case 'field_edited': {
      const name = t(fieldKey(event.data.key));
      return `${head}: ${name} = ${fieldText(event.data.key, event.data.value, currency, t, zone)}`;
    }
    case 'verdict_computed':
      return `${head}: ${event.data.action ?? t('export.none')}${event.data.deadline ? `, ${t('export.deadline')} ${formatInstant(event.data.deadline, zone)}` : ''}`;
    case 'status_changed': {
      const { from, to, channel, requestId, reason } = event.data;
      const extra = [channel ? t(channelKey(channel)) : null, requestId, reason]
        .filter(Boolean)
        .map((s) => oneLine(String(s)));
      return `${head}: ${t(caseStatusKey(from))} → ${t(caseStatusKey(to))}${extra.length ? ` (${extra.join(', ')})` : ''}`;
    }
    case 'evidence_added':
      return `${head}: ${t(evidenceKey(event.data.evidence.kind))}, ${oneLine(event.data.evidence.name)}`;
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
export function caseSummary(bundle: CaseBundle, lang: Lang, options: SummaryOptions = {}): CaseSummary {
  const t = translator(lang);
  const none = t('export.none');
  const c = bundle.case;
  const zone = options.zone;
  const currency = (caseFieldState(c, 'currency').value as string | undefined) ?? 'CNY';
  const facts: SummaryRow[] = [
    { label: t('export.caseId'), value: c.id },
    { label: t('export.origin'), value: oneLine(c.origin) },
    { label: t('export.url'), value: oneLine(c.url) },
    { label: t('export.status'), value: t(caseStatusKey(c.status)) },
    { label: t('export.createdAt'), value: formatInstant(c.createdAt, zone) },
    { label: t('export.updatedAt'), value: formatInstant(c.updatedAt, zone) },
    { label: t('export.agent'), value: c.agent ? oneLine(c.agent) : none },
    { label: t('export.ruleSet'), value: c.ruleSetId ? oneLine(`${c.ruleSetId} v${c.ruleSetVersion ?? '?'}`) : none },
    { label: t('export.action'), value: c.action ?? none },
    { label: t('export.deadline'), value: c.deadline ? formatInstant(c.deadline, zone) : none },
  ];
  if (c.submission) {
    facts.push({
      label: t('export.submission'),
      value: `${t(channelKey(c.submission.channel))}, ${oneLine(c.submission.requestId)}, ${formatInstant(c.submission.at, zone)}`,
    });
  }
  if (c.rejectionReason) facts.push({ label: t('export.rejectionReason'), value: oneLine(c.rejectionReason) });
  const order = ORDER_KEYS.flatMap((key) => {
    const state = caseFieldState(c, key);
    if (state.value === undefined && state.pageValue === undefined) return [];
    const shown = fieldText(key, state.value, currency, t, zone);
    const value = state.edited
      ? `${shown} (${t('export.editedFrom')} ${fieldText(key, state.pageValue, currency, t, zone)})`
      : shown;
    return [{ label: t(fieldKey(key)), value }];
  });
  const evidence = bundle.evidence.map((e) => ({
    label: t(evidenceKey(e.kind)),
    value: oneLine(
      [e.name, e.type, `${e.size} B`, `SHA-256 ${e.sha256}`, e.note, e.purgedAt ? t('export.purged') : undefined]
        .filter(Boolean)
        .join(', '),
    ),
  }));
  const who = (agent: string | null) => (agent ? oneLine(agent) : none);
  return {
    title: `${t('export.title')} ${oneLine(c.orderNo)}`,
    facts,
    order,
    evidence,
    notes: bundle.notes.map((n) => ({ at: formatInstant(n.at, zone), agent: who(n.agent), text: cleanText(n.text) })),
    history: bundle.events.map((e) => ({
      at: formatInstant(e.at, zone),
      agent: who(e.agent),
      text: eventText(e, t, currency, zone),
    })),
    headHash: c.lastHeadHash,
    labels: {
      order: t('export.order'),
      evidence: t('export.evidence'),
      notes: t('export.notes'),
      history: t('export.history'),
      chainOk: t('export.chainOk'),
    },
  };
}
