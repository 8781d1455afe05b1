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

/**
 * Why a chain check failed: order, links, content, times going back, fewer events than the ledger recorded,
 * a head other than the ledger's, the case record's head, derived state, evidence bytes, or no case at all.
 */
export type ChainBreakReason =
  | 'sequence'
  | 'prev_hash'
  | 'hash'
  | 'case_id'
  | 'time'
  | 'truncated'
  | 'ledger'
  | 'head'
  | 'state'
  | 'evidence'
  | 'missing_case';

export type ChainCheck = { ok: true } | { ok: false; brokenAt: number; reason: ChainBreakReason };

/**
 * Checks events (sorted by seq) link up from the genesis hash, each dated no earlier than the one before
 * (instants as the store writes them sort as strings). brokenAt is the index of the first event that does not fit.
 */
export function checkLinks(events: readonly CaseEvent[], caseId: string): ChainCheck {
  let prev = GENESIS_HASH;
  let lastAt = '';
  for (const [i, event] of events.entries()) {
    if (event.caseId !== caseId) return { ok: false, brokenAt: i, reason: 'case_id' };
    if (event.seq !== i) return { ok: false, brokenAt: i, reason: 'sequence' };
    if (event.prevHash !== prev) return { ok: false, brokenAt: i, reason: 'prev_hash' };
    if (eventHash(event) !== event.hash) return { ok: false, brokenAt: i, reason: 'hash' };
    // A hash proves what an event says, not when it happened: a re-sealed chain may carry any times.
    if (event.at < lastAt) return { ok: false, brokenAt: i, reason: 'time' };
    prev = event.hash;
    lastAt = event.at;
  }
  return { ok: true };
}

/** Whether linked events end at the head: brokenAt is the shorter of the two counts when they do not. */
export function checkHead(events: readonly CaseEvent[], head: ChainHead): ChainCheck {
  const last = events.at(-1);
  if (events.length !== head.eventCount || (last && last.hash !== head.lastHeadHash)) {
    return { ok: false, brokenAt: Math.min(events.length, head.eventCount), reason: 'head' };
  }
  return { ok: true };
}

/** checkLinks, then checkHead: the events link up from genesis and end at the expected head. */
export function checkChain(events: readonly CaseEvent[], head: ChainHead): ChainCheck {
  const links = checkLinks(events, head.caseId);
  return links.ok ? checkHead(events, head) : links;
}
