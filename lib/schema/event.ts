import { z } from 'zod';
import { CaptureDraft, OrderKey } from './capture';
import { CaseStatus, Sha256Hex, SubmissionChannel, UtcInstant, VerdictSnapshot } from './case';
import { EvidenceRecord } from './evidence';
import { NOTE_MAX_LENGTH } from './note';
import { VerdictAction } from './verdict';

/** What an export event was for. */
export const ExportFormat = z.enum(['json', 'zip', 'markdown', 'text', 'print']);
export type ExportFormat = z.infer<typeof ExportFormat>;

const EvidenceMeta = EvidenceRecord.omit({ caseId: true, purgedAt: true });

/** Each event type with the data it carries: enough to rebuild the case from its events alone. */
export const EventBody = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('captured'),
    data: z.object({ origin: z.string().min(1).max(2000), url: z.string().max(4000), draft: CaptureDraft }),
  }),
  /** No value: the edit was cleared and the page's value shows again. */
  z.object({ type: z.literal('field_edited'), data: z.object({ key: OrderKey, value: z.unknown().optional() }) }),
  z.object({
    type: z.literal('verdict_computed'),
    data: z.object({ verdict: VerdictSnapshot, deadline: UtcInstant.nullable(), action: VerdictAction.nullable() }),
  }),
  z.object({ type: z.literal('form_filled'), data: z.object({ report: z.record(z.string(), z.unknown()) }) }),
  /** "Undo fill" put back what the fills had overwritten on that page. */
  z.object({
    type: z.literal('form_fill_undone'),
    data: z.object({
      url: z.string().max(4000),
      restored: z.number().int().nonnegative(),
      total: z.number().int().nonnegative(),
    }),
  }),
  z.object({ type: z.literal('evidence_added'), data: z.object({ evidence: EvidenceMeta }) }),
  z.object({ type: z.literal('evidence_removed'), data: z.object({ evidenceId: z.uuid() }) }),
  z.object({
    type: z.literal('evidence_purged'),
    data: z.object({ evidenceIds: z.array(z.uuid()).min(1), retentionDays: z.number().int().nonnegative() }),
  }),
  z.object({
    type: z.literal('note_added'),
    data: z.object({ noteId: z.uuid(), text: z.string().min(1).max(NOTE_MAX_LENGTH) }),
  }),
  z.object({
    type: z.literal('status_changed'),
    data: z.object({
      from: CaseStatus,
      to: CaseStatus,
      channel: SubmissionChannel.optional(),
      requestId: z.string().min(1).max(128).optional(),
      reason: z.string().min(1).max(2000).optional(),
    }),
  }),
  z.object({ type: z.literal('exported'), data: z.object({ format: ExportFormat }) }),
]);
export type EventBody = z.infer<typeof EventBody>;
export type EventType = EventBody['type'];

/** Who acted and under which rule set; recorded on every event. */
export const EventActor = z.object({
  agent: z.string().max(100).nullable(),
  ruleSetId: z.string().max(100).nullable(),
  ruleSetVersion: z.number().int().nullable(),
});
export type EventActor = z.infer<typeof EventActor>;

const EventHeader = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  /** 0 for the first event of a case, then 1, 2, … with no gaps. */
  seq: z.number().int().nonnegative(),
  at: UtcInstant,
  ...EventActor.shape,
  /** The previous event's hash; 64 zeros for the first. */
  prevHash: Sha256Hex,
  /** SHA-256 of the canonical JSON of everything above plus the body. */
  hash: Sha256Hex,
});

/** One append-only, hash-chained entry in a case's history. */
export const CaseEvent = z.intersection(EventHeader, EventBody);
export type CaseEvent = z.infer<typeof CaseEvent>;
