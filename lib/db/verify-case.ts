import type { CaseBundle } from '../schema/case-export';
import type { CaseEvent } from '../schema/event';
import type { LedgerRow } from '../schema/ledger';
import { canonicalJson } from './canonical-json';
import { replayCase } from './case-reducer';
import { readCaseBundles } from './case-queries';
import { attempt } from './db-result';
import { checkHead, checkLinks, sha256Hex, type ChainCheck } from './event-chain';
import type { StoreContext } from './store-context';

const byId = <T extends { id: string }>(items: readonly T[]) =>
  canonicalJson([...items].sort((a, b) => a.id.localeCompare(b.id)));

const broken = (brokenAt: number, reason: 'truncated' | 'ledger'): ChainCheck => ({ ok: false, brokenAt, reason });

/**
 * Where linked events stand against their case's ledger row; null when they end exactly at its head. The
 * case record cannot vouch for this: whoever drops the last events can rewrite the record's head as well.
 */
function ledgerBreak(events: readonly CaseEvent[], row: LedgerRow | undefined): ChainCheck | null {
  // A case the ledger never recorded, or recorded as deleted, was put here outside the store.
  if (!row || row.deletedAt) return broken(events.length, 'ledger');
  if (events.length < row.eventCount) return broken(events.length, 'truncated');
  if (events[row.eventCount - 1]?.hash !== row.lastHash) return broken(row.eventCount - 1, 'ledger');
  if (events.length > row.eventCount) return broken(row.eventCount, 'ledger');
  return null;
}

/**
 * Checks a loaded case: its events link up from genesis, never going back in time, and end at the head its
 * ledger row records (then at the case record's head); the case record, notes and evidence metadata are
 * exactly what the events say; loaded evidence bytes match their SHA-256. Passing means the case is
 * consistent with the ledger, which lives in the same database: it cannot prove more than that.
 */
export function verifyBundle(bundle: CaseBundle, ledger: LedgerRow | undefined): ChainCheck {
  const { events } = bundle;
  const links = checkLinks(events, bundle.case.id);
  if (!links.ok) return links;
  const behind = ledgerBreak(events, ledger);
  if (behind) return behind;
  const head = checkHead(events, {
    caseId: bundle.case.id,
    eventCount: bundle.case.eventCount,
    lastHeadHash: bundle.case.lastHeadHash,
  });
  if (!head.ok) return head;
  const replay = replayCase(events);
  const stateBroken = { ok: false, brokenAt: events.length, reason: 'state' } as const;
  if (!replay.ok) return stateBroken;
  if (canonicalJson(replay.value.record) !== canonicalJson(bundle.case)) return stateBroken;
  if (byId(replay.value.notes) !== byId(bundle.notes) || byId(replay.value.evidence) !== byId(bundle.evidence))
    return stateBroken;
  for (const item of bundle.evidence) {
    const bytes = bundle.bytes[item.id];
    if (bytes && sha256Hex(bytes) !== item.sha256) return { ok: false, brokenAt: events.length, reason: 'evidence' };
  }
  return { ok: true };
}

/**
 * Verifies a stored case (its chain, ledger head, state and evidence bytes), read in one transaction with its
 * ledger row. Note rows the version 5 upgrade kept because they disagreed with the events (case-db.ts) were
 * edited behind the log: the case's state is broken, as version 4 reported it.
 */
export async function verifyCase(ctx: StoreContext, id: string): Promise<ChainCheck> {
  const { db } = ctx;
  const loaded = await attempt(() =>
    db.transaction('r', db.all, () =>
      Promise.all([readCaseBundles(ctx, [id], { bytes: true }), db.ledger.get(id), db.noteMismatches.get(id)]),
    ),
  );
  const bundle = loaded.ok ? loaded.value[0][0] : undefined;
  if (!loaded.ok || !bundle) return { ok: false, brokenAt: 0, reason: 'missing_case' };
  const check = verifyBundle(bundle, loaded.value[1]);
  if (check.ok && loaded.value[2]) return { ok: false, brokenAt: bundle.events.length, reason: 'state' };
  return check;
}
