import type { EvidenceRecord } from '../schema/evidence';

/** Path of a case's JSON inside a ZIP. */
export function caseJsonPath(caseId: string): string {
  return `cases/${caseId}.json`;
}

/** Characters no file name in a ZIP may hold: control and format characters, separators, and what some OS forbids. */
const UNSAFE_NAME_CHAR = /[\p{Cc}\p{Cf}/\\:*?"<>|]/u;
const UNSAFE_NAME_CHARS = new RegExp(UNSAFE_NAME_CHAR.source, 'gu');

/** File-name characters that are safe in every OS's file system and in ZIP tools. */
function safeName(name: string): string {
  const cleaned = name.normalize('NFC').replace(UNSAFE_NAME_CHARS, '_').replace(/^\.+/, '_').trim();
  return (cleaned || 'file').slice(0, 120);
}

/** Path of an evidence file inside a ZIP; derived from its metadata, so an import finds it again. */
export function evidencePath(caseId: string, evidence: Pick<EvidenceRecord, 'id' | 'name'>): string {
  return `evidence/${caseId}/${evidence.id}-${safeName(evidence.name)}`;
}

export const MANIFEST_PATH = 'manifest.json';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const CASE_JSON = new RegExp(`^cases/${UUID}\\.json$`, 'i');
/** evidence/<case id>/<evidence id>-<safe name>: the name part is checked apart, as safeName made it. */
const EVIDENCE_FILE = new RegExp(`^evidence/${UUID}/${UUID}-([^]{1,120})$`, 'iu');
/** Folder entries some ZIP tools add; they carry nothing and are skipped. */
const FOLDERS = new RegExp(`^(cases/|evidence/|evidence/${UUID}/)$`, 'i');

/**
 * Why a ZIP entry name is no part of the case ZIP layout, or null when it is one. Checked on every name
 * before anything is unpacked, so a path that climbs out ("../"), starts at a root, or hides a Windows
 * separator never reaches the code that uses it.
 */
export function layoutProblem(path: string): string | null {
  if (/^[/\\]|^[A-Za-z]:/.test(path)) return 'is an absolute path';
  if (path.includes('\\')) return 'holds a backslash';
  if (path.split('/').some((segment) => segment === '..' || segment === '.')) return 'climbs out of its folder ("..")';
  if (path === MANIFEST_PATH || CASE_JSON.test(path) || FOLDERS.test(path)) return null;
  const name = EVIDENCE_FILE.exec(path)?.[1];
  if (name !== undefined && !UNSAFE_NAME_CHAR.test(name)) return null;
  return 'is not a file a CancelDesk case ZIP holds (manifest.json, cases/<id>.json, evidence/<case id>/<evidence id>-<name>)';
}

/** Whether a layout path is a folder entry, which holds nothing. */
export function isLayoutFolder(path: string): boolean {
  return FOLDERS.test(path);
}
