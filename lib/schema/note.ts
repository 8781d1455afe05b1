import { z } from 'zod';
import { UtcInstant } from './case';

export const NOTE_MAX_LENGTH = 20_000;

/** A plain-text note on a case. */
export const NoteRecord = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  at: UtcInstant,
  agent: z.string().max(100).nullable(),
  text: z.string().min(1).max(NOTE_MAX_LENGTH),
});
export type NoteRecord = z.infer<typeof NoteRecord>;
