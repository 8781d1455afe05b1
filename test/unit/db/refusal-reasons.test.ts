import { describe, expect, it } from 'vitest';
import type { CaseStore } from '../../../lib/db';
import { toDbError, type DbResult } from '../../../lib/db/db-result';
import { caseToJsonText } from '../../../lib/export/case-to-json';
import { BACKUP_MAX_BYTES } from '../../../lib/export/import-limits';
import type { ImportReasonCode, ImportReasonParams } from '../../../lib/export/import-reason';
import { backupJson, type BackupJson } from '../../builders/backup';
import { makeCaseStore, makeClock, makeRichCase } from '../../builders/case';
import { expectWordedInBoth } from '../../builders/import-reasons';

async function exportJson(store: CaseStore, id: string) {
  const bundles = await store.prepareExport([id], 'json');
  if (!bundles.ok || !bundles.value[0]) throw new Error('export failed');
  return caseToJsonText(bundles.value[0]);
}

const rows = (json: BackupJson, table: string) => json.data.data.find((t) => t.tableName === table)?.rows ?? [];

/** A store with one case, its backup edited. */
async function editedBackup(edit: (json: BackupJson) => void): Promise<Blob> {
  const source = makeCaseStore();
  await makeRichCase(source, { orderNo: 'R-1' });
  const json = await backupJson(source);
  edit(json);
  return new Blob([JSON.stringify(json)]);
}

type Row = [string, () => Promise<DbResult<unknown>>, ImportReasonCode, ImportReasonParams];

describe('a store refusal of an import or a restore carries a reason code with its parameters', () => {
  it.each<Row>([
    [
      'an import whose order is already another case here',
      async () => {
        const source = makeCaseStore();
        const id = await makeRichCase(source, { orderNo: 'SAME-1' });
        const target = makeCaseStore();
        await makeRichCase(target, { orderNo: 'SAME-1' });
        return target.importCases(await exportJson(source, id));
      },
      'orderClash',
      { order: 'SAME-1', origin: expect.any(String), stored: expect.any(String), id: expect.any(String) },
    ],
    [
      'an import whose history forks from the stored one',
      async () => {
        const source = makeCaseStore();
        const id = await makeRichCase(source, { orderNo: 'FORK-1' });
        const target = makeCaseStore(makeClock('2026-11-25T00:00:00.000Z'));
        await target.importCases(await exportJson(source, id));
        await source.addNote(id, 'in the source');
        await target.addNote(id, 'in the target');
        return target.importCases(await exportJson(source, id));
      },
      'fork',
      { id: expect.any(String), order: 'FORK-1', event: expect.any(Number) },
    ],
    [
      'a restore of a file that is no backup',
      () => makeCaseStore().importDatabase(new Blob(['{"hello":1}'])),
      'notBackup',
      {},
    ],
    [
      'a restore of a backup over the limit',
      () => {
        const huge = new Blob(['not read']);
        Object.defineProperty(huge, 'size', { value: BACKUP_MAX_BYTES + 1 });
        return makeCaseStore().importDatabase(huge);
      },
      'backupTooLarge',
      { size: `${BACKUP_MAX_BYTES + 1} bytes`, limit: `${BACKUP_MAX_BYTES} bytes` },
    ],
    [
      'a restore of a backup with an edited event',
      async () =>
        makeCaseStore().importDatabase(
          await editedBackup((json) => Object.assign(rows(json, 'events')[1] ?? {}, { agent: 'Someone else' })),
        ),
      'chain.hash',
      { file: expect.stringMatching(/^R-1 \(/), path: expect.stringMatching(/^events\[\d+\]$/) },
    ],
    [
      'a restore of a backup with a card number in a row',
      async () =>
        makeCaseStore().importDatabase(
          await editedBackup((json) => Object.assign(rows(json, 'events')[0] ?? {}, { agent: '4111 1111 1111 1111' })),
        ),
      'rowCardNumber',
      { table: 'events', row: 1, id: expect.any(String), path: 'agent' },
    ],
  ])('%s', async (_name, run, code, params) => {
    const result = await run();
    if (result.ok) throw new Error('the file was accepted');
    const { reason, message } = result.error;
    expect(reason).toEqual({ code, params });
    if (!reason) return;
    const words = expectWordedInBoth(reason, message);
    // A refusal never repeats a card number it refused.
    expect(`${words.en} ${words.zh}`).not.toMatch(/4111/);
  });

  it('words a full disk too', () => {
    const error = toDbError(Object.assign(new Error('full'), { name: 'QuotaExceededError' }));
    expect(error.reason).toEqual({ code: 'diskFull', params: {} });
    if (error.reason) expectWordedInBoth(error.reason, error.message);
  });
});
