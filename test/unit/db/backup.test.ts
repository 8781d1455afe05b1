import { Dexie } from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { removeStaleRestoreDatabases, SCRATCH_STALE_AFTER_MS } from '../../../lib/db/backup';
import { CaseDb } from '../../../lib/db/case-db';
import { BACKUP_PART_BYTES } from '../../../lib/db/restore-rows';
import { BACKUP_MAX_BYTES } from '../../../lib/export/import-limits';
import type { CaseStore } from '../../../lib/db';
import { asVersion4, backupJson, type BackupJson } from '../../builders/backup';
import { dumpCaseDb, makeCaseStore, makeRichCase } from '../../builders/case';

// Tiny steps, so that every restore here reads its file in many chunks and copies a row or a file at a time.
vi.mock('../../../lib/export/import-limits', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../lib/export/import-limits')>()),
  RESTORE_READ_CHUNK_BYTES: 64 * 1024,
  RESTORE_COPY_BATCH_BYTES: 1,
  RESTORE_COPY_BATCH_ROWS: 2,
}));

type Row = Record<string, unknown>;

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

  it('restores a backup version 4 wrote: its notes checked against their events, and read from them after', async () => {
    const source = makeCaseStore();
    const ids = [await makeRichCase(source, { orderNo: 'A-1' }), await makeRichCase(source, { orderNo: 'B-2' })];
    const json = asVersion4(await backupJson(source));
    expect(json.data.data.find((t) => t.tableName === 'notes')?.rows).toHaveLength(2);
    const target = makeCaseStore();
    await makeRichCase(target, { orderNo: 'REPLACED' });
    const restored = await target.importDatabase(new Blob([JSON.stringify(json)]));
    expect(restored).toEqual({ ok: true, value: { cases: 2, events: 12 } });
    expect(await dumpCaseDb(target)).toEqual(await dumpCaseDb(source));
    for (const id of ids) {
      const [before, after] = await Promise.all([source.loadCaseBundle(id), target.loadCaseBundle(id)]);
      expect(after.ok && after.value.notes).toEqual(before.ok && before.value.notes);
      expect(await target.verifyCase(id)).toEqual({ ok: true });
    }
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
      'a note of a version 4 backup moved to another case',
      (json) => Object.assign(rowOf(asVersion4(json), 'notes'), { caseId: crypto.randomUUID() }),
      'tampered',
      /fails its check at event 6: state/,
    ],
    [
      'a note of a version 4 backup edited',
      (json) => Object.assign(rowOf(asVersion4(json), 'notes'), { text: 'Said nothing.' }),
      'tampered',
      /fails its check at event 6: state/,
    ],
    [
      'a note taken out of a version 4 backup',
      (json) =>
        asVersion4(json)
          .data.data.find((t) => t.tableName === 'notes')
          ?.rows.pop(),
      'tampered',
      /fails its check at event 6: state/,
    ],
    [
      'a version 4 backup without its notes table',
      (json) => {
        asVersion4(json).data.data = json.data.data.filter((t) => t.tableName !== 'notes');
      },
      'tampered',
      /fails its check at event 6: state/,
    ],
    [
      'a notes table in a backup from a version that has none',
      (json) => {
        const { tables, data } = asVersion4(json).data;
        json.data.databaseVersion = 5;
        json.data.tables = [...tables, { name: 'noteMismatches', schema: 'caseId', rowCount: 0 }];
        json.data.data = [...data, { tableName: 'noteMismatches', inbound: true, rows: [] }];
      },
      'invalid',
      /^This backup has a table CancelDesk does not know: notes\.$/,
    ],
    [
      'note rows an upgrade kept because they disagreed with their events',
      (json) =>
        json.data.data
          .find((t) => t.tableName === 'noteMismatches')
          ?.rows.push({ caseId: rowOf(json, 'cases').id, rows: [] }),
      'invalid',
      /^The backup's noteMismatches row 1 \(case [0-9a-f-]{36}\) keeps notes that disagreed with their case's events/,
    ],
    [
      'a note of no case',
      (json) =>
        asVersion4(json)
          .data.data.find((t) => t.tableName === 'notes')
          ?.rows.push({ ...rowOf(json, 'notes'), id: crypto.randomUUID(), caseId: crypto.randomUUID() }),
      'tampered',
      /belong to no case/,
    ],
    [
      'a note whose text is not a string',
      (json) => Object.assign(rowOf(asVersion4(json), 'notes'), { text: 42 }),
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
      (json) => Object.assign(rowOf(asVersion4(json), 'notes'), { text: 'card 4111-1111-1111-1111' }),
      'invalid',
      /^The backup's notes row 1 .*full card number at text/,
    ],
    [
      'a card number for an id',
      (json) => Object.assign(rowOf(asVersion4(json), 'notes'), { id: '4111111111111111' }),
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
