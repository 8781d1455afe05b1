import { z } from 'zod';
import { zodPath } from '../export/import-problem';
import { CaseRecord } from '../schema/case';
import { CaseEvent } from '../schema/event';
import { EVIDENCE_MAX_BYTES, EvidenceRecord } from '../schema/evidence';
import { LedgerRow } from '../schema/ledger';
import { NoteRecord } from '../schema/note';
import { findCardNumber } from './card-number-guard';
import { reason, type ImportReasonCode, type ImportReasonParams } from '../export/import-reason';
import { DbFailure } from './db-result';

/**
 * Evidence bytes above this size travel in a backup as several parts. dexie-export-import's JSON parser
 * refuses any string over 10 MiB, and bytes travel as base64, a third larger: one 8 MiB screenshot in
 * one string made a backup that could never be restored.
 */
export const BACKUP_PART_BYTES = 4 * 1024 * 1024;

/** Across realms (the test DOM, a worker) instanceof fails; the tag does not. */
const Bytes = z.custom<Uint8Array>(
  (b) => Object.prototype.toString.call(b) === '[object Uint8Array]',
  'not binary data',
);

/** A backup's evidence bytes: whole, or (see BACKUP_PART_BYTES) in parts. */
const BlobRow = z.union([
  z.strictObject({
    id: z.uuid(),
    bytes: Bytes.refine((b) => b.length <= EVIDENCE_MAX_BYTES, 'larger than an evidence file may be'),
  }),
  z.strictObject({
    id: z.uuid(),
    parts: z
      .array(Bytes.refine((b) => b.length <= BACKUP_PART_BYTES, 'a part larger than a backup writes'))
      .refine(
        (parts) => parts.reduce((n, p) => n + p.length, 0) <= EVIDENCE_MAX_BYTES,
        'larger than an evidence file may be',
      ),
  }),
]);

/** The schema each restored table's rows must meet; a row of a table missing here is refused. */
const ROW_SCHEMAS: Record<string, z.ZodType> = {
  // A version 1 backup has no search text yet; the restore derives it (see backup.ts).
  cases: CaseRecord.extend({ search: CaseRecord.shape.search.optional() }),
  events: CaseEvent,
  // Only a backup from before notes lived in their events has these: checked here, then compared with the events
  // (restore-verify.ts), never restored.
  notes: NoteRecord,
  evidence: EvidenceRecord,
  evidenceBlobs: BlobRow,
  // The ledger travels in a backup (see backup.ts); a version 3 backup has none and the restore builds it.
  ledger: LedgerRow,
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A backup row as the export writes it: evidence bytes above BACKUP_PART_BYTES cut into parts. */
export function splitBlobRow(table: string, value: { id: string; bytes?: Uint8Array }) {
  if (table !== 'evidenceBlobs' || !value.bytes || value.bytes.length <= BACKUP_PART_BYTES) return { value };
  const parts: Uint8Array[] = [];
  for (let at = 0; at < value.bytes.length; at += BACKUP_PART_BYTES)
    parts.push(value.bytes.slice(at, at + BACKUP_PART_BYTES));
  return { value: { id: value.id, parts } };
}

/** A checked backup row as the table stores it: parts joined back into one array of bytes. */
export function joinBlobRow(table: string, value: { id: string; bytes?: Uint8Array; parts?: Uint8Array[] }) {
  if (table !== 'evidenceBlobs' || !value.parts) return { value };
  const bytes = new Uint8Array(value.parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of value.parts) {
    bytes.set(part, at);
    at += part.length;
  }
  return { value: { id: value.id, bytes } };
}

/**
 * Checks backup rows one by one as the restore streams them in: each must meet its table's schema and hold
 * no full card number, the same rules the store and the case import apply. The first bad row stops the
 * restore, and its table, position and id say where it is.
 */
export class RowChecker {
  private readonly seen = new Map<string, number>();
  problem: DbFailure | null = null;

  /** True to keep the row; throws (and keeps the reason in problem) on the first bad one. */
  check(table: string, value: unknown): boolean {
    const row = (this.seen.get(table) ?? 0) + 1;
    this.seen.set(table, row);
    if (table === 'noteMismatches')
      return this.refuse(
        table,
        row,
        value,
        "keeps notes that disagreed with their case's events: it was edited behind its log",
        'rowNoteMismatches',
      );
    const schema = ROW_SCHEMAS[table];
    if (!schema) return this.refuse(table, row, value, 'belongs to a table CancelDesk does not restore', 'rowTable');
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const path = issue ? zodPath(issue) : '(root)';
      return this.refuse(table, row, value, `is not valid at ${path}: ${issue?.message ?? 'rejected'}`, 'rowInvalid', {
        path,
      });
    }
    // Evidence bytes are a picture or a PDF, not text; a scan would read every byte as a number.
    if (table !== 'evidenceBlobs') {
      const card = findCardNumber(value);
      if (card)
        return this.refuse(
          table,
          row,
          value,
          `holds what looks like a full card number at ${card}; CancelDesk never stores one`,
          'rowCardNumber',
          { path: card },
        );
    }
    return true;
  }

  private refuse(
    table: string,
    row: number,
    value: unknown,
    why: string,
    code: ImportReasonCode,
    params: ImportReasonParams = {},
  ): never {
    // Only an id that is a UUID is repeated: a bad row's id could be anything, a card number included.
    const key = table === 'ledger' || table === 'noteMismatches' ? 'caseId' : 'id';
    const raw =
      value && typeof value === 'object' && key in value ? (value as Record<string, unknown>)[key] : undefined;
    const uuid = typeof raw === 'string' && UUID.test(raw) ? raw : '';
    const id = uuid ? ` (${key === 'id' ? 'id' : 'case'} ${uuid})` : '';
    this.problem = new DbFailure(
      'invalid',
      `The backup's ${table} row ${row}${id} ${why}.`,
      reason(code, { table, row, id: uuid || '—', ...params }),
    );
    throw this.problem;
  }
}
