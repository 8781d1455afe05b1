import { z } from 'zod';
import { Locator } from './capture';
import { FILL_KEYS, FILL_REASONS, REQUEST_TYPES } from './fill-keys';
import { Instant, TransactionType } from './order';

/** A wall-clock time without an offset, "2026-11-25T14:03:27". */
export const WallClock = z.string().regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/);

/** What the form filler can put into a portal's cancellation form. */
export const FillKey = z.enum(FILL_KEYS);
export type FillKey = z.infer<typeof FillKey>;

/** The kind of cancellation requested; matched to the form's own wording. */
export const RequestType = z.enum(REQUEST_TYPES);
export type RequestType = z.infer<typeof RequestType>;

/** Why the cancellation is requested; matched to the form's options in zh or en. */
export const FillReason = z.enum(FILL_REASONS);
export type FillReason = z.infer<typeof FillReason>;

export const FillValues = z.object({
  orderNo: z.string().min(1).max(128).optional(),
  amountMinor: z.number().int().nonnegative().optional(),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .optional(),
  paidAt: Instant.optional(),
  /** paidAt on the portal's clock (zone), as the panel worked it out through Temporal: the form gets this. */
  paidAtWall: WallClock.optional(),
  /** The zone the portal shows times in (the panel checks it is one: PortalZone). */
  zone: z.string().min(1).max(64),
  merchantId: z.string().min(1).max(64).optional(),
  terminalId: z.string().min(1).max(64).optional(),
  batchNo: z.string().min(1).max(32).optional(),
  voucherNo: z.string().min(1).max(32).optional(),
  referenceNo: z.string().min(1).max(64).optional(),
  authCode: z.string().min(1).max(32).optional(),
  /** The original transaction's type: picks "预授权完成撤销" over "消费撤销" for a void of a completion. */
  transactionType: TransactionType.optional(),
  requestType: RequestType.optional(),
  reason: FillReason.optional(),
  description: z.string().min(1).max(4000).optional(),
  contactName: z.string().min(1).max(100).optional(),
  contactPhone: z.string().min(1).max(40).optional(),
  contactEmail: z.email().max(254).optional(),
});
export type FillValues = z.infer<typeof FillValues>;

/** An evidence file; messages carry JSON only, so its bytes travel as base64. */
export const FillFile = z.object({
  name: z.string().min(1).max(255),
  type: z.string().max(255),
  base64: z
    .string()
    .max(11_000_000)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64'),
});
export type FillFile = z.infer<typeof FillFile>;

/** A site profile's pin: this form field (CSS selector, searched through frames and shadow roots) holds this key. */
export const FillPin = z.object({ key: FillKey, selector: z.string().min(1).max(2000) });
export type FillPin = z.infer<typeof FillPin>;

export const FillRequest = z.object({
  values: FillValues,
  files: z.array(FillFile).max(20).optional(),
  pins: z.array(FillPin).max(40).optional(),
});
export type FillRequest = z.infer<typeof FillRequest>;

export const FillOutcomeKind = z.enum(['filled', 'skipped', 'not_found', 'ambiguous', 'failed']);
export type FillOutcomeKind = z.infer<typeof FillOutcomeKind>;

/** Why a field ended as it did; the panel words each code, `message` carries the page's own text. */
export const FillOutcomeReason = z.enum([
  'same_value',
  'disabled',
  'read_only',
  'conflict',
  'no_option',
  'option_ambiguous',
  'not_accepted',
  'reset_by_page',
  'invalid',
  'too_long',
  'too_many_files',
  'file_type',
  'unsupported',
  'cancelled',
  'changed_since_fill',
  'cannot_clear',
]);
export type FillOutcomeReason = z.infer<typeof FillOutcomeReason>;

/** A date and time can sit in two fields; each reports separately. */
export const FillPart = z.enum(['date', 'time']);
export type FillPart = z.infer<typeof FillPart>;

export const FieldOutcome = z.object({
  key: FillKey,
  part: FillPart.optional(),
  /** The field's label as the page shows it (or the labels of the competing fields when ambiguous). */
  label: z.string().max(200),
  outcome: FillOutcomeKind,
  reason: FillOutcomeReason.optional(),
  /** What was written (an option's text for choices, file names for attachments). */
  value: z.string().max(4000).optional(),
  /** The page's own validation message, when it shows one. */
  message: z.string().max(500).optional(),
  /** What the agent can look at instead: the options seen when none matched, the unnamed fields when none fit. */
  seen: z.array(z.string().max(200)).max(30).optional(),
  locator: Locator.optional(),
});
export type FieldOutcome = z.infer<typeof FieldOutcome>;

/** The form already shows an order number or amount that is not the case's: nothing was written. */
export const FillConflict = z.object({
  key: z.enum(['orderNo', 'amountMinor']),
  label: z.string().max(200),
  pageValue: z.string().max(200),
  caseValue: z.string().max(200),
  locator: Locator.optional(),
});
export type FillConflict = z.infer<typeof FillConflict>;

const Base = { key: FillKey, part: FillPart.optional(), label: z.string().max(200), locator: Locator };

/** What one filled field held before, so "Undo fill" can put it back (and notice later edits). */
export const UndoEntry = z.discriminatedUnion('kind', [
  /** Text-like fields and selects hold a string; a select's is the chosen option's value. */
  z.object({ ...Base, kind: z.literal('value'), before: z.string().max(4000), after: z.string().max(4000) }),
  /** Custom dropdowns: the text they displayed. */
  z.object({ ...Base, kind: z.literal('combobox'), before: z.string().max(500), after: z.string().max(500) }),
  /** Radio groups (native or ARIA): the option checked before (null for none) and the one checked by the fill. */
  z.object({ ...Base, kind: z.literal('choice'), before: Locator.nullable(), after: Locator }),
  /** One checkbox of a group. */
  z.object({ ...Base, kind: z.literal('check'), before: z.boolean(), after: z.boolean() }),
  /** File inputs: how many files they held (files cannot be put back, only cleared). */
  z.object({
    ...Base,
    kind: z.literal('files'),
    before: z.number().int().nonnegative(),
    after: z.number().int().nonnegative(),
  }),
]);
export type UndoEntry = z.infer<typeof UndoEntry>;

export const UndoSnapshot = z.object({
  url: z.string().max(4000),
  entries: z.array(UndoEntry).max(200),
});
export type UndoSnapshot = z.infer<typeof UndoSnapshot>;

/** What the fill never touches and the agent must do: tick an attestation, press submit. */
export const LeftForYou = z.object({ kind: z.enum(['attestation', 'submit']), label: z.string().max(200) });
export type LeftForYou = z.infer<typeof LeftForYou>;

export const FillReport = z.object({
  outcomes: z.array(FieldOutcome).max(200),
  left: z.array(LeftForYou).max(20).optional(),
  conflict: FillConflict.optional(),
  snapshot: UndoSnapshot,
});
export type FillReport = z.infer<typeof FillReport>;

/** What "Undo fill" did, field by field; empty when there was nothing to undo. */
export const UndoReport = z.object({ outcomes: z.array(FieldOutcome).max(200) });
export type UndoReport = z.infer<typeof UndoReport>;
