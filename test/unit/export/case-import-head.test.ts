import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../lib/db/event-chain';
import { caseToJsonText } from '../../../lib/export/case-to-json';
import { casesToZip } from '../../../lib/export/cases-to-zip';
import { parseCaseImport, type ParsedImport } from '../../../lib/export/parse-case-import';
import { makeRichBundle } from '../../builders/case';

type Doc = Record<string, unknown> & { events: unknown[]; head?: { eventCount: number; lastHash: string } };

async function caseText(edit: (doc: Doc) => void = () => undefined): Promise<string> {
  const doc = JSON.parse(caseToJsonText(await makeRichBundle())) as Doc;
  edit(doc);
  return JSON.stringify(doc);
}

/** A version 1 file, as CancelDesk wrote it before exports carried their head. */
const asVersion1 = (doc: Doc) => {
  delete doc.head;
  doc.schemaVersion = 1;
};

/** Two cases in a ZIP, its files then changed; with fixFiles the manifest's checksums (not its heads) are recomputed. */
async function zipWith(
  change: (
    files: Record<string, Uint8Array>,
    manifest: Doc & { files: Record<string, string>; heads?: Record<string, unknown> },
  ) => void,
) {
  const files = unzipSync(
    casesToZip([await makeRichBundle({ orderNo: 'A-1' }), await makeRichBundle({ orderNo: 'B-2' })]),
  );
  const manifest = JSON.parse(strFromU8(files['manifest.json'] ?? new Uint8Array())) as Doc & {
    files: Record<string, string>;
    heads?: Record<string, unknown>;
  };
  change(files, manifest);
  for (const path of Object.keys(manifest.files)) if (files[path]) manifest.files[path] = sha256Hex(files[path]);
  files['manifest.json'] = strToU8(JSON.stringify(manifest));
  return zipSync(files);
}

const casePaths = (files: Record<string, Uint8Array>) =>
  Object.keys(files)
    .filter((p) => p.startsWith('cases/'))
    .sort();

const problemOf = (parsed: ParsedImport) =>
  parsed.ok ? null : `${parsed.error.code} ${parsed.error.file}, ${parsed.error.path}: ${parsed.error.message}`;

describe('the head an export carries', () => {
  it('is checked against the events: a file cut short whose head was left as it was is refused', async () => {
    const text = await caseText((doc) => doc.events.pop());
    expect(problemOf(parseCaseImport(text))).toMatch(
      /^tampered case\.json, events\[5\]: the event log does not end at the head the file records/,
    );
  });

  it.each<[string, (doc: Doc) => void, RegExp]>([
    [
      'a head with another count',
      (doc) => Object.assign(doc.head ?? {}, { eventCount: 9 }),
      /^tampered case\.json, events\[6\]: the event log does not end at the head/,
    ],
    [
      'a head with another hash',
      (doc) => Object.assign(doc.head ?? {}, { lastHash: 'a'.repeat(64) }),
      /^tampered case\.json, events\[6\]: the event log does not end at the head/,
    ],
    ['a version 2 file without its head', (doc) => delete doc.head, /^invalid case\.json, head: /],
    [
      'a version 1 file with a head',
      (doc) => Object.assign(doc, { schemaVersion: 1 }),
      /^invalid case\.json, \(root\): Unrecognized key: "head"/,
    ],
  ])('refuses %s', async (_name, edit, problem) => {
    expect(problemOf(parseCaseImport(await caseText(edit)))).toMatch(problem);
  });

  it('is not needed in a version 1 file, which still imports', async () => {
    const parsed = parseCaseImport(await caseText(asVersion1));
    expect(parsed.ok && parsed.value.map((b) => b.events.length)).toEqual([6]);
  });
});

describe('the heads a ZIP manifest carries', () => {
  it('catch a case file taken out of the ZIP together with its checksum', async () => {
    let gone = '';
    const zip = await zipWith((files, manifest) => {
      gone = casePaths(files)[1] ?? '';
      delete files[gone];
      delete manifest.files[gone];
    });
    const id = gone.slice('cases/'.length, -'.json'.length);
    expect(problemOf(parseCaseImport(zip))).toBe(
      `tampered manifest.json, heads.${id}: records a case the ZIP does not hold (${gone} was removed)`,
    );
  });

  it('catch a case whose events do not end at its recorded head', async () => {
    let path = '';
    const zip = await zipWith((files, manifest) => {
      path = casePaths(files)[0] ?? '';
      const id = path.slice('cases/'.length, -'.json'.length);
      manifest.heads = { ...manifest.heads, [id]: { eventCount: 5, lastHash: 'b'.repeat(64) } };
    });
    expect(problemOf(parseCaseImport(zip))).toBe(
      `tampered ${path}, events: do not end at the head manifest.json records for this case`,
    );
  });

  it('are not needed in a version 1 ZIP, which still imports', async () => {
    const zip = await zipWith((files, manifest) => {
      delete manifest.heads;
      manifest.schemaVersion = 1;
      for (const path of casePaths(files)) {
        const doc = JSON.parse(strFromU8(files[path] ?? new Uint8Array())) as Doc;
        asVersion1(doc);
        files[path] = strToU8(JSON.stringify(doc));
      }
    });
    const parsed = parseCaseImport(zip);
    expect(parsed.ok && parsed.value.length).toBe(2);
  });
});
