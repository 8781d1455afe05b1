/**
 * How much a case import or a backup restore may hold, in one place. Every file the agent picks is read
 * into memory and checked before anything is written, so these bound what a hostile or broken file can
 * make the panel allocate. Sized for a support agent's cases: hundreds of cases, a few screenshots each.
 */
import { EVIDENCE_MAX_BYTES } from '../schema/evidence';

const KiB = 1024;
const MiB = 1024 * KiB;

/** Everything an import unpacks, added up: the JSON of every case and every evidence file. */
export const IMPORT_MAX_TOTAL_BYTES = 256 * MiB;

/** A ZIP may carry a little more than what it unpacks to: a header per file. */
export const IMPORT_MAX_FILE_BYTES = IMPORT_MAX_TOTAL_BYTES + 16 * MiB;

/** Files in one ZIP (the manifest, one JSON per case, one file per piece of evidence). */
export const IMPORT_MAX_ENTRIES = 10_000;

/** One JSON document: a case JSON file, or the manifest or a case inside a ZIP. */
export const IMPORT_MAX_JSON_BYTES = 64 * MiB;

/** One evidence file inside a ZIP: what the store itself accepts. */
export const IMPORT_MAX_EVIDENCE_BYTES = EVIDENCE_MAX_BYTES;

/**
 * Uncompressed size over compressed size above which a ZIP entry is taken for a bomb. JSON compresses
 * 5–20 times, screenshots hardly at all; a run of zeros over a thousand times.
 */
export const ZIP_MAX_RATIO = 100;

/** Entries up to this size are too small to hurt whatever their ratio (a tiny, repetitive JSON compresses well). */
export const ZIP_RATIO_FROM_BYTES = 512 * KiB;

/**
 * A backup file (dexie-export-import JSON). Evidence travels in it as base64, a third larger than the
 * bytes, so it may be larger than an import: the import total's worth of evidence, plus the records.
 */
export const BACKUP_MAX_BYTES = 384 * MiB;

/** How much of a backup file a restore parses at a time. */
export const RESTORE_READ_CHUNK_BYTES = 1 * MiB;

/** About how many bytes of evidence a restore copies into the live database per step. */
export const RESTORE_COPY_BATCH_BYTES = 16 * MiB;

/** Rows of cases, events, evidence metadata or the ledger a restore copies per step. */
export const RESTORE_COPY_BATCH_ROWS = 500;

/** "12.5 MiB": sizes in refusal messages, so the agent sees how far over a file is. */
export function sizeWords(bytes: number): string {
  if (bytes < KiB) return `${bytes} bytes`;
  if (bytes < MiB) return `${(bytes / KiB).toFixed(1)} KiB`;
  return `${(bytes / MiB).toFixed(1)} MiB`;
}

/** A size over its limit and the limit, in words that tell them apart; null when it is within the limit. */
export function overLimitSizes(bytes: number, limit: number): { size: string; limit: string } | null {
  if (bytes <= limit) return null;
  // Just over the limit rounds to the limit itself; then only the exact count says which is larger.
  return sizeWords(bytes) === sizeWords(limit)
    ? { size: `${bytes} bytes`, limit: `${limit} bytes` }
    : { size: sizeWords(bytes), limit: sizeWords(limit) };
}

/** Sizes over their limit in the English sentence of logs and messages. */
export const overLimitText = (over: { size: string; limit: string }): string =>
  `is ${over.size}, more than the ${over.limit} CancelDesk accepts`;
