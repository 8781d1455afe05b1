import { Zip, ZipDeflate, ZipPassThrough, zipSync } from 'fflate';
import { IMPORT_MAX_ENTRIES } from '../../../lib/export/import-limits';

const MiB = 1024 * 1024;

export const CASE_ID = '6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b';
export const EVIDENCE_ID = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
/** Names the case ZIP layout allows, so that only the sizes are wrong. */
export const CASE_NAME = `cases/${CASE_ID}.json`;
export const EVIDENCE_NAME = `evidence/${CASE_ID}/${EVIDENCE_ID}-slip.png`;

/** Stored bytes, deflated bytes, or MiBs of deflated zeros. */
type Content = Uint8Array | { deflate: Uint8Array } | { zerosMiB: number };

/**
 * A ZIP built the way streaming tools write one (data descriptors after each entry): zeros are pushed a MiB at
 * a time, so a bomb never sits unpacked in the test's memory. Names may repeat, which zipSync cannot do.
 */
export function streamZip(entries: [string, Content][]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((err, chunk) => {
    if (err) throw err;
    chunks.push(chunk);
  });
  for (const [name, content] of entries) {
    if (content instanceof Uint8Array) {
      const file = new ZipPassThrough(name);
      zip.add(file);
      file.push(content, true);
      continue;
    }
    const file = new ZipDeflate(name, { level: 1 });
    zip.add(file);
    if ('deflate' in content) {
      file.push(content.deflate, true);
      continue;
    }
    const zeros = new Uint8Array(MiB);
    for (let i = 0; i < content.zerosMiB; i++) file.push(zeros, i === content.zerosMiB - 1);
  }
  zip.end();
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

let bomb: Uint8Array | undefined;

/** A genuine ZIP bomb: 121 MiB of zeros in about 125 kB under a case JSON name. Built on first use (a second or so). */
export function zipBomb(): Uint8Array {
  bomb ??= streamZip([[CASE_NAME, { zerosMiB: 121 }]]);
  return bomb.slice();
}

/** Offset of the central directory header of `name`. */
function centralHeader(zip: Uint8Array, name: string): number {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = zip.length - 22;
  while (view.getUint32(end, true) !== 0x06054b50) end--;
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < view.getUint16(end + 10, true); i++) {
    const nameLength = view.getUint16(at + 28, true);
    if (new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength)) === name) return at;
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  throw new Error(`no entry ${name}`);
}

/** A copy of the ZIP whose central directory says something else about one entry: a lying header. */
export function patchCentral(
  zip: Uint8Array,
  name: string,
  patch: { size?: number; compressedSize?: number; flags?: number },
): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const at = centralHeader(out, name);
  if (patch.flags !== undefined) view.setUint16(at + 8, patch.flags, true);
  if (patch.compressedSize !== undefined) view.setUint32(at + 20, patch.compressedSize, true);
  if (patch.size !== undefined) view.setUint32(at + 24, patch.size, true);
  return out;
}

/** Six evidence files of 10 bytes whose headers say 45 MiB each: each within its limit, together over the total. */
export function zipOverTotal(): Uint8Array {
  const names = Array.from({ length: 6 }, (_, i) => `evidence/${CASE_ID}/${EVIDENCE_ID}-${i}.png`);
  const zip = zipSync(Object.fromEntries(names.map((n) => [n, [new Uint8Array(10), { level: 0 }]])));
  return names.reduce<Uint8Array>((z, n) => patchCentral(z, n, { size: 45 * MiB, compressedSize: 45 * MiB }), zip);
}

/** One empty case file more than a ZIP may hold. */
export function zipOfTooManyEntries(): Uint8Array {
  return zipSync(
    Object.fromEntries(
      Array.from({ length: IMPORT_MAX_ENTRIES + 1 }, (_, i) => [`cases/${i}.json`, new Uint8Array(0)]),
    ),
  );
}
