import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { CaseStore } from '../../../lib/db';
import { sha256Hex } from '../../../lib/db/event-chain';
import { casesToZip } from '../../../lib/export/cases-to-zip';
import { caseToJsonText } from '../../../lib/export/case-to-json';
import { IMPORT_MAX_JSON_BYTES } from '../../../lib/export/import-limits';
import { dumpCaseDb, makeCaseStore, makeClock, makeRichCase } from '../../builders/case';
import { zipBomb } from '../export/zip-fixtures';

async function exportZip(store: CaseStore, ids: string[]) {
  const bundles = await store.prepareExport(ids, 'zip');
  if (!bundles.ok) throw new Error(bundles.error.message);
  return casesToZip(bundles.value, { now: new Date('2026-11-25T00:00:00.000Z') });
}

async function exportJson(store: CaseStore, id: string) {
  const bundles = await store.prepareExport([id], 'json');
  if (!bundles.ok || !bundles.value[0]) throw new Error('export failed');
  return caseToJsonText(bundles.value[0]);
}

/** Rewrites files of a ZIP; with fixManifest the manifest checksums are recomputed, as a careful forger would. */
function rewriteZip(zip: Uint8Array, change: (files: Record<string, Uint8Array>) => void, fixManifest: boolean) {
  const files = unzipSync(zip);
  change(files);
  if (fixManifest) {
    const manifest = JSON.parse(strFromU8(files['manifest.json'] ?? new Uint8Array())) as {
      files: Record<string, string>;
    };
    for (const path of Object.keys(manifest.files)) if (files[path]) manifest.files[path] = sha256Hex(files[path]);
    files['manifest.json'] = strToU8(JSON.stringify(manifest));
  }
  return zipSync(files);
}

function editJson(
  files: Record<string, Uint8Array>,
  edit: (doc: Record<string, unknown> & { events: Record<string, unknown>[] }) => void,
) {
  const path = Object.keys(files).find((p) => p.startsWith('cases/')) ?? '';
  const doc = JSON.parse(strFromU8(files[path] ?? new Uint8Array()));
  edit(doc);
  files[path] = strToU8(JSON.stringify(doc));
}

