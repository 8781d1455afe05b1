import type { CaseBundle } from '../schema/case-export';
import { canonicalJson } from './canonical-json';
import { replayCase } from './case-reducer';
import { checkChain, sha256Hex, type ChainCheck } from './event-chain';
import { loadCaseBundle } from './case-queries';
import type { StoreContext } from './store-context';

const byId = <T extends { id: string }>(items: readonly T[]) => canonicalJson([...items].sort((a, b) => a.id.localeCompare(b.id)));

/**
 * Checks a loaded case: its events chain from genesis to the case's head hash, and the case record, notes
 * and evidence metadata are exactly what the events say; loaded evidence bytes match their SHA-256.
 */
export function verifyBundle(bundle: CaseBundle): ChainCheck {
  const { events } = bundle;
  const chain = checkChain(events, {
    caseId: bundle.case.id,
    eventCount: bundle.case.eventCount,
    lastHeadHash: bundle.case.lastHeadHash,
  });
  if (!chain.ok) return chain;
  const replay = replayCase(events);
  const stateBroken = { ok: false, brokenAt: events.length, reason: 'state' } as const;
  if (!replay.ok) return stateBroken;
  if (canonicalJson(replay.value.record) !== canonicalJson(bundle.case)) return stateBroken;
  if (byId(replay.value.notes) !== byId(bundle.notes) || byId(replay.value.evidence) !== byId(bundle.evidence)) return stateBroken;
  for (const item of bundle.evidence) {
    const bytes = bundle.bytes[item.id];
    if (bytes && sha256Hex(bytes) !== item.sha256) return { ok: false, brokenAt: events.length, reason: 'evidence' };
  }
  return { ok: true };
}

/** Verifies a stored case's event chain, state and evidence bytes. */
export async function verifyCase(ctx: StoreContext, id: string): Promise<ChainCheck> {
  const loaded = await loadCaseBundle(ctx, id, { bytes: true });
  if (!loaded.ok) return { ok: false, brokenAt: 0, reason: 'missing_case' };
  return verifyBundle(loaded.value);
}
