import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { CaseEvent, EventActor, EventBody } from '../schema/event';
import { canonicalJson } from './canonical-json';

/** prevHash of a case's first event. */
export const GENESIS_HASH = '0'.repeat(64);

/** Hex SHA-256 of bytes; synchronous so it may run inside an IndexedDB transaction. */
export function sha256Hex(bytes: Uint8Array): string {
  return bytesToHex(sha256(bytes));
}

/** The hash an event must carry: over its canonical JSON without the hash itself. */
export function eventHash(event: Omit<CaseEvent, 'hash'> | CaseEvent): string {
  const { hash: _ignored, ...content } = event as CaseEvent;
  return sha256Hex(utf8ToBytes(canonicalJson(content)));
}

export interface ChainHead {
  caseId: string;
  eventCount: number;
  lastHeadHash: string;
}

/** Builds the next event of a case, chained to its head. */
export function sealEvent(head: ChainHead, body: EventBody, actor: EventActor, at: string, id: string): CaseEvent {
  const unsealed = {
    id,
    caseId: head.caseId,
    seq: head.eventCount,
    at,
    ...actor,
    prevHash: head.eventCount === 0 ? GENESIS_HASH : head.lastHeadHash,
    ...body,
  } as Omit<CaseEvent, 'hash'>;
  return { ...unsealed, hash: eventHash(unsealed) } as CaseEvent;
}

/** Why a chain check failed: order, links, content, head, derived state, evidence bytes, or no case at all. */
export type ChainBreakReason = 'sequence' | 'prev_hash' | 'hash' | 'case_id' | 'head' | 'state' | 'evidence' | 'missing_case';

export type ChainCheck = { ok: true } | { ok: false; brokenAt: number; reason: ChainBreakReason };

/**
 * Checks events (sorted by seq) link up from the genesis hash to the expected head. brokenAt is the index of
 * the first event that does not fit, or the event count when the chain itself is fine but its head is not.
 */
export function checkChain(events: readonly CaseEvent[], head: ChainHead): ChainCheck {
  let prev = GENESIS_HASH;
  for (const [i, event] of events.entries()) {
    if (event.caseId !== head.caseId) return { ok: false, brokenAt: i, reason: 'case_id' };
    if (event.seq !== i) return { ok: false, brokenAt: i, reason: 'sequence' };
    if (event.prevHash !== prev) return { ok: false, brokenAt: i, reason: 'prev_hash' };
    if (eventHash(event) !== event.hash) return { ok: false, brokenAt: i, reason: 'hash' };
    prev = event.hash;
  }
  if (events.length !== head.eventCount || (events.length > 0 && prev !== head.lastHeadHash)) {
    return { ok: false, brokenAt: Math.min(events.length, head.eventCount), reason: 'head' };
  }
  return { ok: true };
}
