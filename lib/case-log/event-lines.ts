import { caseStatusKey, fieldKey, type Lang, type Translate, actionText, evidenceText } from '../i18n';
import { zonedTimeText } from '../rules/format-text';
import type { CaseStatus } from '../schema/case';
import type { CaseEvent } from '../schema/event';
import { readLoggedFillReport, type LoggedFillReport } from '../schema/fill-report';
import type { Order } from '../schema/order';
import { valueText } from './value-text';

export interface EventLine {
  id: string;
  seq: number;
  at: string;
  agent: string | null;
  text: string;
}

interface LineOptions {
  t: Translate;
  lang: Lang;
  /** The zone times are shown in (the portal's). */
  zone: string;
}

const shortText = (text: string, max = 120) => {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
};

function pageText(url: string): string {
  try {
    const u = new URL(url);
    return `${u.host}${u.pathname}`;
  } catch {
    // Not an address (a page recorded without one): the text itself, shortened.
    return shortText(url, 80);
  }
}

/** Counts from a logged fill report. */
function fillCounts(report: LoggedFillReport): { filled: number; total: number } {
  return { filled: report.outcomes.filter((o) => o.outcome === 'filled').length, total: report.outcomes.length };
}

/** The field and page value of a fill that stopped because the form showed another order, if it did. */
function fillConflict(report: LoggedFillReport | null): { field: string; page: string } | null {
  const c = report?.conflict;
  return c ? { field: shortText(c.label, 60), page: shortText(c.pageValue, 60) } : null;
}

/**
 * Each event of a case as one sentence in the UI language, oldest first. The case is replayed alongside, so a
 * field edit can say what the value was before and an evidence removal can name the file.
 */
export function describeEvents(events: readonly CaseEvent[], { t, lang, zone }: LineOptions): EventLine[] {
  let page: Partial<Order> = {};
  let edits: Partial<Order> = {};
  const evidenceNames = new Map<string, string>();
  const status = (s: CaseStatus) => t(caseStatusKey(s));
  return events.map((event) => {
    const currency = edits.currency ?? page.currency ?? 'CNY';
    const value = (key: keyof Order, v: unknown) => valueText(key, v, { t, lang, currency, zone });
    let text: string;
    switch (event.type) {
      case 'captured':
        page = event.data.draft.values;
        text = t('log.ev.captured', { count: Object.keys(page).length, page: pageText(event.data.url) });
        break;
      case 'field_edited': {
        const { key } = event.data;
        const before = edits[key] ?? page[key];
        const cleared = event.data.value === undefined;
        edits = { ...edits, [key]: event.data.value };
        if (cleared) delete edits[key];
        const after = cleared ? page[key] : event.data.value;
        const params = { field: t(fieldKey(key)), from: value(key, before), to: value(key, after) };
        text = t(cleared ? 'log.ev.fieldCleared' : 'log.ev.fieldEdited', params);
        break;
      }
      case 'verdict_computed': {
        const action = event.data.action ? actionText(event.data.action, lang) : t('unset');
        const { deadline } = event.data;
        text = deadline
          ? t('log.ev.verdict', { action, deadline: zonedTimeText(deadline, zone, lang) })
          : t('log.ev.verdictNoDeadline', { action });
        break;
      }
      case 'form_filled': {
        // A report of another shape (an older or hand-made case file) still says that a fill happened.
        const report = readLoggedFillReport(event.data.report);
        const conflict = fillConflict(report);
        text = conflict
          ? t('log.ev.formConflict', conflict)
          : report
            ? t('log.ev.formFilled', fillCounts(report))
            : t('log.ev.formFilledPlain');
        break;
      }
      case 'form_fill_undone':
        text = t('log.ev.fillUndone', { restored: event.data.restored, total: event.data.total });
        break;
      case 'evidence_added': {
        const { evidence } = event.data;
        evidenceNames.set(evidence.id, evidence.name);
        text = t('log.ev.evidenceAdded', {
          kind: evidenceText(evidence.kind, lang),
          name: shortText(evidence.name, 80),
        });
        break;
      }
      case 'evidence_removed':
        text = t('log.ev.evidenceRemoved', {
          name: shortText(evidenceNames.get(event.data.evidenceId) ?? event.data.evidenceId, 80),
        });
        break;
      case 'evidence_purged':
        text = t('log.ev.purged', { count: event.data.evidenceIds.length, days: event.data.retentionDays });
        break;
      case 'note_added':
        text = t('log.ev.note', { text: shortText(event.data.text) });
        break;
      case 'status_changed': {
        const { from, to, channel, requestId, reason } = event.data;
        const base = { from: status(from), to: status(to) };
        if (channel && requestId)
          text = t('log.ev.statusSubmitted', {
            ...base,
            channel: t(`log.channel.${channel}`),
            requestId: shortText(requestId, 60),
          });
        else if (reason) text = t('log.ev.statusRejected', { ...base, reason: shortText(reason) });
        else text = t('log.ev.status', base);
        break;
      }
      case 'exported':
        text = t('log.ev.exported', { format: t(`log.format.${event.data.format}`) });
        break;
    }
    return { id: event.id, seq: event.seq, at: event.at, agent: event.agent, text };
  });
}
