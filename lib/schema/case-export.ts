import { z } from 'zod';
import { CaseRecord, CaseStatus, Sha256Hex, UtcInstant, VerdictSnapshot } from './case';
import { CaseEvent } from './event';
import { EvidenceRecord } from './evidence';
import { NoteRecord } from './note';
import { Order } from './order';

/**
 * Version 2 adds the head of the case's chain (count and last hash) to each case file and to a ZIP's
 * manifest; version 1 files, which lack it, still import.
 */
export const CASE_EXPORT_SCHEMA_VERSION = 2;

/** The head of a case's chain as an export records it: how many events, and the last one's hash. */
export const ExportHead = z.strictObject({
  eventCount: z.number().int().positive(),
  lastHash: Sha256Hex,
});
export type ExportHead = z.infer<typeof ExportHead>;

const CASE_FIELDS = {
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
};

/**
 * One case as a portable JSON file. The events are the record: an import rebuilds the case from them and
 * checks that the summary fields here say the same, and that they end at the head the file records.
 */
export const CaseExport = z.discriminatedUnion('schemaVersion', [
  z.strictObject({ schemaVersion: z.literal(1), ...CASE_FIELDS }),
  z.strictObject({ schemaVersion: z.literal(CASE_EXPORT_SCHEMA_VERSION), head: ExportHead, ...CASE_FIELDS }),
]);
export type CaseExport = z.infer<typeof CaseExport>;
/** A case file as this version writes it. */
export type CurrentCaseExport = Extract<CaseExport, { schemaVersion: typeof CASE_EXPORT_SCHEMA_VERSION }>;

const MANIFEST_FIELDS = {
  format: z.literal('canceldesk-cases'),
  createdAt: UtcInstant,
  files: z.record(z.string().min(1).max(500), Sha256Hex),
};

/** The ZIP's manifest.json: the SHA-256 of every other file in it and, from version 2, the head of every case. */
export const ZipManifest = z.discriminatedUnion('schemaVersion', [
  z.strictObject({ schemaVersion: z.literal(1), ...MANIFEST_FIELDS }),
  z.strictObject({
    schemaVersion: z.literal(CASE_EXPORT_SCHEMA_VERSION),
    ...MANIFEST_FIELDS,
    heads: z.record(z.uuid(), ExportHead),
  }),
]);
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
