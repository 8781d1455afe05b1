import { strToU8, zipSync, type Zippable } from 'fflate';
import { sha256Hex } from '../db/event-chain';
import { CASE_EXPORT_SCHEMA_VERSION, type CaseBundle, type ZipManifest } from '../schema/case-export';
import { caseToJsonText, exportHead } from './case-to-json';
import { caseJsonPath, evidencePath, MANIFEST_PATH } from './zip-layout';

/**
 * Several cases as one ZIP: cases/<id>.json each, the evidence bytes under evidence/<case id>/, and
 * manifest.json with the SHA-256 of every file and the head of every case (so a case file dropped from the
 * ZIP, manifest entry and all, is still missed). Evidence without loaded bytes (purged) is left out.
 */
export function casesToZip(bundles: readonly CaseBundle[], options: { now?: Date } = {}): Uint8Array {
  const now = options.now ?? new Date();
  const files: Record<string, Uint8Array> = {};
  for (const bundle of bundles) {
    files[caseJsonPath(bundle.case.id)] = strToU8(caseToJsonText(bundle));
    for (const item of bundle.evidence) {
      const bytes = bundle.bytes[item.id];
      if (bytes && !item.purgedAt) files[evidencePath(bundle.case.id, item)] = bytes;
    }
  }
  const manifest: ZipManifest = {
    format: 'canceldesk-cases',
    schemaVersion: CASE_EXPORT_SCHEMA_VERSION,
    createdAt: now.toISOString(),
    files: Object.fromEntries(Object.entries(files).map(([path, bytes]) => [path, sha256Hex(bytes)])),
    heads: Object.fromEntries(bundles.map((b) => [b.case.id, exportHead(b.case)])),
  };
  const zippable: Zippable = { [MANIFEST_PATH]: strToU8(`${JSON.stringify(manifest, null, 2)}\n`) };
  // Images and PDFs are compressed already; storing them saves time for nothing lost.
  for (const [path, bytes] of Object.entries(files))
    zippable[path] = path.endsWith('.json') ? bytes : [bytes, { level: 0 }];
  return zipSync(zippable, { mtime: now });
}
