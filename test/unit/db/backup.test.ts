import { Dexie } from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { removeStaleRestoreDatabases, SCRATCH_STALE_AFTER_MS } from '../../../lib/db/backup';
import { CaseDb } from '../../../lib/db/case-db';
import { BACKUP_PART_BYTES } from '../../../lib/db/restore-rows';
import { BACKUP_MAX_BYTES } from '../../../lib/export/import-limits';
import type { CaseStore } from '../../../lib/db';
import { dumpCaseDb, makeCaseStore, makeRichCase } from '../../builders/case';

// Tiny steps, so that every restore here reads its file in many chunks and copies a row or a file at a time.
vi.mock('../../../lib/export/import-limits', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../lib/export/import-limits')>()),
  RESTORE_READ_CHUNK_BYTES: 64 * 1024,
  RESTORE_COPY_BATCH_BYTES: 1,
  RESTORE_COPY_BATCH_ROWS: 2,
}));

type Row = Record<string, unknown>;
interface BackupJson {
  data: { data: { tableName: string; rows: Row[] }[] };
}

async function backupJson(store: CaseStore): Promise<BackupJson> {
  const backup = await store.exportDatabase();
  if (!backup.ok) throw new Error(backup.error.message);
  return JSON.parse(await backup.value.text()) as BackupJson;
}

function rowOf(json: BackupJson, table: string, index = 0): Row {
  const row = json.data.data.find((t) => t.tableName === table)?.rows[index];
  if (!row) throw new Error(`no ${table} row ${index}`);
  return row;
}

const scratchNames = async (store: CaseStore) =>
  (await Dexie.getDatabaseNames()).filter((n) => n.startsWith(`${store.db.name}-restore-`));

