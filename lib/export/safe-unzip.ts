import { Inflate, strFromU8 } from 'fflate';
import {
  IMPORT_MAX_ENTRIES,
  IMPORT_MAX_EVIDENCE_BYTES,
  IMPORT_MAX_FILE_BYTES,
  IMPORT_MAX_JSON_BYTES,
  IMPORT_MAX_TOTAL_BYTES,
  overLimitSizes,
  overLimitText,
  sizeWords,
  ZIP_MAX_RATIO,
  ZIP_RATIO_FROM_BYTES,
} from './import-limits';
import { isLayoutFolder, layoutProblem } from './zip-layout';
import { describeError } from '../errors';
import { reason, type ImportReason, type ImportReasonCode } from './import-reason';

/**
 * Unpacks a case ZIP without trusting it. fflate's unzipSync inflates whatever the headers ask for and,
 * given a size, silently cuts what does not fit, so a ZIP that lies about its sizes can neither be caught
 * nor stopped. Here the central directory is read first and every entry's name and declared sizes are
 * checked before a single byte is inflated; then each entry is inflated in small steps and stopped the
 * moment it outgrows what its header declared.
 */

/** A ZIP refused: which entry ("(zip)" for the archive itself), why in English, and why as a reason for the panel. */
export class ZipRefusal extends Error {
  constructor(
    readonly file: string,
    message: string,
    readonly reason: ImportReason,
  ) {
    super(message);
    this.name = 'ZipRefusal';
  }
}

interface Entry {
  name: string;
  nameBytes: Uint8Array;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const END_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
/** The end record is 22 bytes plus a comment of at most 65,535. */
const END_SEARCH = 22 + 0xffff;
/** ZIP64 marks a size or count that does not fit the classic fields; nothing within the limits needs it. */
const ZIP64 = 0xffffffff;
/** Compressed bytes fed to the inflater per step: at most about a thousand times that comes out of one step. */
const INFLATE_STEP = 4096;

/** A ZIP whose structure cannot be read; the code says which part, the English `what` says it for the log. */
const damaged = (file: string, what: string, code: ImportReasonCode = 'zipDamaged') =>
  new ZipRefusal(file, `not a readable ZIP: ${what}`, reason(code, { entry: file }));

/** A refusal of one entry (or of the ZIP) with its reason's parameters; the entry's name is always one. */
const refuse = (file: string, message: string, code: ImportReasonCode, params: Record<string, string | number> = {}) =>
  new ZipRefusal(file, message, reason(code, { entry: file, ...params }));

function findEnd(view: DataView): number {
  const last = view.byteLength - 22;
  for (let at = last; at >= 0 && at >= last - END_SEARCH; at--)
    if (view.getUint32(at, true) === END_SIGNATURE) return at;
  throw damaged('(zip)', 'no end-of-archive record');
}

/** Evidence files may be as large as the store takes them; everything else in the layout is JSON. */
function entryLimit(name: string): number {
  return name.startsWith('evidence/') ? IMPORT_MAX_EVIDENCE_BYTES : IMPORT_MAX_JSON_BYTES;
}

/** The central directory, every entry checked (name, method, declared sizes, ratio, total) before any is unpacked. */
function readDirectory(zip: Uint8Array, view: DataView): Entry[] {
  const end = findEnd(view);
  const count = view.getUint16(end + 10, true);
  if (view.getUint16(end + 4, true) !== 0 || view.getUint16(end + 8, true) !== count)
    throw damaged('(zip)', 'split across several files', 'zipSplit');
  if (count > IMPORT_MAX_ENTRIES || count === 0xffff)
    throw refuse('(zip)', `holds more than the ${IMPORT_MAX_ENTRIES} files CancelDesk accepts`, 'zipTooManyEntries', {
      max: IMPORT_MAX_ENTRIES,
    });
  const entries: Entry[] = [];
  const seen = new Set<string>();
  let total = 0;
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < count; i++) {
    if (view.getUint32(at, true) !== CENTRAL_SIGNATURE) throw damaged('(zip)', 'broken central directory');
    const flags = view.getUint16(at + 8, true);
    const nameLength = view.getUint16(at + 28, true);
    const nameBytes = zip.subarray(at + 46, at + 46 + nameLength);
    // Bit 11: the name is UTF-8; otherwise read it byte for byte, as fflate does.
    const name = strFromU8(nameBytes, !(flags & 0x800));
    const entry: Entry = {
      name,
      nameBytes,
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
    };
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const badName = layoutProblem(name);
    if (badName) throw refuse(name, badName, 'zipBadName');
    if (seen.has(name)) throw refuse(name, 'appears twice in the ZIP', 'zipDuplicate');
    seen.add(name);
    if (flags & 1) throw refuse(name, 'is encrypted', 'zipEncrypted');
    if (entry.method !== 0 && entry.method !== 8)
      throw refuse(name, `uses a compression method CancelDesk does not read (${entry.method})`, 'zipMethod', {
        method: entry.method,
      });
    if (entry.size === ZIP64 || entry.compressedSize === ZIP64 || entry.localOffset === ZIP64)
      throw refuse(name, 'is larger than CancelDesk accepts (ZIP64)', 'zipZip64');
    if (isLayoutFolder(name)) {
      if (entry.size) throw refuse(name, 'is a folder with content', 'zipFolderContent');
      continue;
    }
    const tooBig = overLimitSizes(entry.size, entryLimit(name));
    if (tooBig) throw refuse(name, `unpacked ${overLimitText(tooBig)}`, 'zipEntryTooLarge', tooBig);
    if (entry.size > ZIP_RATIO_FROM_BYTES && entry.size > entry.compressedSize * ZIP_MAX_RATIO) {
      const [packed, unpacked] = [sizeWords(entry.compressedSize), sizeWords(entry.size)];
      throw refuse(
        name,
        `unpacks from ${packed} to ${unpacked}, more than ${ZIP_MAX_RATIO} times: a ZIP bomb`,
        'zipBomb',
        { packed, unpacked, ratio: ZIP_MAX_RATIO },
      );
    }
    if (entry.method === 0 && entry.size !== entry.compressedSize)
      throw damaged(name, 'stored size and size differ', 'zipStoredSize');
    total += entry.size;
    if (total > IMPORT_MAX_TOTAL_BYTES) {
      const limit = sizeWords(IMPORT_MAX_TOTAL_BYTES);
      throw refuse('(zip)', `unpacks to more than the ${limit} CancelDesk accepts`, 'zipTotalTooLarge', { limit });
    }
    entries.push(entry);
  }
  return entries;
}

