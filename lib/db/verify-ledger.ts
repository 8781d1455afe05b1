import type { CaseRecord } from '../schema/case';
import type { LedgerRow } from '../schema/ledger';
import { attempt, type DbResult } from './db-result';
import type { StoreContext } from './store-context';

/**
 * How a case and its ledger row disagree: events the ledger recorded are missing; the history ends with
 * another event than the one recorded; it holds events the ledger never recorded; the ledger never recorded
 * the case; the case is gone with no tombstone; or the case is here although its deletion was recorded.
 */
export type LedgerFindingKind =
  'truncated' | 'rewritten' | 'unrecorded_events' | 'not_in_ledger' | 'deleted_without_trace' | 'deleted_but_present';

export interface LedgerFinding {
  kind: LedgerFindingKind;
  caseId: string;
  /** The case's order number; null when its record is gone. */
  orderNo: string | null;
  /** Events the ledger recorded (0 when it never recorded the case), and the count found that disagrees most. */
  recorded: number;
  found: number;
}

/** A deletion the ledger recorded: the case is gone and that is in order. */
export interface LedgerDeletion {
  caseId: string;
  deletedAt: string;
  eventCount: number;
}

export interface LedgerReport {
  /** Cases in the database. */
  cases: number;
  /** Recorded deletions of cases that are gone, oldest first. */
  deletions: LedgerDeletion[];
  /** One per case that disagrees with the ledger; empty when the database is consistent with it. */
  findings: LedgerFinding[];
}

/** What a case's record or its stored events say its head is. */
interface FoundHead {
  count: number;
  hash: string | undefined;
}

/** The head its stored events reach: how many there are, and the last one's hash. */
async function eventsHead(ctx: StoreContext, id: string): Promise<FoundHead> {
  const range = () => ctx.db.events.where('[caseId+seq]').between([id, -Infinity], [id, Infinity]);
  const [count, last] = await Promise.all([range().count(), range().last()]);
  return { count, hash: last?.hash };
}

type Finding = Omit<LedgerFinding, 'caseId' | 'orderNo'>;

/** How one case (its record, its events, or both, maybe neither) disagrees with its ledger row, or null. */
function findingOf(c: CaseRecord | undefined, row: LedgerRow | undefined, events: FoundHead): Finding | null {
  const heads: FoundHead[] = c ? [{ count: c.eventCount, hash: c.lastHeadHash }, events] : [events];
  const most = Math.max(...heads.map((h) => h.count));
  const present = c !== undefined || events.count > 0;
  if (!row) return present ? { kind: 'not_in_ledger', recorded: 0, found: most } : null;
  const recorded = row.eventCount;
  if (row.deletedAt) return present ? { kind: 'deleted_but_present', recorded, found: most } : null;
  if (!c) return { kind: 'deleted_without_trace', recorded, found: events.count };
  const fewest = Math.min(...heads.map((h) => h.count));
  if (fewest < recorded) return { kind: 'truncated', recorded, found: fewest };
  if (most > recorded) return { kind: 'unrecorded_events', recorded, found: most };
  if (heads.some((h) => h.hash !== row.lastHash)) return { kind: 'rewritten', recorded, found: recorded };
  return null;
}

/**
 * Checks every case against the ledger and every ledger row against its case, at the heads: the case
 * record's and its stored events' count and last hash against the ledger's. Cheap enough to run whenever
 * the database opens; verifyCase checks one case's whole chain. A case gone with a tombstone is a recorded
 * deletion, not a finding. One read transaction, so a write in between cannot look like a disagreement.
 */
export async function verifyLedger(ctx: StoreContext): Promise<DbResult<LedgerReport>> {
  const { db } = ctx;
  return attempt(() =>
    db.transaction('r', [db.cases, db.events, db.ledger], async () => {
      const [cases, rows] = await Promise.all([db.cases.toArray(), db.ledger.toArray()]);
      const byId = new Map(cases.map((c) => [c.id, c]));
      const ledger = new Map(rows.map((r) => [r.caseId, r]));
      const ids = [...new Set([...byId.keys(), ...ledger.keys()])].sort();
      const heads = await Promise.all(ids.map((id) => eventsHead(ctx, id)));
      const report: LedgerReport = { cases: cases.length, deletions: [], findings: [] };
      for (const [i, id] of ids.entries()) {
        const c = byId.get(id);
        const row = ledger.get(id);
        const finding = findingOf(c, row, heads[i] ?? { count: 0, hash: undefined });
        if (finding) report.findings.push({ ...finding, caseId: id, orderNo: c?.orderNo ?? null });
        else if (row?.deletedAt)
          report.deletions.push({ caseId: id, deletedAt: row.deletedAt, eventCount: row.eventCount });
      }
      report.deletions.sort((a, b) => a.deletedAt.localeCompare(b.deletedAt) || a.caseId.localeCompare(b.caseId));
      return report;
    }),
  );
}

const FINDING_WORDS: Record<LedgerFindingKind, string> = {
  truncated: 'events the ledger recorded are missing',
  rewritten: 'its history ends with another event than the one the ledger recorded',
  unrecorded_events: 'it holds events the ledger never recorded',
  not_in_ledger: 'the ledger never recorded it',
  deleted_without_trace: 'it is gone, and the ledger recorded no deletion',
  deleted_but_present: 'it is here, although the ledger recorded its deletion',
};

/** A finding in a sentence, for the store's own messages (a refused restore); the panel words findings itself. */
export function ledgerFindingText(f: LedgerFinding): string {
  const which = f.orderNo ? `Case ${f.orderNo} (${f.caseId})` : `Case ${f.caseId}`;
  return `${which}: ${FINDING_WORDS[f.kind]} (${f.recorded} recorded, ${f.found} found).`;
}
