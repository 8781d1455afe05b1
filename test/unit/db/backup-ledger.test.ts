import { describe, expect, it } from 'vitest';
import type { CaseStore } from '../../../lib/db';
import { ledgerRowOfCase } from '../../../lib/db/ledger-row';
import { asVersion4, backupJson, type BackupJson } from '../../builders/backup';
import { dumpCaseDb, makeCaseStore, makeRichCase } from '../../builders/case';
import { truncateStored } from './tamper-fixtures';

type Row = Record<string, unknown>;

const rowsOf = (json: BackupJson, table: string): Row[] =>
  json.data.data.find((t) => t.tableName === table)?.rows ?? [];

/** The backup as CancelDesk before the ledger (schema version 3) wrote it: notes in their own table too. */
function asVersion3(json: BackupJson): void {
  asVersion4(json);
  json.data.databaseVersion = 3;
  json.data.tables = json.data.tables.filter((t) => t.name !== 'ledger');
  json.data.data = json.data.data.filter((t) => t.tableName !== 'ledger');
}

const dumpAll = async (store: CaseStore) => ({ ...(await dumpCaseDb(store)), ledger: await store.db.ledger.toArray() });
const byCase = (a: { caseId: string }, b: { caseId: string }) => a.caseId.localeCompare(b.caseId);
const restore = (store: CaseStore, json: BackupJson) => store.importDatabase(new Blob([JSON.stringify(json)]));

describe('the ledger in a backup', () => {
  it('travels with it, tombstones included, and the restored database is consistent with it', async () => {
    const source = makeCaseStore();
    await makeRichCase(source, { orderNo: 'KEPT-1' });
    const deleted = await makeRichCase(source, { orderNo: 'GONE-1' });
    await source.deleteCase(deleted);
    const target = makeCaseStore();
    expect(await restore(target, await backupJson(source))).toMatchObject({ ok: true, value: { cases: 1 } });
    expect((await target.db.ledger.toArray()).sort(byCase)).toEqual((await source.db.ledger.toArray()).sort(byCase));
    const report = await target.verifyLedger();
    expect(report.ok && report.value.findings).toEqual([]);
    expect(report.ok && report.value.deletions.map((d) => d.caseId)).toEqual([deleted]);
  });

  it('keeps a tombstone for every case the restore drops, so the restore leaves a trace too', async () => {
    const source = makeCaseStore();
    await makeRichCase(source, { orderNo: 'FROM-BACKUP' });
    const target = makeCaseStore();
    const replaced = await makeRichCase(target, { orderNo: 'REPLACED' });
    const head = await target.db.ledger.get(replaced);
    expect((await restore(target, await backupJson(source))).ok).toBe(true);
    expect(await target.db.ledger.get(replaced)).toMatchObject({
      eventCount: head?.eventCount,
      lastHash: head?.lastHash,
      tombstones: [{ by: 'restore' }],
    });
    const report = await target.verifyLedger();
    expect(report.ok && report.value.findings).toEqual([]);
    expect(report.ok && report.value.deletions.map((d) => d.caseId)).toEqual([replaced]);
  });

  it('is built from the verified cases of a backup written before the ledger', async () => {
    const source = makeCaseStore();
    await makeRichCase(source, { orderNo: 'OLD-1' });
    await makeRichCase(source, { orderNo: 'OLD-2' });
    const json = await backupJson(source);
    asVersion3(json);
    const target = makeCaseStore();
    expect(await restore(target, json)).toMatchObject({ ok: true, value: { cases: 2 } });
    expect((await target.db.ledger.toArray()).sort(byCase)).toEqual(
      (await source.db.cases.toArray()).map(ledgerRowOfCase).sort(byCase),
    );
    expect(await target.verifyLedger()).toEqual({ ok: true, value: { cases: 2, deletions: [], findings: [] } });
  });

  it.each<[string, (json: BackupJson, source: CaseStore, id: string) => unknown, string, RegExp]>([
    [
      'a ledger row whose count was lowered',
      (json) => Object.assign(rowsOf(json, 'ledger')[0] ?? {}, { eventCount: 5 }),
      'tampered',
      /fails its check at event 4: ledger/,
    ],
    [
      'a ledger row taken out',
      (json) => rowsOf(json, 'ledger').pop(),
      'tampered',
      /fails its check at event 6: ledger/,
    ],
    [
      'a case taken out with all its rows but its ledger row',
      (json, _source, id) => {
        for (const table of json.data.data)
          if (table.tableName !== 'ledger') table.rows = table.rows.filter((r) => r.id !== id && r.caseId !== id);
      },
      'tampered',
      /^The backup does not match its own ledger\. Case [0-9a-f-]{36}: it is gone, and the ledger recorded no deletion \(6 recorded, 0 found\)\.$/,
    ],
    [
      'a ledger row with a negative count',
      (json) => Object.assign(rowsOf(json, 'ledger')[0] ?? {}, { eventCount: -1 }),
      'invalid',
      /^The backup's ledger row 1 \(case [0-9a-f-]{36}\) is not valid at eventCount/,
    ],
    [
      'a ledger row with a field CancelDesk never writes',
      (json) => Object.assign(rowsOf(json, 'ledger')[0] ?? {}, { trusted: true }),
      'invalid',
      /^The backup's ledger row 1 \(case [0-9a-f-]{36}\) is not valid at \(root\)/,
    ],
    [
      'a version 3 backup that holds a ledger',
      (json) => Object.assign(json.data, { databaseVersion: 3 }),
      'invalid',
      /says it comes from version 3, which had no ledger, yet it holds one/,
    ],
  ])('refuses a backup with %s, and keeps the database as it was', async (_name, tamper, code, message) => {
    const source = makeCaseStore();
    const id = await makeRichCase(source);
    const json = await backupJson(source);
    tamper(json, source, id);
    const target = makeCaseStore();
    await makeRichCase(target, { orderNo: 'KEEP-ME' });
    const before = await dumpAll(target);
    const result = await restore(target, json);
    expect(result).toMatchObject({ ok: false, error: { code } });
    expect(result.ok || result.error.message).toMatch(message);
    expect(await dumpAll(target)).toEqual(before);
  });

  it('refuses a backup of a database whose case was cut short, though the case agrees with itself', async () => {
    const source = makeCaseStore();
    const id = await makeRichCase(source);
    await truncateStored(source, id, 4);
    const target = makeCaseStore();
    const result = await restore(target, await backupJson(source));
    expect(result).toMatchObject({ ok: false, error: { code: 'tampered' } });
    expect(result.ok || result.error.message).toMatch(/fails its check at event 4: truncated/);
  });
});