describe('database backup', () => {
  it('restores a backup into another database exactly, a few rows and one file at a time', async () => {
    const source = makeCaseStore();
    await makeRichCase(source, { orderNo: 'A-1' });
    await makeRichCase(source, { orderNo: 'B-2', bytes: new Uint8Array(3000).map((_, i) => i % 251) });
    const backup = await source.exportDatabase();
    if (!backup.ok) throw new Error(backup.error.message);

    const target = makeCaseStore();
    await makeRichCase(target, { orderNo: 'REPLACED' });
    const blobWrites = vi.spyOn(target.db.evidenceBlobs, 'bulkAdd');
    const eventWrites = vi.spyOn(target.db.events, 'bulkAdd');
    expect(await target.importDatabase(backup.value)).toEqual({ ok: true, value: { cases: 2, events: 12 } });
    expect(await dumpCaseDb(target)).toEqual(await dumpCaseDb(source));
    expect(blobWrites).toHaveBeenCalledTimes(2);
    expect(eventWrites).toHaveBeenCalledTimes(6);
    expect(await scratchNames(target)).toEqual([]);
  });

  it('restores evidence too large for one string of the backup file', async () => {
    // Before evidence was cut into parts, anything over 7.5 MiB made a backup that could not be restored.
    const bytes = new Uint8Array(2 * BACKUP_PART_BYTES + 1).map((_, i) => i % 253);
    const source = makeCaseStore();
    await makeRichCase(source, { bytes });
    const target = makeCaseStore();
    const backup = await source.exportDatabase();
    if (!backup.ok) throw new Error(backup.error.message);
    expect(await target.importDatabase(backup.value)).toMatchObject({ ok: true });
    const [stored] = await target.db.evidenceBlobs.toArray();
    expect(stored?.bytes.length).toBe(bytes.length);
    expect(Buffer.from(stored?.bytes ?? []).equals(Buffer.from(bytes))).toBe(true);
  }, 60_000);

  it.each<[string, (json: BackupJson) => void, string, RegExp]>([
    [
      'an edited event',
      (json) => Object.assign(rowOf(json, 'events', 1), { agent: 'Someone else' }),
      'tampered',
      /fails its check at event \d+: hash/,
    ],
    [
      'a note moved to another case',
      (json) => Object.assign(rowOf(json, 'notes'), { caseId: crypto.randomUUID() }),
      'tampered',
      /fails its check at event 6: state/,
    ],
    [
      'a note of no case',
      (json) =>
        json.data.data
          .find((t) => t.tableName === 'notes')
          ?.rows.push({ ...rowOf(json, 'notes'), id: crypto.randomUUID(), caseId: crypto.randomUUID() }),
      'tampered',
      /belong to no case/,
    ],
    [
      'a note whose text is not a string',
      (json) => Object.assign(rowOf(json, 'notes'), { text: 42 }),
      'invalid',
      /^The backup's notes row 1 \(id [0-9a-f-]{36}\) is not valid at text: /,
    ],
    [
      'an event of no known type',
      (json) => Object.assign(rowOf(json, 'events', 2), { type: 'wiped' }),
      'invalid',
      /^The backup's events row 3 \(id [0-9a-f-]{36}\) is not valid at type/,
    ],
    [
      'evidence with a negative size',
      (json) => Object.assign(rowOf(json, 'evidence'), { size: -1 }),
      'invalid',
      /^The backup's evidence row 1 .* is not valid at size/,
    ],
    [
      'evidence bytes that are text',
      (json) => {
        const row = rowOf(json, 'evidenceBlobs');
        delete row.$types;
        row.bytes = 'iVBORw==';
      },
      'invalid',
      /^The backup's evidenceBlobs row 1 .* is not valid/,
    ],
    [
      'a full card number in a case',
      (json) => {
        const page = rowOf(json, 'cases').page as { values: Row };
        page.values.merchantName = 'Shop 4111 1111 1111 1111';
      },
      'invalid',
      /^The backup's cases row 1 \(id [0-9a-f-]{36}\) holds what looks like a full card number at page\.values\.merchantName/,
    ],
    [
      'a full card number in a note',
      (json) => Object.assign(rowOf(json, 'notes'), { text: 'card 4111-1111-1111-1111' }),
      'invalid',
      /^The backup's notes row 1 .*full card number at text/,
    ],
    [
      'a card number for an id',
      (json) => Object.assign(rowOf(json, 'notes'), { id: '4111111111111111' }),
      'invalid',
      /^The backup's notes row 1 is not valid at id/,
    ],
  ])('refuses a backup with %s, says where, and keeps the database as it was', async (_name, tamper, code, message) => {
    const source = makeCaseStore();
    await makeRichCase(source);
    const json = await backupJson(source);
    tamper(json);
    const target = makeCaseStore();
    await makeRichCase(target, { orderNo: 'KEEP-ME' });
    const before = await dumpCaseDb(target);
    const result = await target.importDatabase(new Blob([JSON.stringify(json)]));
    expect(result).toMatchObject({ ok: false, error: { code } });
    expect(result.ok || result.error.message).toMatch(message);
    // A refusal never repeats what it refused: no card number in the words the agent sees.
    expect(result.ok || result.error.message).not.toMatch(/4111/);
    expect(await dumpCaseDb(target)).toEqual(before);
    expect(await scratchNames(target)).toEqual([]);
  });

  it('refuses a file that is not a backup', async () => {
    const target = makeCaseStore();
    expect(await target.importDatabase(new Blob(['{"hello":1}']))).toMatchObject({
      ok: false,
      error: { code: 'invalid' },
    });
  });

  it('refuses a backup larger than the limit without reading it', async () => {
    const target = makeCaseStore();
    const huge = new Blob(['not read']);
    Object.defineProperty(huge, 'size', { value: BACKUP_MAX_BYTES + 1 });
    const result = await target.importDatabase(huge);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(result.ok || result.error.message).toMatch(/more than the 402653184 bytes CancelDesk accepts/);
  });

  it('removes the scratch databases a dead restore left, and keeps one a running restore may still use', async () => {
    const live = `canceldesk-stale-${crypto.randomUUID()}`;
    const now = Date.UTC(2026, 10, 25);
    const names = {
      crashed: `${live}-restore-${now - SCRATCH_STALE_AFTER_MS - 1}-${crypto.randomUUID()}`,
      legacy: `${live}-restore-${crypto.randomUUID()}`,
      running: `${live}-restore-${now - 60_000}-${crypto.randomUUID()}`,
      other: `${live}-other`,
    };
    for (const name of [live, ...Object.values(names)]) {
      const db = new CaseDb(name);
      await db.open();
      db.close();
    }
    expect((await removeStaleRestoreDatabases(live, now)).sort()).toEqual([names.crashed, names.legacy].sort());
    const left = (await Dexie.getDatabaseNames()).filter((n) => n.startsWith(live));
    expect(left.sort()).toEqual([live, names.running, names.other].sort());
  });
});
