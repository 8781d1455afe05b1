import type { EvidenceRecord } from '../schema/evidence';

/** Path of a case's JSON inside a ZIP. */
export function caseJsonPath(caseId: string): string {
  return `cases/${caseId}.json`;
}

/** File-name characters that are safe in every OS's file system and in ZIP tools. */
function safeName(name: string): string {
  const cleaned = name.normalize('NFC').replace(/[\p{Cc}\p{Cf}/\\:*?"<>|]/gu, '_').replace(/^\.+/, '_').trim();
  return (cleaned || 'file').slice(0, 120);
}

/** Path of an evidence file inside a ZIP; derived from its metadata, so an import finds it again. */
export function evidencePath(caseId: string, evidence: Pick<EvidenceRecord, 'id' | 'name'>): string {
  return `evidence/${caseId}/${evidence.id}-${safeName(evidence.name)}`;
}

export const MANIFEST_PATH = 'manifest.json';
