import { z } from 'zod';
import { CASE_STATUSES } from './case-statuses';
import { CaptureDraft } from './capture';
import { Order } from './order';
import { VerdictAction } from './verdict';

/**
 * An instant as the case store writes it: UTC, exactly three fraction digits (Date#toISOString), so that
 * string order is time order and the IndexedDB indexes on it sort correctly.
 */
export const UtcInstant = z.iso.datetime({ precision: 3 });
export type UtcInstant = z.infer<typeof UtcInstant>;

/** Lower-case hex SHA-256. */
export const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'a lower-case hex SHA-256');

/** Where a case stands in the acquirer's process. */
export const CaseStatus = z.enum(CASE_STATUSES);
export type CaseStatus = z.infer<typeof CaseStatus>;

/** How the cancellation request reached the acquirer. */
export const SubmissionChannel = z.enum(['online_form', 'phone', 'email']);
export type SubmissionChannel = z.infer<typeof SubmissionChannel>;

export const Submission = z.object({
  channel: SubmissionChannel,
  /** The acquirer's reference for the request. */
  requestId: z.string().min(1).max(128),
  at: UtcInstant,
});
export type Submission = z.infer<typeof Submission>;

/** A verdict as stored: plain JSON, validated against the verdict schema by whoever reads it. */
export const VerdictSnapshot = z.record(z.string(), z.unknown());
export type VerdictSnapshot = z.infer<typeof VerdictSnapshot>;

/**
 * One case: an order on one portal origin. Everything here is the fold of the case's events (see
 * lib/db/case-reducer.ts), so verifyCase can recompute it and an import can rebuild it.
 */
export const CaseRecord = z.object({
  id: z.uuid(),
  origin: z.string().min(1).max(2000),
  /** The page the order was last captured from. */
  url: z.string().max(4000),
  /** Identity with origin; the page's order number at the first capture. */
  orderNo: z.string().min(1).max(128),
  /** The draft as last captured; the agent's edits live beside it, never in it. */
  page: CaptureDraft,
  edits: Order.partial(),
  status: CaseStatus,
  createdAt: UtcInstant,
  updatedAt: UtcInstant,
  /** The agent and rule set of the latest event that named them. */
  agent: z.string().max(100).nullable(),
  ruleSetId: z.string().max(100).nullable(),
  ruleSetVersion: z.number().int().nullable(),
  verdictSnapshot: VerdictSnapshot.optional(),
  /** The verdict's deadline, for the list filter and reminders. */
  deadline: UtcInstant.nullable(),
  action: VerdictAction.nullable(),
  /** Derived from the order, for search. */
  merchantName: z.string().max(256).nullable(),
  /** Derived lower-case orderNo, merchant name and id; version 3 keeps its search keys in the caseSearch table. */
  search: z.string().max(1000),
  submission: Submission.nullable(),
  rejectionReason: z.string().max(2000).nullable(),
  /** When the case entered its status: drives the follow-up reminder and evidence retention. */
  statusSince: UtcInstant,
  eventCount: z.number().int().nonnegative(),
  /**
   * Hash of the newest event. Whoever drops the last events can rewrite this too, so the ledger
   * (schema/ledger.ts) keeps the head apart, and verifyCase checks the events against it.
   */
  lastHeadHash: Sha256Hex,
});
export type CaseRecord = z.infer<typeof CaseRecord>;

/** A move in the case workflow, with what the new status needs. */
export const StatusTransition = z.discriminatedUnion('to', [
  z.object({ to: z.literal('submitted'), channel: SubmissionChannel, requestId: z.string().trim().min(1).max(128) }),
  z.object({ to: z.literal('under_review') }),
  z.object({ to: z.literal('approved') }),
  z.object({ to: z.literal('rejected'), reason: z.string().trim().min(1).max(2000) }),
  z.object({ to: z.literal('closed') }),
]);
export type StatusTransition = z.infer<typeof StatusTransition>;
