import type { CaseStore } from '../../lib/db';
import { noteOf } from '../../lib/db/case-notes';
import type { CaseEvent } from '../../lib/schema/event';

type Row = Record<string, unknown>;

/** A backup file as dexie-export-import writes it, parsed. */
export interface BackupJson {
  data: {
    databaseVersion: number;
    tables: { name: string; schema: string; rowCount: number }[];
    data: { tableName: string; inbound: boolean; rows: Row[] }[];
  };
}

/** The store's backup, parsed. */
export async function backupJson(store: CaseStore): Promise<BackupJson> {
  const backup = await store.exportDatabase();
  if (!backup.ok) throw new Error(backup.error.message);
  return JSON.parse(await backup.value.text()) as BackupJson;
}

/**
 * The backup as CancelDesk version 4 wrote it: a notes table holding a row per note event, written with its
 * event as that version's store did, and no noteMismatches table.
 */
export function asVersion4(json: BackupJson): BackupJson {
  const events = json.data.data.find((t) => t.tableName === 'events')?.rows ?? [];
  const notes = events.flatMap((e) => noteOf(e as unknown as CaseEvent) ?? []);
  const data = json.data;
  data.databaseVersion = 4;
  data.tables = [
    ...data.tables.filter((t) => t.name !== 'noteMismatches'),
    { name: 'notes', schema: 'id,caseId', rowCount: notes.length },
  ];
  data.data = [
    ...data.data.filter((t) => t.tableName !== 'noteMismatches'),
    { tableName: 'notes', inbound: true, rows: notes as unknown as Row[] },
  ];
  return json;
}
