import type { CaseEvent } from '../schema/event';
import type { NoteRecord } from '../schema/note';
import { canonicalJson } from './canonical-json';

/** The note an event creates, if any. */
export function noteOf(event: CaseEvent): NoteRecord | null {
  if (event.type !== 'note_added') return null;
  return { id: event.data.noteId, caseId: event.caseId, at: event.at, agent: event.agent, text: event.data.text };
}

/**
 * A case's notes as its `note_added` events hold them, oldest first (ties by id): where notes
 * live since version 5, so the panel's reads need neither a notes table nor the reducer.
 */
export function notesOfEvents(events: readonly CaseEvent[]): NoteRecord[] {
  const notes = events.map(noteOf).filter((n): n is NoteRecord => n !== null);
  return notes.sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
}

/** Rows as one text whatever their order; canonical JSON escapes line breaks, so the join is unambiguous. */
const asSet = (rows: readonly unknown[]) => rows.map(canonicalJson).sort().join('\n');

/**
 * Whether stored note rows (a version 4 table's or a version 4 backup's, parsed or not) say exactly what a
 * case's events say: the same notes, no property more or less, none missing or added.
 */
export function sameNotes(rows: readonly unknown[], events: readonly CaseEvent[]): boolean {
  try {
    const notes = notesOfEvents(events);
    return rows.length === notes.length && asSet(rows) === asSet(notes);
  } catch {
    // A row canonical JSON cannot encode (a non-finite number), or a note event without its data, is no note
    // the store wrote: they disagree, and the caller keeps or refuses them.
    return false;
  }
}
