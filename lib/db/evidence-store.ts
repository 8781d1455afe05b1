import { formatZodError } from '../errors';
import { z } from 'zod';
import type { CaseRecord } from '../schema/case';
import { EvidenceKind } from '../schema/evidence-kind';
import { EVIDENCE_MAX_BYTES } from '../schema/evidence';
import { attempt, failed, type DbResult } from './db-result';
import { sha256Hex } from './event-chain';
import type { Actor, StoreContext } from './store-context';
import { appendToCase, caseTransaction, headOf, writeEvent } from './write-event';

export const NewEvidence = z.object({
  kind: EvidenceKind,
  name: z.string().trim().min(1).max(255),
  type: z.string().max(255),
  bytes: z
    .custom<Uint8Array>((b) => b instanceof Uint8Array, 'bytes must be a Uint8Array')
    .refine((b) => b.length <= EVIDENCE_MAX_BYTES, 'file too large'),
  note: z.string().trim().min(1).max(2000).optional(),
});
export type NewEvidence = z.input<typeof NewEvidence>;

/** Attaches a file to a case, with its size and SHA-256; the bytes go to their own table. */
export async function addEvidence(
  ctx: StoreContext,
  caseId: string,
  input: NewEvidence,
  actor?: Actor,
): Promise<DbResult<CaseRecord>> {
  const parsed = NewEvidence.safeParse(input);
  if (!parsed.success) return failed('invalid', `The evidence is not valid: ${formatZodError(parsed.error)}`);
  const { bytes, note, ...meta } = parsed.data;
  const copy = new Uint8Array(bytes);
  const evidence = {
    id: crypto.randomUUID(),
    ...meta,
    size: copy.length,
    sha256: sha256Hex(copy),
    ...(note ? { note } : {}),
    addedAt: ctx.now().toISOString(),
  };
  return appendToCase(ctx, caseId, { type: 'evidence_added', data: { evidence } }, actor, copy);
}

/** Removes an evidence file and its metadata; the event keeps a record that it was there. */
export async function removeEvidence(
  ctx: StoreContext,
  caseId: string,
  evidenceId: string,
  actor?: Actor,
): Promise<DbResult<CaseRecord>> {
  return appendToCase(ctx, caseId, { type: 'evidence_removed', data: { evidenceId } }, actor);
}

export interface PurgeSummary {
  cases: number;
  files: number;
}

/**
 * Deletes the bytes of evidence on cases closed at least retentionDays before now, recording an
 * evidence_purged event on each; the metadata stays.
 */
export async function purgeExpiredEvidence(
  ctx: StoreContext,
  now: Date,
  retentionDays: number,
  actor?: Actor,
): Promise<DbResult<PurgeSummary>> {
  if (!Number.isInteger(retentionDays) || retentionDays < 0)
    return failed('invalid', 'Retention must be a whole number of days.');
  const cutoff = new Date(now.getTime() - retentionDays * 86_400_000).toISOString();
  const { db } = ctx;
  return attempt(() =>
    caseTransaction(ctx, async () => {
      const closed = await db.cases
        .where('status')
        .equals('closed')
        .filter((c) => c.statusSince <= cutoff)
        .toArray();
      const summary: PurgeSummary = { cases: 0, files: 0 };
      for (const c of closed) {
        const evidenceIds = await db.evidence
          .where('caseId')
          .equals(c.id)
          .filter((e) => !e.purgedAt)
          .primaryKeys();
        if (!evidenceIds.length) continue;
        await writeEvent(
          ctx,
          await headOf(ctx, c, c.id),
          c.id,
          { type: 'evidence_purged', data: { evidenceIds, retentionDays } },
          actor,
        );
        summary.cases += 1;
        summary.files += evidenceIds.length;
      }
      return summary;
    }),
  );
}
