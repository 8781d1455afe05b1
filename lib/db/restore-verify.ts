import { searchFields } from './case-fields';
import { sameNotes } from './case-notes';
import { caseEvents } from './case-queries';
import { reason } from '../export/import-reason';
import { DbFailure } from './db-result';
import type { ChainCheck } from './event-chain';
import { ledgerRowOfCase } from './ledger-row';
import { NOTES_IN_EVENTS_SINCE_VERSION, type RestoreScratch } from './restore-scratch';
import type { StoreContext } from './store-context';
import { verifyCase } from './verify-case';
import { ledgerFindingText, verifyLedger } from './verify-ledger';

export interface RestoreSummary {
  cases: number;
  events: number;
}

/** The first schema version whose backups carry the ledger. */
const LEDGER_SINCE_VERSION = 4;

/**
 * A case of an older backup, whose notes table the restore does not copy: its note rows must say exactly what
 * its events say, as verifyCase checked them when that version stored them, or the backup was edited.
 */
async function notesCheck(ctx: StoreContext, scratch: RestoreScratch, id: string): Promise<ChainCheck> {
  const [rows, events] = await Promise.all([scratch.notes.where('caseId').equals(id).toArray(), caseEvents(ctx, id)]);
  return sameNotes(rows, events) ? { ok: true } : { ok: false, brokenAt: events.length, reason: 'state' };
}

/**
 * Checks every case in a restore's scratch database, and that nothing in it belongs to no case; one case's
 * bytes at a time. Each case is verified against the backup's ledger, and the ledger against the cases (a
 * row whose case is missing without a tombstone is refused), so a backup cut short or with a case taken out
 * does not restore. A backup older than the ledger gets one built from its cases' heads first, as the
 * version 4 upgrade does; each case's chain must still reach that head. An older backup's notes must match
 * the events (see notesCheck).
 */
export async function verifyScratch(
  ctx: StoreContext,
  scratch: RestoreScratch,
  backupVersion: number,
): Promise<RestoreSummary> {
  // A backup from schema version 1 lacks the derived search text; fill it as the version 2 upgrade does.
  await scratch.cases.toCollection().modify((c) => {
    Object.assign(c, searchFields(c));
  });
  if (backupVersion < LEDGER_SINCE_VERSION) {
    if (await scratch.ledger.count())
      throw new DbFailure(
        'invalid',
        `This backup says it comes from version ${backupVersion}, which had no ledger, yet it holds one.`,
        reason('backupLedgerInOldVersion', { version: backupVersion }),
      );
    await scratch.ledger.bulkAdd((await scratch.cases.toArray()).map(ledgerRowOfCase));
  }
  const scratchCtx: StoreContext = { db: scratch, now: ctx.now };
  const caseIds = await scratch.cases.toCollection().primaryKeys();
  for (const id of caseIds) {
    let check = await verifyCase(scratchCtx, id);
    if (check.ok && backupVersion < NOTES_IN_EVENTS_SINCE_VERSION) check = await notesCheck(scratchCtx, scratch, id);
    if (!check.ok) {
      const c = await scratch.cases.get(id);
      throw new DbFailure(
        'tampered',
        `Case ${c?.orderNo ?? ''} (${id}) in the backup fails its check at event ${check.brokenAt}: ${check.reason}.`,
        reason(`chain.${check.reason}`, { file: `${c?.orderNo ?? ''} (${id})`, path: `events[${check.brokenAt}]` }),
      );
    }
  }
  const ledger = await verifyLedger(scratchCtx);
  if (!ledger.ok)
    throw new DbFailure(
      'invalid',
      `The backup's ledger could not be read: ${ledger.error.message}`,
      reason('backupLedgerUnreadable'),
    );
  const [finding] = ledger.value.findings;
  if (finding)
    throw new DbFailure(
      'tampered',
      `The backup does not match its own ledger. ${ledgerFindingText(finding)}`,
      reason(`ledger.${finding.kind}`, {
        which: finding.orderNo ? `${finding.orderNo} (${finding.caseId})` : finding.caseId,
        recorded: finding.recorded,
        found: finding.found,
      }),
    );
  const known = new Set(caseIds);
  const [eventKeys, noteCases, evidenceCases, evidenceIds, blobIds] = await Promise.all([
    scratch.events.orderBy('[caseId+seq]').keys(),
    scratch.notes.orderBy('caseId').uniqueKeys(),
    scratch.evidence.orderBy('caseId').uniqueKeys(),
    scratch.evidence.toCollection().primaryKeys(),
    scratch.evidenceBlobs.toCollection().primaryKeys(),
  ]);
  const withEvidence = new Set(evidenceIds);
  const orphan =
    eventKeys.some((k) => !known.has(String((k as unknown[])[0]))) ||
    [...noteCases, ...evidenceCases].some((id) => !known.has(String(id))) ||
    blobIds.some((id) => !withEvidence.has(id));
  if (orphan)
    throw new DbFailure('tampered', 'The backup holds records that belong to no case.', reason('backupOrphans'));
  return { cases: caseIds.length, events: eventKeys.length };
}
