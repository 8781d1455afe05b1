import { strToU8, unzipSync, zipSync } from 'fflate';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { sha256Hex } from '../../../lib/db/event-chain';
import { casesToZip } from '../../../lib/export/cases-to-zip';
import { IMPORT_MAX_ENTRIES } from '../../../lib/export/import-limits';
import { unzipCaseFiles, ZipRefusal } from '../../../lib/export/safe-unzip';
import { makeRichBundle } from '../../builders/case';
import {
  CASE_ID,
  CASE_NAME,
  EVIDENCE_ID,
  EVIDENCE_NAME,
  patchCentral,
  streamZip,
  zipBomb,
  zipOfTooManyEntries,
  zipOverTotal,
} from './zip-fixtures';

/** What reached the inflater: a refusal "before inflating" means nothing did. */
const inflated = vi.hoisted(() => ({ steps: 0, bytesIn: 0 }));

vi.mock('fflate', async (importOriginal) => {
  const real = await importOriginal<typeof import('fflate')>();
  class CountingInflate extends real.Inflate {
    override push(chunk: Uint8Array, final?: boolean) {
      inflated.steps += 1;
      inflated.bytesIn += chunk.length;
      super.push(chunk, final);
    }
  }
  return { ...real, Inflate: CountingInflate };
});

beforeEach(() => {
  inflated.steps = 0;
  inflated.bytesIn = 0;
});

const MiB = 1024 * 1024;
const json = strToU8('{"a":1}');

function refusal(zip: Uint8Array): ZipRefusal {
  try {
    unzipCaseFiles(zip);
  } catch (err) {
    if (err instanceof ZipRefusal) return err;
    throw err;
  }
  throw new Error('the ZIP was accepted');
}

describe('unzipCaseFiles', () => {
  it('unpacks what the export writes, exactly as fflate does', async () => {
    const zip = casesToZip([await makeRichBundle({ bytes: new Uint8Array(100_000).map((_, i) => i % 7) })]);
    expect(unzipCaseFiles(zip)).toEqual(unzipSync(zip));
  });

  it('unpacks a ZIP another tool wrote: folder entries, data descriptors, deflated evidence', () => {
    // A screenshot hardly compresses; random bytes do not at all.
    const screenshot = new Uint8Array(MiB);
    for (let at = 0; at < MiB; at += 65_536) crypto.getRandomValues(screenshot.subarray(at, at + 65_536));
    const files = unzipCaseFiles(
      streamZip([
        ['cases/', new Uint8Array(0)],
        [`evidence/${CASE_ID}/`, new Uint8Array(0)],
        [CASE_NAME, json],
        [EVIDENCE_NAME, { deflate: screenshot }],
      ]),
    );
    expect(Object.keys(files).sort()).toEqual([CASE_NAME, EVIDENCE_NAME]);
    expect(files[CASE_NAME]).toEqual(json);
    expect(sha256Hex(files[EVIDENCE_NAME] ?? new Uint8Array())).toBe(sha256Hex(screenshot));
    expect(inflated.steps).toBeGreaterThan(1);
  });

  it('refuses a ZIP bomb before inflating any of it', () => {
    const bomb = zipBomb();
    expect(bomb.length).toBeLessThan(200_000);
    const err = refusal(bomb);
    expect([err.file, err.message]).toEqual([
      CASE_NAME,
      expect.stringMatching(/unpacked is 121\.0 MiB, more than the 64\.0 MiB/),
    ]);
    expect(inflated.steps).toBe(0);
  });

  it('stops a bomb whose header lies about its size at the first step past the declared size', () => {
    const bomb = patchCentral(zipBomb(), CASE_NAME, { size: 1000 });
    const err = refusal(bomb);
    expect([err.file, err.message]).toEqual([
      CASE_NAME,
      expect.stringMatching(/more than the 1000 bytes its header declares/),
    ]);
    expect(inflated.steps).toBe(1);
    expect(inflated.bytesIn).toBeLessThan(bomb.length / 10);
  });

  it.each<[string, () => Uint8Array, string, RegExp]>([
    [
      'an evidence file that unpacks 40 MiB from 40 kB',
      () => streamZip([[EVIDENCE_NAME, { zerosMiB: 40 }]]),
      EVIDENCE_NAME,
      /more than 100 times: a ZIP bomb/,
    ],
    ['more than 256 MiB in all', zipOverTotal, '(zip)', /unpacks to more than the 256\.0 MiB/],
    [`more than ${IMPORT_MAX_ENTRIES} files`, zipOfTooManyEntries, '(zip)', /more than the 10000 files/],
    ['an entry named ../evil.json', () => zipSync({ '../evil.json': json }), '../evil.json', /climbs out/],
    [
      'an entry that climbs out from inside',
      () => zipSync({ 'cases/../../evil.json': json }),
      'cases/../../evil.json',
      /climbs out/,
    ],
    ['an absolute path', () => zipSync({ '/etc/evil.json': json }), '/etc/evil.json', /absolute/],
    ['a drive letter', () => zipSync({ 'C:/evil.json': json }), 'C:/evil.json', /absolute/],
    ['a backslash', () => zipSync({ 'cases\\evil.json': json }), 'cases\\evil.json', /backslash/],
    [
      'a name outside the layout',
      () => zipSync({ 'notes.txt': json }),
      'notes.txt',
      /not a file a CancelDesk case ZIP holds/,
    ],
    ['a case JSON not named by a case id', () => zipSync({ 'cases/evil.json': json }), 'cases/evil.json', /not a file/],
    [
      'a hidden right-to-left override',
      () => zipSync({ [`evidence/${CASE_ID}/${EVIDENCE_ID}-gpj\u202Eexe`]: json }),
      `evidence/${CASE_ID}/${EVIDENCE_ID}-gpj\u202Eexe`,
      /not a file/,
    ],
    [
      'the same name twice',
      () =>
        streamZip([
          [CASE_NAME, json],
          [CASE_NAME, strToU8('{"a":2}')],
        ]),
      CASE_NAME,
      /twice/,
    ],
    [
      'an encrypted entry',
      () => patchCentral(zipSync({ [CASE_NAME]: json }), CASE_NAME, { flags: 1 }),
      CASE_NAME,
      /encrypted/,
    ],
    [
      'an entry shorter than its header says',
      () => patchCentral(zipSync({ [CASE_NAME]: strToU8('{"a":1,"b":2}') }), CASE_NAME, { size: 40 }),
      CASE_NAME,
      /less than the 40 bytes/,
    ],
    [
      'a stored entry longer than the ZIP',
      () =>
        patchCentral(zipSync({ [CASE_NAME]: [json, { level: 0 }] }), CASE_NAME, { size: 5000, compressedSize: 5000 }),
      CASE_NAME,
      /cut short/,
    ],
    ['bytes that are not a ZIP', () => strToU8('PK\u0003\u0004 and then nothing'), '(zip)', /not a readable ZIP/],
  ])('refuses %s', (_name, build, file, message) => {
    const err = refusal(build());
    expect([err.file, err.message]).toEqual([file, expect.stringMatching(message)]);
    // Whatever is wrong with the names or declared sizes is found before anything is inflated.
    if (!/less than/.test(message.source)) expect(inflated.steps).toBe(0);
  });
});
