import type { EntityTable } from 'dexie';
import type { NoteRecord } from '../schema/note';
import { CaseDb, CURRENT_SCHEMA_VERSION } from './case-db';

/** The first schema version whose backups hold no notes table: from then on a note lives in its event. */
export const NOTES_IN_EVENTS_SINCE_VERSION = 5;

/**
 * A restore's scratch database: the case database, plus the notes table a version 4 backup (or older) holds.
 * Those rows are checked against their cases' events (restore-verify.ts) and never copied to the live database.
 */
export class RestoreScratch extends CaseDb {
  notes!: EntityTable<NoteRecord, 'id'>;

  constructor(name: string) {
    super(name);
    // A scratch database is made new for each restore, so this version is never an upgrade of a live one.
    this.version(CURRENT_SCHEMA_VERSION + 1).stores({ notes: '&id, caseId' });
  }
}
