import { describe, expect, it } from 'vitest';
import { dumpCaseDb, makeCaseStore, makeRichCase } from '../../builders/case';

interface BackupJson {
  data: { data: { tableName: string; rows: Record<string, unknown>[] }[] };
}

describe('database backup', () => {
  it('restores a backup into another database exactly, evidence bytes included', async () => {
    const source = makeCaseStore();
    await makeRichCase(source, { orderNo: 'A-1' });
    await makeRichCase(source, { orderNo: 'B-2', bytes: new Uint8Array(3000).map((_, i) => i % 251) });
    const backup = await source.exportDatabase();
    if (!backup.ok) throw new Error(backup.error.message);

    const target = makeCaseStore();
    await makeRichCase(target, { orderNo: 'REPLACED' });
    expect(await target.importDatabase(backup.value)).toEqual({ ok: true, value: { cases: 2, events: 12 } });
    expect(await dumpCaseDb(target)).toEqual(await dumpCaseDb(source));
  });

  it.each<[string, (json: BackupJson) => void, string]>([
    [
      'an edited event',
      (json) => {
        const events = json.data.data.find((t) => t.tableName === 'events');
        if (events?.rows[1]) events.rows[1].agent = 'Someone else';
      },
      'tampered',
    ],
    [
      'a note without its case',
      (json) => {
        const notes = json.data.data.find((t) => t.tableName === 'notes');
        if (notes?.rows[0]) notes.rows[0].caseId = crypto.randomUUID();
      },
      'tampered',
    ],
  ])('refuses a backup with %s and keeps the database as it was', async (_name, tamper, code) => {
    const source = makeCaseStore();
    await makeRichCase(source);
    const backup = await source.exportDatabase();
    if (!backup.ok) throw new Error(backup.error.message);
    const json = JSON.parse(await backup.value.text()) as BackupJson;
    tamper(json);
    const target = makeCaseStore();
    await makeRichCase(target, { orderNo: 'KEEP-ME' });
    const before = await dumpCaseDb(target);
    expect(await target.importDatabase(new Blob([JSON.stringify(json)]))).toMatchObject({ ok: false, error: { code } });
    expect(await dumpCaseDb(target)).toEqual(before);
  });

  it('refuses a file that is not a backup', async () => {
    const target = makeCaseStore();
    expect(await target.importDatabase(new Blob(['{"hello":1}']))).toMatchObject({ ok: false, error: { code: 'invalid' } });
  });
});
