import { addNote } from '../db';
import type { DbError } from '../db/db-result';
import { maskSensitive } from '../sensitive/mask-sensitive';
import type { SensitiveKind } from '../sensitive/scan-sensitive';
import { actorOf } from './actor';
import type { ActionDeps } from './panel-store';

/** What adding a note did: saved (with what was masked in it), or the database's refusal. */
export type NoteResult = { ok: true; masked: SensitiveKind[] } | { ok: false; error: DbError };

/** The note actions of the panel store: every note is scanned and masked before it is stored. */
export function createNoteActions({ store, saved }: Pick<ActionDeps, 'store' | 'saved'>) {
  const get = store.getState;
  return {
    /** Adds a note to the open case; card, ID and security-code numbers in it are masked first. */
    async addNote(text: string): Promise<NoteResult> {
      const current = get().currentCase;
      if (!current) return { ok: false, error: { code: 'not_found', message: 'No case is open.' } };
      const { settings } = get();
      const safe = maskSensitive(text, settings.idMask);
      const written = await addNote(current.id, safe.text, actorOf(settings));
      if (!written.ok) return written;
      await saved(written.value);
      return { ok: true, masked: safe.masked };
    },
  };
}
