import { z } from 'zod';
import { CaseRecord, CaseStatus, Sha256Hex, UtcInstant, VerdictSnapshot } from './case';
import { CaseEvent } from './event';
import { EvidenceRecord } from './evidence';
import { NoteRecord } from './note';
import { Order } from './order';

export const CASE_EXPORT_SCHEMA_VERSION = 1;

/**
 * One case as a portable JSON file. The events are the record: an import rebuilds the case from them and
 * checks that the summary fields here say the same.
 */
export const CaseExport = z.strictObject({
  schemaVersion: z.literal(CASE_EXPORT_SCHEMA_VERSION),
  case: z.strictObject({
    id: z.uuid(),
    origin: z.string().min(1).max(2000),
    status: CaseStatus,
    createdAt: UtcInstant,
    updatedAt: UtcInstant,
    agent: z.string().max(100).nullable(),
  }),
  /** The order as the agent sees it: page values with the agent's edits on top. */
  order: Order.partial(),
  verdict: VerdictSnapshot.nullable(),
  events: z.array(CaseEvent).min(1).max(100_000),
  notes: z.array(NoteRecord).max(100_000),
  /** Metadata only; the bytes travel in a ZIP under evidence/. */
  evidence: z.array(EvidenceRecord).max(10_000),
});
export type CaseExport = z.infer<typeof CaseExport>;

/** The ZIP's manifest.json: the SHA-256 of every other file in it. */
export const ZipManifest = z.strictObject({
  format: z.literal('canceldesk-cases'),
  schemaVersion: z.literal(CASE_EXPORT_SCHEMA_VERSION),
  createdAt: UtcInstant,
  files: z.record(z.string().min(1).max(500), Sha256Hex),
});
export type ZipManifest = z.infer<typeof ZipManifest>;

/** A case with everything attached to it, as the store loads it for export and as an import rebuilds it. */
export interface CaseBundle {
  case: CaseRecord;
  /** Sorted by seq. */
  events: CaseEvent[];
  notes: NoteRecord[];
  evidence: EvidenceRecord[];
  /** Evidence bytes by evidence id; absent when not loaded or purged. */
  bytes: Record<string, Uint8Array>;
}