describe('importCases', () => {
  it('round-trips every case: export, wipe, import gives back the same database, evidence bytes included', async () => {
    const store = makeCaseStore();
    const ids = [
      await makeRichCase(store, { orderNo: 'A-1' }),
      await makeRichCase(store, { orderNo: 'B-2', bytes: new Uint8Array(5000).fill(7) }),
    ];
    const zip = await exportZip(store, ids);
    const before = await dumpCaseDb(store);
    for (const id of ids) await store.deleteCase(id);
    expect(await store.db.cases.count()).toBe(0);

    const imported = await store.importCases(zip, 'cases.zip');
    expect(imported).toEqual({ ok: true, value: { added: [...ids].sort(), updated: [], unchanged: [] } });
    expect(await dumpCaseDb(store)).toEqual(before);
    for (const id of ids) expect(await store.verifyCase(id)).toEqual({ ok: true });
  });

  it('imports into a fresh database and does not duplicate on a second import', async () => {
    const source = makeCaseStore();
    const id = await makeRichCase(source);
    const zip = await exportZip(source, [id]);
    const target = makeCaseStore();
    expect((await target.importCases(zip)).ok).toBe(true);
    expect(await target.importCases(zip)).toEqual({ ok: true, value: { added: [], updated: [], unchanged: [id] } });
    expect(await dumpCaseDb(target)).toEqual(await dumpCaseDb(source));
  });

  it('takes a later export of a case as an update, and an earlier one as nothing new', async () => {
    const source = makeCaseStore();
    const id = await makeRichCase(source);
    const early = await exportJson(source, id);
    await source.addNote(id, 'Acquirer called back.');
    const late = await exportJson(source, id);
    const target = makeCaseStore();
    expect(await target.importCases(early)).toMatchObject({ ok: true, value: { added: [id] } });
    expect(await target.importCases(late)).toMatchObject({ ok: true, value: { updated: [id] } });
    expect(await target.importCases(early)).toMatchObject({ ok: true, value: { unchanged: [id] } });
    expect((await target.getCase(id))?.eventCount).toBe((await source.getCase(id))?.eventCount);
  });

  it('refuses a file whose order is already another case here, changing nothing', async () => {
    const source = makeCaseStore();
    const id = await makeRichCase(source);
    const target = makeCaseStore();
    await makeRichCase(target);
    const before = await dumpCaseDb(target);
    const result = await target.importCases(await exportJson(source, id));
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(result.ok || result.error.message).toContain('is already case');
    expect(await dumpCaseDb(target)).toEqual(before);
  });

  it('refuses a case whose history differs from the stored one, changing nothing', async () => {
    const source = makeCaseStore();
    const id = await makeRichCase(source);
    const base = await exportJson(source, id);
    // The target's clock runs after the source's: an event dated before the imported case's last one is refused.
    const target = makeCaseStore(makeClock('2026-11-25T00:00:00.000Z'));
    expect((await target.importCases(base)).ok).toBe(true);
    await source.addNote(id, 'in the source');
    expect((await target.addNote(id, 'in the target')).ok).toBe(true);
    const before = await dumpCaseDb(target);
    const result = await target.importCases(await exportJson(source, id));
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(result.ok || result.error.message).toContain('different history');
    expect(await dumpCaseDb(target)).toEqual(before);
  });

  it.each<[string, (zip: Uint8Array) => Uint8Array, string, RegExp]>([
    [
      'an edited event (manifest recomputed)',
      (zip) =>
        rewriteZip(
          zip,
          (f) => editJson(f, (doc) => Object.assign(doc.events[2] ?? {}, { agent: 'Someone else' })),
          true,
        ),
      'tampered',
      /^cases\/[0-9a-f-]+\.json, events\[2\]: .*changed/,
    ],
    [
      'a deleted event (manifest recomputed)',
      (zip) => rewriteZip(zip, (f) => editJson(f, (doc) => doc.events.splice(1, 1)), true),
      'tampered',
      /events\[1\]/,
    ],
    [
      'a summary that disagrees with the events',
      (zip) =>
        rewriteZip(zip, (f) => editJson(f, (doc) => Object.assign(doc.case as object, { status: 'approved' })), true),
      'tampered',
      /case\.status: does not match/,
    ],
    [
      'a changed order value',
      (zip) =>
        rewriteZip(zip, (f) => editJson(f, (doc) => Object.assign(doc.order as object, { amountMinor: 1 })), true),
      'tampered',
      /order\.amountMinor/,
    ],
    [
      'a file that no longer matches the manifest',
      (zip) => rewriteZip(zip, (f) => editJson(f, (doc) => Object.assign(doc.case as object, { agent: 'x' })), false),
      'tampered',
      /manifest\.json/,
    ],
    [
      'swapped evidence bytes (manifest recomputed)',
      (zip) =>
        rewriteZip(
          zip,
          (f) => {
            const path = Object.keys(f).find((p) => p.startsWith('evidence/')) ?? '';
            f[path] = new Uint8Array([1, 2, 3]);
          },
          true,
        ),
      'tampered',
      /^evidence\/.*SHA-256/,
    ],
    [
      'a missing evidence file',
      (zip) =>
        rewriteZip(
          zip,
          (f) => {
            const path = Object.keys(f).find((p) => p.startsWith('evidence/')) ?? '';
            delete f[path];
          },
          false,
        ),
      'invalid',
      /^evidence\/.*missing/,
    ],
    [
      'a schema violation',
      (zip) => rewriteZip(zip, (f) => editJson(f, (doc) => Object.assign(doc.events[0] ?? {}, { seq: -1 })), true),
      'invalid',
      /events\[0\]\.seq/,
    ],
    [
      'a full card number planted in a note',
      (zip) =>
        rewriteZip(
          zip,
          (f) =>
            editJson(f, (doc) => {
              for (const n of doc.notes as { text: string }[]) n.text = 'card 4111 1111 1111 1111';
            }),
          true,
        ),
      'invalid',
      /(events\[\d+\]\.data|notes\[0\])\.text: .*card number/,
    ],
    ['a file that is not a ZIP or JSON', () => strToU8('hello'), 'invalid', /not valid JSON/],
    [
      'an entry named ../evil.json',
      (zip) => rewriteZip(zip, (f) => Object.assign(f, { '../evil.json': strToU8('{}') }), true),
      'invalid',
      /^\.\.\/evil\.json, \(file\): climbs out/,
    ],
    ['a ZIP bomb', () => zipBomb(), 'invalid', /^cases\/[0-9a-f-]+\.json, \(file\): unpacked is 121\.0 MiB/],
  ])('refuses %s with a precise message and changes nothing', async (_name, forge, code, message) => {
    const source = makeCaseStore();
    const id = await makeRichCase(source);
    const zip = await exportZip(source, [id]);
    const target = makeCaseStore();
    await makeRichCase(target, { orderNo: 'OTHER-1' });
    const before = await dumpCaseDb(target);
    const result = await target.importCases(forge(zip), 'upload.zip');
    expect(result).toMatchObject({ ok: false, error: { code } });
    expect(result.ok || result.error.message).toMatch(message);
    expect(await dumpCaseDb(target)).toEqual(before);
  });

  it.each<[string, () => Uint8Array | string]>([
    ['text', () => ' '.repeat(IMPORT_MAX_JSON_BYTES + 1)],
    ['bytes', () => new Uint8Array(IMPORT_MAX_JSON_BYTES + 1).fill(0x20)],
  ])('refuses a case JSON larger than the limit (as %s) before parsing it', async (_name, make) => {
    const store = makeCaseStore();
    const result = await store.importCases(make(), 'huge.json');
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(result.ok || result.error.message).toMatch(
      /^huge\.json, \(file\): is 67108865 bytes, more than the 67108864 bytes CancelDesk accepts/,
    );
  });
});
