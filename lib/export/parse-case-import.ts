import { strFromU8 } from 'fflate';
import { z } from 'zod';
import { findCardNumber } from '../db/card-number-guard';
import { canonicalJson } from '../db/canonical-json';
import { replayCase } from '../db/case-reducer';
import { checkChain, sha256Hex } from '../db/event-chain';
import { CaseRecord } from '../schema/case';
import { CaseExport, ZipManifest, type CaseBundle, type ExportHead } from '../schema/case-export';
import { EvidenceRecord } from '../schema/evidence';
import { NoteRecord } from '../schema/note';
import { caseToJson } from './case-to-json';
import { IMPORT_MAX_JSON_BYTES, overLimitSizes, overLimitText } from './import-limits';
import { reason } from './import-reason';
import { CHAIN_WORDS, ImportFailure, invalid, tampered, zodPath, type ImportProblem } from './import-problem';
import { unzipCaseFiles, ZipRefusal } from './safe-unzip';
import { caseJsonPath, evidencePath, MANIFEST_PATH } from './zip-layout';
import { describeError } from '../errors';

export type { ImportProblem } from './import-problem';

export type ParsedImport = { ok: true; value: CaseBundle[] } | { ok: false; error: ImportProblem };

function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw invalid(file, '(root)', `not valid JSON: ${describeError(err)}`, 'notJson');
  }
}

/** The first place two JSON values differ, as a path, or null when they are equal. */
function firstDifference(a: unknown, b: unknown, path: string): string | null {
  if (canonicalJson(a) === canonicalJson(b)) return null;
  if (a && b && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of [...keys].sort()) {
      const child = Array.isArray(a) ? `${path}[${key}]` : `${path}.${key}`;
      const diff = firstDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], child);
      if (diff) return diff;
    }
  }
  return path;
}

/** The file as caseToJson writes it for that version: version 1 had no head. */
function asWritten(doc: CaseExport, bundle: CaseBundle): unknown {
  const written = caseToJson(bundle);
  if (doc.schemaVersion !== 1) return written;
  const { head: _head, ...rest } = written;
  return { ...rest, schemaVersion: 1 };
}

/**
 * Validates one case document: schema, no card numbers, an intact event chain whose times never go back and
 * which ends at the head the file records (a version 1 file, which records none, at its last event), and a
 * summary that matches the events.
 */
function parseCase(
  file: string,
  data: unknown,
  bytesFor: (path: string) => Uint8Array | undefined,
  zipped: boolean,
): CaseBundle {
  const parsed = CaseExport.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw invalid(file, issue ? zodPath(issue) : '(root)', issue?.message ?? 'not a CancelDesk case', 'badValue');
  }
  const doc = parsed.data;
  const card = findCardNumber(doc);
  if (card)
    throw invalid(file, card, 'holds what looks like a full card number; CancelDesk never stores one', 'cardNumber');
  const last = doc.events.at(-1);
  const head: ExportHead =
    doc.schemaVersion === 1 ? { eventCount: doc.events.length, lastHash: last?.hash ?? '' } : doc.head;
  const chain = checkChain(doc.events, {
    caseId: doc.case.id,
    eventCount: head.eventCount,
    lastHeadHash: head.lastHash,
  });
  if (!chain.ok) throw tampered(file, `events[${chain.brokenAt}]`, CHAIN_WORDS[chain.reason], `chain.${chain.reason}`);
  const replay = replayCase(doc.events);
  if (!replay.ok) throw tampered(file, 'events', replay.message, 'replayFailed');
  const bundle: CaseBundle = {
    case: replay.value.record,
    events: doc.events,
    notes: replay.value.notes,
    evidence: replay.value.evidence,
    bytes: {},
  };
  const diff = firstDifference(asWritten(doc, bundle), doc, '');
  if (diff) throw tampered(file, diff.replace(/^\./, ''), 'does not match what the events record', 'notAsEvents');
  // The case, notes and evidence written are rebuilt from the events, not read from the file; like every row
  // the store writes, they must meet their table's schema all the same.
  const rebuilt = [
    ['case', CaseRecord.safeParse(bundle.case).error],
    ['notes', z.array(NoteRecord).safeParse(bundle.notes).error],
    ['evidence', z.array(EvidenceRecord).safeParse(bundle.evidence).error],
  ] as const;
  for (const [table, error] of rebuilt) {
    const issue = error?.issues[0];
    if (issue)
      throw invalid(
        file,
        zodPath({ ...issue, path: [table, ...issue.path] }),
        `not valid as the events rebuild it: ${issue.message}`,
        'rebuiltInvalid',
      );
  }
  for (const item of bundle.evidence) {
    if (item.purgedAt) continue;
    const path = evidencePath(doc.case.id, item);
    const bytes = bytesFor(path);
    if (!bytes) {
      if (zipped)
        throw invalid(path, '(file)', `missing from the ZIP (evidence ${item.id} of ${file})`, 'evidenceMissing', {
          evidence: item.id,
          caseFile: file,
        });
      continue;
    }
    if (bytes.length !== item.size || sha256Hex(bytes) !== item.sha256)
      throw tampered(path, '(file)', `does not match the size and SHA-256 recorded in ${file}`, 'evidenceMismatch', {
        caseFile: file,
      });
    bundle.bytes[item.id] = bytes;
  }
  return bundle;
}

