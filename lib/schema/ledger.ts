import { z } from 'zod';
import { Sha256Hex, UtcInstant } from './case';

/**
 * Where a case's history ended at some moment: how many events, the last one's hash and time. A ledger row
 * only exists once a case has its first event, so the count is at least one.
 */
export const LedgerHead = z.strictObject({
  eventCount: z.number().int().positive(),
  lastHash: Sha256Hex,
  lastEventAt: UtcInstant,
});
export type LedgerHead = z.infer<typeof LedgerHead>;

/** A recorded deletion: when, how, and the head the case had then. */
export const Tombstone = z.strictObject({
  deletedAt: UtcInstant,
  /** The agent deleted the case, or a restore replaced the database with a backup that lacks it. */
  by: z.enum(['delete', 'restore']),
  ...LedgerHead.shape,
});
export type Tombstone = z.infer<typeof Tombstone>;

/**
 * One case in the append-only ledger (lib/db/ledger-row.ts): the head every event write moves on, in the same
 * transaction as the event. The count never goes down and a tombstone is never removed, so a history cut
 * short, rewritten or deleted behind the store's back no longer matches its row.
 */
export const LedgerRow = z.strictObject({
  caseId: z.uuid(),
  ...LedgerHead.shape,
  /** Set while the case is deleted; a re-import that continues the recorded head clears it (the tombstone stays). */
  deletedAt: UtcInstant.nullable(),
  /** Every deletion of the case, oldest first. */
  tombstones: z.array(Tombstone).max(1000),
});
export type LedgerRow = z.infer<typeof LedgerRow>;
