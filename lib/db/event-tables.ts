import type { EventType } from '../schema/event';
import type { CaseDb } from './case-db';

const EVIDENCE_EVENTS: ReadonlySet<EventType> = new Set(['evidence_added', 'evidence_removed', 'evidence_purged']);

/**
 * The tables one event's write may touch, and so the scope of its transaction: every event moves its case, its
 * chain and its ledger row, and the search row whenever the case's search text changes (which a case written
 * by an older version may do on any event); evidence events their metadata and bytes, and a note nothing more
 * (it lives in its event). A write outside these fails with Dexie's "not part of transaction" and aborts the
 * whole write, never lands outside it; a narrower scope leaves the other tables free for other writers and
 * commits sooner.
 */
export function eventTables(db: CaseDb, type: EventType) {
  const side = EVIDENCE_EVENTS.has(type) ? [db.evidence, db.evidenceBlobs] : [];
  return [db.cases, db.events, db.ledger, db.caseSearch, ...side];
}