/** The entry's compressed bytes, found through its local header, which must name the same file. */
function entryData(zip: Uint8Array, view: DataView, entry: Entry): Uint8Array {
  const at = entry.localOffset;
  if (view.getUint32(at, true) !== LOCAL_SIGNATURE) throw damaged(entry.name, 'broken local header');
  const nameLength = view.getUint16(at + 26, true);
  const start = at + 30 + nameLength + view.getUint16(at + 28, true);
  const localName = zip.subarray(at + 30, at + 30 + nameLength);
  // Other unzip tools go by the local header: a file must not be one thing to them and another to CancelDesk.
  if (localName.length !== entry.nameBytes.length || !localName.every((b, i) => b === entry.nameBytes[i]))
    throw damaged(entry.name, 'its two headers name different files', 'zipHeadersDiffer');
  if (start + entry.compressedSize > zip.length) throw damaged(entry.name, 'cut short', 'zipCutShort');
  return zip.subarray(start, start + entry.compressedSize);
}

/** Inflates one entry into exactly its declared size, stopping as soon as it would outgrow it. */
function inflateCapped(entry: Entry, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(entry.size);
  let got = 0;
  const inflater = new Inflate((chunk) => {
    if (got + chunk.length > entry.size)
      throw refuse(
        entry.name,
        `unpacks to more than the ${sizeWords(entry.size)} its header declares`,
        'zipOutgrowsHeader',
        { declared: sizeWords(entry.size) },
      );
    out.set(chunk, got);
    got += chunk.length;
  });
  if (!data.length) inflater.push(data, true);
  for (let at = 0; at < data.length; at += INFLATE_STEP)
    inflater.push(data.subarray(at, at + INFLATE_STEP), at + INFLATE_STEP >= data.length);
  if (got !== entry.size)
    throw refuse(
      entry.name,
      `unpacks to ${sizeWords(got)}, less than the ${sizeWords(entry.size)} its header declares`,
      'zipShortOfHeader',
      { got: sizeWords(got), declared: sizeWords(entry.size) },
    );
  return out;
}

/**
 * Every file of a case ZIP by path, or a ZipRefusal: too large, too many files, a bomb, a name outside the
 * layout (see zip-layout.ts), or headers that lie. Folder entries are left out.
 */
export function unzipCaseFiles(zip: Uint8Array): Record<string, Uint8Array> {
  const tooBig = overLimitSizes(zip.length, IMPORT_MAX_FILE_BYTES);
  if (tooBig) throw refuse('(zip)', overLimitText(tooBig), 'zipTooLarge', tooBig);
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  try {
    const entries = readDirectory(zip, view);
    const files: Record<string, Uint8Array> = {};
    for (const entry of entries) {
      const data = entryData(zip, view, entry);
      files[entry.name] = entry.method === 0 ? data.slice() : inflateCapped(entry, data);
    }
    return files;
  } catch (err) {
    if (err instanceof ZipRefusal) throw err;
    // A RangeError from reading past the end, or fflate's own complaint about a broken stream.
    throw damaged('(zip)', describeError(err));
  }
}
