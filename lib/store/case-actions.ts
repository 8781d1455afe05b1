import {
  addEvidence,
  deleteCase,
  editCaseField,
  removeEvidence,
  setStatus,
  type DbError,
  type NewEvidence,
} from '../db';
import type { StatusTransition } from '../schema/case';
import type { OrderKey } from '../schema/order';
import { maskSensitive } from '../sensitive/mask-sensitive';
import { forgetNoteDraft } from '../settings/note-drafts';
import { actorOf } from './actor';
import { notice } from './notice';
import type { ActionDeps } from './panel-store';

/** What a case write did: done, or the database's refusal for the agent to read. */
export type WriteResult = { ok: true } | { ok: false; error: DbError };

const NO_CASE: WriteResult = { ok: false, error: { code: 'not_found', message: 'No case is open.' } };

/** The case actions of the panel store: field edits, status, evidence and deletion of the open case. */
export function createCaseActions({ store, saved, changed }: Pick<ActionDeps, 'store' | 'saved' | 'changed'>) {
  const get = store.getState;
  const set = store.setState;

  return {
    /** Stores the agent's value for one field (card and ID numbers masked first); undefined clears the edit. */
    async editField(key: OrderKey, value: unknown) {
      const current = get().currentCase;
      if (!current) return;
      // What the agent types is scanned like page text: a card or ID number is masked before it is kept.
      const safe = typeof value === 'string' ? maskSensitive(value, get().settings.idMask) : null;
      const written = await editCaseField(current.id, key, safe ? safe.text : value);
      if (!written.ok)
        return set({
          notice: notice(
            written.error.code === 'quota_exceeded' ? 'storageFull' : 'saveFailed',
            { detail: written.error.message },
            'error',
          ),
        });
      if (safe?.masked.length) set({ notice: notice('editMasked') });
      await saved(written.value);
    },

    /** Moves the open case along its workflow. */
    async setStatus(transition: StatusTransition): Promise<WriteResult> {
      const current = get().currentCase;
      if (!current) return NO_CASE;
      const written = await setStatus(current.id, transition, actorOf(get().settings));
      if (!written.ok) return written;
      await saved(written.value);
      return { ok: true };
    },

    /** Deletes the open case with everything attached to it, and its half-typed note. */
    async deleteCase(): Promise<WriteResult> {
      const current = get().currentCase;
      if (!current) return NO_CASE;
      const deleted = await deleteCase(current.id);
      if (!deleted.ok) return deleted;
      await forgetNoteDraft(current.id);
      if (get().currentCase?.id === current.id) set({ currentCase: null });
      await changed();
      return { ok: true };
    },

    /** Attaches files to the open case in order; stops at the first the database refuses. */
    async addEvidence(items: readonly NewEvidence[]): Promise<WriteResult> {
      const current = get().currentCase;
      if (!current) return NO_CASE;
      const actor = actorOf(get().settings);
      let result: WriteResult = { ok: true };
      let last = null;
      for (const item of items) {
        const written = await addEvidence(current.id, item, actor);
        if (!written.ok) {
          result = written;
          break;
        }
        last = written.value;
      }
      if (last) await saved(last);
      return result;
    },

    /** Removes one evidence file from the open case; its history keeps that it was there. */
    async removeEvidence(evidenceId: string): Promise<WriteResult> {
      const current = get().currentCase;
      if (!current) return NO_CASE;
      const written = await removeEvidence(current.id, evidenceId, actorOf(get().settings));
      if (!written.ok) return written;
      await saved(written.value);
      return { ok: true };
    },
  };
}
