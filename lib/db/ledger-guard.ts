import type { CaseRecord } from '../schema/case';
import type { LedgerRow } from '../schema/ledger';
import { DbFailure } from './db-result';

/**
 * Refuses a write that would not continue the case's ledger row. The case must stand where its row says:
 * writing on a case cut short or rewritten behind the store's back would move the ledger back to it. And
 * the new event may not be dated before the last one: a clock set back would let an event pass for older
 * than it is, so the write is refused rather than the time clamped (a clamped time would be false too).
 */
export function guardLedger(caseId: string, current: CaseRecord | null, row: LedgerRow | undefined, at: string): void {
  if (!current) {
    if (row) throw new DbFailure('conflict', `Case ${caseId} is already in the ledger; a new case cannot take its id.`);
    return;
  }
  const which = `Case ${current.orderNo} (${caseId})`;
  if (!row)
    throw new DbFailure(
      'tampered',
      `${which} is not in this database's ledger: it was put here outside CancelDesk. Nothing was saved.`,
    );
  if (row.deletedAt) {
    throw new DbFailure(
      'tampered',
      `${which} was deleted on ${row.deletedAt}, yet it is here: it was put back outside CancelDesk. Nothing was saved.`,
    );
  }
  if (row.eventCount !== current.eventCount || row.lastHash !== current.lastHeadHash) {
    throw new DbFailure(
      'tampered',
      `${which} does not match the ledger (${row.eventCount} events recorded, the case says ${current.eventCount}): its history was changed outside CancelDesk. Nothing was saved.`,
    );
  }
  if (at < row.lastEventAt) {
    throw new DbFailure(
      'invalid',
      `The computer's clock reads ${at}, earlier than this case's last event (${row.lastEventAt}); an event may not be dated back. Set the clock right and try again; nothing was saved.`,
    );
  }
}
