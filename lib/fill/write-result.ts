import type { FillOutcomeReason, UndoEntry } from '../schema/fill';

/** What an undo entry needs beyond the planned field's key, part and label. */
export type EntryDraft = UndoEntry extends infer E
  ? E extends UndoEntry
    ? Omit<E, 'key' | 'part' | 'label'>
    : never
  : never;

/** What writing one field did: filled (with how to read it back later), or why not. */
export type WriteResult =
  | {
      outcome: 'filled';
      value: string;
      entry: EntryDraft;
      /** Reads the field again (after the page had time to reset it) and says whether it still holds the value. */
      holds: () => boolean;
    }
  | {
      outcome: 'skipped' | 'failed' | 'ambiguous' | 'not_found';
      reason?: FillOutcomeReason;
      value?: string;
      message?: string;
      /** The options the field offered when none matched. */
      seen?: string[];
      /** Set when the field was changed even though the fill did not take, so undo can put it back. */
      entry?: EntryDraft;
    };

/** A field that was not written, and why. */
export const notWritten = (
  outcome: 'skipped' | 'failed' | 'ambiguous',
  reason: FillOutcomeReason,
  extra: { value?: string; message?: string; seen?: string[]; entry?: EntryDraft } = {},
): WriteResult => ({ outcome, reason, ...extra });
