import type { CaseRecord } from '../schema/case';
import type { CaseEvent } from '../schema/event';
import type { LedgerHead, LedgerRow, Tombstone } from '../schema/ledger';

/** The head an event leaves its case at. */
export function headAfter(event: CaseEvent): LedgerHead {
  return { eventCount: event.seq + 1, lastHash: event.hash, lastEventAt: event.at };
}

/**
 * A case's ledger row once `last` is its newest event: a new case's first event starts the row, and a case
 * imported again after its deletion is live again with its tombstones kept. Callers check first that the
 * event continues the row's head (see guardLedger and the import), so the count only ever goes up.
 */
export function ledgerRowAfter(row: LedgerRow | undefined, last: CaseEvent): LedgerRow {
  return { caseId: last.caseId, ...headAfter(last), deletedAt: null, tombstones: row?.tombstones ?? [] };
}

/**
 * The row a case record's head stands for. The version 4 upgrade and the restore of an older backup start
 * the ledger from it: there is nothing older to check those heads against, so the ledger holds from then on.
 */
export function ledgerRowOfCase(c: Pick<CaseRecord, 'id' | 'eventCount' | 'lastHeadHash' | 'updatedAt'>): LedgerRow {
  return {
    caseId: c.id,
    eventCount: c.eventCount,
    lastHash: c.lastHeadHash,
    lastEventAt: c.updatedAt,
    deletedAt: null,
    tombstones: [],
  };
}

/** The row once its case is gone: the head stays as it was, and a tombstone records it with the time. */
export function tombstoned(row: LedgerRow, at: string, by: Tombstone['by']): LedgerRow {
  const { eventCount, lastHash, lastEventAt } = row;
  return {
    ...row,
    deletedAt: at,
    tombstones: [...row.tombstones, { deletedAt: at, by, eventCount, lastHash, lastEventAt }],
  };
}
