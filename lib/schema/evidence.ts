import { z } from 'zod';
import { Sha256Hex, UtcInstant } from './case';
import { EvidenceKind } from './evidence-kind';

/** Evidence files stay below this size; IndexedDB holds them whole. */
export const EVIDENCE_MAX_BYTES = 50 * 1024 * 1024;

/** What is known about an evidence file; its bytes are stored apart and may be purged. */
export const EvidenceRecord = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  kind: EvidenceKind,
  name: z.string().min(1).max(255),
  /** MIME type. */
  type: z.string().max(255),
  size: z.number().int().nonnegative().max(EVIDENCE_MAX_BYTES),
  sha256: Sha256Hex,
  note: z.string().max(2000).optional(),
  addedAt: UtcInstant,
  /** Set when retention removed the bytes; the metadata stays as a record of what was there. */
  purgedAt: UtcInstant.optional(),
});
export type EvidenceRecord = z.infer<typeof EvidenceRecord>;
