import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { caseToJson } from '../../../lib/export/case-to-json';
import { IMPORT_MAX_ENTRIES, IMPORT_MAX_JSON_BYTES } from '../../../lib/export/import-limits';
import type { ImportReasonCode, ImportReasonParams } from '../../../lib/export/import-reason';
import { parseCaseImport } from '../../../lib/export/parse-case-import';
import { makeRichBundle } from '../../builders/case';
import { expectWordedInBoth } from '../../builders/import-reasons';
import {
  CASE_NAME,
  EVIDENCE_NAME,
  patchCentral,
  streamZip,
  zipBomb,
  zipOfTooManyEntries,
  zipOverTotal,
} from './zip-fixtures';

const json = strToU8('{"a":1}');

/** A case JSON as the export writes it, edited. */
async function editedCase(edit: (doc: ReturnType<typeof caseToJson>) => void): Promise<string> {
  const doc = caseToJson(await makeRichBundle());
  edit(doc);
  return JSON.stringify(doc);
}

type Row = [string, () => Promise<Uint8Array | string> | Uint8Array | string, ImportReasonCode, ImportReasonParams];

const ZIP = '(zip)';
const FILE = '(file)';

describe('a refused import carries a reason code with its parameters', () => {
  it.each<Row>([
    [
      'an evidence file that unpacks 40 MiB from a few KiB (a ZIP bomb)',
      () => streamZip([[EVIDENCE_NAME, { zerosMiB: 40 }]]),
      'zipBomb',
      { entry: EVIDENCE_NAME, packed: expect.stringMatching(/^\d+\.\d KiB$/), unpacked: '40.0 MiB', ratio: 100 },
    ],
    [
      'a case JSON that unpacks to 121 MiB',
      zipBomb,
      'zipEntryTooLarge',
      { entry: CASE_NAME, size: '121.0 MiB', limit: '64.0 MiB' },
    ],
    [
      'an entry that outgrows its header',
      () => patchCentral(zipBomb(), CASE_NAME, { size: 1000 }),
      'zipOutgrowsHeader',
      { entry: CASE_NAME, declared: '1000 bytes' },
    ],
    [
      'an entry shorter than its header says',
      () => patchCentral(zipSync({ [CASE_NAME]: strToU8('{"a":1,"b":2}') }), CASE_NAME, { size: 40 }),
      'zipShortOfHeader',
      { entry: CASE_NAME, got: '13 bytes', declared: '40 bytes' },
    ],
    [
      'a stored entry whose two sizes differ',
      () => patchCentral(zipSync({ [CASE_NAME]: [json, { level: 0 }] }), CASE_NAME, { size: 40 }),
      'zipStoredSize',
      { entry: CASE_NAME },
    ],
    [
      'a stored entry longer than the ZIP',
      () =>
        patchCentral(zipSync({ [CASE_NAME]: [json, { level: 0 }] }), CASE_NAME, { size: 5000, compressedSize: 5000 }),
      'zipCutShort',
      { entry: CASE_NAME },
    ],
    [
      `more than ${IMPORT_MAX_ENTRIES} files`,
      zipOfTooManyEntries,
      'zipTooManyEntries',
      { entry: ZIP, max: IMPORT_MAX_ENTRIES },
    ],
    ['more than 256 MiB in all', zipOverTotal, 'zipTotalTooLarge', { entry: ZIP, limit: '256.0 MiB' }],
    ['an entry that climbs out', () => zipSync({ '../evil.json': json }), 'zipBadName', { entry: '../evil.json' }],
    [
      'the same name twice',
      () =>
        streamZip([
          [CASE_NAME, json],
          [CASE_NAME, json],
        ]),
      'zipDuplicate',
      { entry: CASE_NAME },
    ],
    [
      'an encrypted entry',
      () => patchCentral(zipSync({ [CASE_NAME]: json }), CASE_NAME, { flags: 1 }),
      'zipEncrypted',
      { entry: CASE_NAME },
    ],
    ['bytes that are not a ZIP', () => strToU8('PK\u0003\u0004 and then nothing'), 'zipDamaged', { entry: ZIP }],
    [
      'a ZIP without its manifest',
      () => zipSync({ [CASE_NAME]: json }),
      'manifestMissing',
      { file: 'manifest.json', path: FILE },
    ],
    [
      'a JSON file over 64 MiB',
      () => 'x'.repeat(IMPORT_MAX_JSON_BYTES + 1),
      'jsonTooLarge',
      {
        file: 'case.json',
        path: FILE,
        size: `${IMPORT_MAX_JSON_BYTES + 1} bytes`,
        limit: `${IMPORT_MAX_JSON_BYTES} bytes`,
      },
    ],
    [
      'a truncated JSON file',
      () => '{"format": "canceldesk-case", "events": [',
      'notJson',
      { file: 'case.json', path: '(root)' },
    ],
    [
      'a value of the wrong type',
      () =>
        editedCase((doc) => {
          (doc.events[1] as { seq: unknown }).seq = 'two';
        }),
      'badValue',
      { file: 'case.json', path: 'events[1].seq' },
    ],
    [
      'an amount lowered after export',
      () =>
        editedCase((doc) => {
          const values = (doc.events[0]?.data as { draft: { values: { amountMinor: number } } }).draft.values;
          values.amountMinor = 1;
        }),
      'chain.hash',
      { file: 'case.json', path: 'events[0]' },
    ],
  ])('%s', async (_name, build, code, params) => {
    const parsed = parseCaseImport(await build());
    if (parsed.ok) throw new Error('the file was accepted');
    expect(parsed.error.reason).toEqual({ code, params });
    expectWordedInBoth(parsed.error.reason, parsed.error.message);
  });
});
