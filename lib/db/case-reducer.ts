import { Order } from '../schema/order';
import type { CaseRecord } from '../schema/case';
import type { CaseEvent } from '../schema/event';
import type { EvidenceRecord } from '../schema/evidence';
import type { NoteRecord } from '../schema/note';
import { noteOf } from './case-notes';
import { canTransition } from './case-workflow';
import { searchFields } from './case-fields';

export type Fold<T> = { ok: true; value: T } | { ok: false; message: string };

const fail = (message: string): Fold<never> => ({ ok: false, message });

type CaseFields = Omit<
  CaseRecord,
  'updatedAt' | 'eventCount' | 'lastHeadHash' | 'agent' | 'ruleSetId' | 'ruleSetVersion'
>;

function create(event: CaseEvent): Fold<CaseFields> {
  if (event.type !== 'captured') return fail(`a case must start with a "captured" event, not "${event.type}"`);
  const { origin, url, draft } = event.data;
  const orderNo = draft.values.orderNo;
  if (!orderNo) return fail('the first capture has no order number');
  const page = { values: draft.values, sources: draft.sources };
  return {
    ok: true,
    value: {
      id: event.caseId,
      origin,
      url,
      orderNo,
      page,
      edits: {},
      status: 'draft',
      createdAt: event.at,
      deadline: null,
      action: null,
      submission: null,
      rejectionReason: null,
      statusSince: event.at,
      ...searchFields({ page, edits: {}, orderNo }),
    },
  };
}

function change(c: CaseRecord, event: CaseEvent): Fold<CaseFields> {
  switch (event.type) {
    case 'captured': {
      const { origin, url, draft } = event.data;
      if (origin !== c.origin) return fail(`capture from ${origin} on a case of ${c.origin}`);
      if (draft.values.orderNo !== c.orderNo)
        return fail(`capture of order ${draft.values.orderNo ?? '(none)'} on case ${c.orderNo}`);
      return { ok: true, value: { ...c, url, page: draft } };
    }
    case 'field_edited': {
      const { key, value } = event.data;
      const edits = { ...c.edits };
      if (value === undefined) delete edits[key];
      else {
        const parsed = Order.shape[key].safeParse(value);
        if (!parsed.success) return fail(`invalid value for ${key}: ${parsed.error.issues[0]?.message ?? 'rejected'}`);
        Object.assign(edits, { [key]: parsed.data });
      }
      return { ok: true, value: { ...c, edits } };
    }
    case 'verdict_computed':
      return {
        ok: true,
        value: { ...c, verdictSnapshot: event.data.verdict, deadline: event.data.deadline, action: event.data.action },
      };
    case 'status_changed': {
      const { from, to, channel, requestId, reason } = event.data;
      if (from !== c.status) return fail(`status change from ${from} but the case is ${c.status}`);
      if (!canTransition(from, to)) return fail(`the workflow does not allow ${from} → ${to}`);
      if (to === 'submitted' && (!channel || !requestId)) return fail('a submission needs a channel and a request id');
      if (to === 'rejected' && !reason) return fail('a rejection needs a reason');
      return {
        ok: true,
        value: {
          ...c,
          status: to,
          submission: to === 'submitted' && channel && requestId ? { channel, requestId, at: event.at } : c.submission,
          rejectionReason: to === 'rejected' ? (reason ?? null) : c.rejectionReason,
          statusSince: event.at,
        },
      };
    }
    default:
      return { ok: true, value: c };
  }
}

/** The case after one more event; the one place that says what each event does to a case. */
export function applyEvent(c: CaseRecord | null, event: CaseEvent): Fold<CaseRecord> {
  const next = c ? change(c, event) : create(event);
  if (!next.ok) return next;
  const fields = next.value;
  const byRuleSet = event.ruleSetId !== null;
  return {
    ok: true,
    value: {
      ...fields,
      ...searchFields(fields),
      updatedAt: event.at,
      agent: event.agent ?? c?.agent ?? null,
      ruleSetId: byRuleSet ? event.ruleSetId : (c?.ruleSetId ?? null),
      ruleSetVersion: byRuleSet ? event.ruleSetVersion : (c?.ruleSetVersion ?? null),
      eventCount: event.seq + 1,
      lastHeadHash: event.hash,
    },
  };
}

/** The evidence record an event creates, if any. */
export function evidenceOf(event: CaseEvent): EvidenceRecord | null {
  if (event.type !== 'evidence_added') return null;
  return { ...event.data.evidence, caseId: event.caseId };
}

export interface CaseReplay {
  record: CaseRecord;
  notes: NoteRecord[];
  evidence: EvidenceRecord[];
}

/** Rebuilds a case, its notes and its evidence metadata from its events (sorted by seq). */
export function replayCase(events: readonly CaseEvent[]): Fold<CaseReplay> {
  let record: CaseRecord | null = null;
  const notes: NoteRecord[] = [];
  const evidence = new Map<string, EvidenceRecord>();
  for (const [i, event] of events.entries()) {
    const next = applyEvent(record, event);
    if (!next.ok) return fail(`event ${i} (${event.type}): ${next.message}`);
    record = next.value;
    const note = noteOf(event);
    if (note) notes.push(note);
    const added = evidenceOf(event);
    if (added) {
      if (evidence.has(added.id)) return fail(`event ${i}: evidence ${added.id} added twice`);
      evidence.set(added.id, added);
    }
    if (event.type === 'evidence_removed' && !evidence.delete(event.data.evidenceId)) {
      return fail(`event ${i}: removes evidence ${event.data.evidenceId}, which is not there`);
    }
    if (event.type === 'evidence_purged') {
      for (const id of event.data.evidenceIds) {
        const item = evidence.get(id);
        if (!item) return fail(`event ${i}: purges evidence ${id}, which is not there`);
        evidence.set(id, { ...item, purgedAt: event.at });
      }
    }
  }
  if (!record) return fail('a case needs at least one event');
  return { ok: true, value: { record, notes, evidence: [...evidence.values()] } };
}