function parseZip(bytes: Uint8Array): CaseBundle[] {
  let files: Record<string, Uint8Array>;
  try {
    // Sizes, entry count, bomb ratio and paths are all checked in there, before anything is inflated.
    files = unzipCaseFiles(bytes);
  } catch (err) {
    if (err instanceof ZipRefusal)
      throw new ImportFailure({
        code: 'invalid',
        file: err.file,
        path: '(file)',
        message: err.message,
        reason: err.reason,
      });
    throw err;
  }
  const manifestBytes = files[MANIFEST_PATH];
  if (!manifestBytes)
    throw invalid(MANIFEST_PATH, '(file)', 'missing: this is not a CancelDesk case ZIP', 'manifestMissing');
  const manifest = ZipManifest.safeParse(parseJson(MANIFEST_PATH, strFromU8(manifestBytes)));
  if (!manifest.success) {
    const issue = manifest.error.issues[0];
    const path = issue ? zodPath(issue) : '(root)';
    throw invalid(MANIFEST_PATH, path, issue?.message ?? 'invalid manifest', 'manifestInvalid');
  }
  const listed = manifest.data.files;
  for (const [path, content] of Object.entries(files)) {
    if (path === MANIFEST_PATH) continue;
    const expected = listed[path];
    if (!expected) throw tampered(path, '(file)', 'is not listed in manifest.json', 'notListed');
    if (sha256Hex(content) !== expected)
      throw tampered(path, '(file)', 'does not match its SHA-256 in manifest.json', 'manifestHash');
  }
  const missing = Object.keys(listed).find((path) => !files[path]);
  if (missing) throw invalid(missing, '(file)', 'is listed in manifest.json but missing from the ZIP', 'listedMissing');
  const casePaths = Object.keys(files)
    .filter((p) => /^cases\/[^/]+\.json$/.test(p))
    .sort();
  if (!casePaths.length) throw invalid('(zip)', 'cases/', 'holds no case', 'noCase');
  const bundles = casePaths.map((file) => {
    const bundle = parseCase(file, parseJson(file, strFromU8(files[file] ?? new Uint8Array())), (p) => files[p], true);
    if (caseJsonPath(bundle.case.id) !== file)
      throw tampered(file, 'case.id', 'does not match the file name', 'caseIdMismatch');
    return bundle;
  });
  if (manifest.data.schemaVersion !== 1) checkHeads(manifest.data.heads, bundles);
  return bundles;
}

/** Every case of the ZIP ends at the head its manifest records, and the manifest records no case the ZIP lacks. */
function checkHeads(heads: Record<string, ExportHead>, bundles: readonly CaseBundle[]): void {
  const held = new Set(bundles.map((b) => b.case.id));
  const gone = Object.keys(heads).find((id) => !held.has(id));
  if (gone)
    throw tampered(
      MANIFEST_PATH,
      `heads.${gone}`,
      `records a case the ZIP does not hold (${caseJsonPath(gone)} was removed)`,
      'headRemoved',
      { removed: caseJsonPath(gone) },
    );
  for (const bundle of bundles) {
    const file = caseJsonPath(bundle.case.id);
    const head = heads[bundle.case.id];
    if (!head) throw tampered(MANIFEST_PATH, 'heads', `records no head for ${file}`, 'headMissing', { caseFile: file });
    if (head.eventCount !== bundle.case.eventCount || head.lastHash !== bundle.case.lastHeadHash) {
      throw tampered(file, 'events', 'do not end at the head manifest.json records for this case', 'headMismatch');
    }
  }
}

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/**
 * Reads a case JSON (text or bytes) or a case ZIP and checks everything before anything is written:
 * schema, manifest checksums, event chains, that each case matches its events, and evidence checksums.
 */
export function parseCaseImport(input: Uint8Array | string, fileName = 'case.json'): ParsedImport {
  try {
    if (typeof input !== 'string' && isZip(input)) return { ok: true, value: parseZip(input) };
    // Measured before decoding and parsing, which take several times the file's size in memory. A string
    // is measured in UTF-16 code units, which is what it occupies.
    const tooBig = overLimitSizes(input.length, IMPORT_MAX_JSON_BYTES);
    if (tooBig) throw invalid(fileName, '(file)', overLimitText(tooBig), 'jsonTooLarge', tooBig);
    const text = typeof input === 'string' ? input : strFromU8(input);
    return { ok: true, value: [parseCase(fileName, parseJson(fileName, text), () => undefined, false)] };
  } catch (err) {
    if (err instanceof ImportFailure) return { ok: false, error: err.problem };
    return {
      ok: false,
      error: {
        code: 'invalid',
        file: fileName,
        path: '(root)',
        message: describeError(err),
        reason: reason('unreadable', { file: fileName, path: '(root)' }),
      },
    };
  }
}
