/**
 * Why an import or a restore refused a file, as a code and its parameters, carried beside the English message
 * (which stays for logs and tests) so the panel can say it in the agent's language. Parameters are data: sizes
 * already in sizeWords' form (the same in every language), counts as numbers, file and entry names, JSON paths,
 * ids and order numbers as the file gave them.
 */

/** Why a chain check failed; the same list as event-chain's ChainBreakReason, here as values for the dictionaries. */
export const CHAIN_BREAKS = [
  'sequence',
  'prev_hash',
  'hash',
  'case_id',
  'time',
  'truncated',
  'ledger',
  'head',
  'state',
  'evidence',
  'missing_case',
] as const;

/** Ledger findings a restored backup can have against its own ledger (verify-ledger's LedgerFindingKind). */
export const LEDGER_FINDINGS = [
  'truncated',
  'rewritten',
  'unrecorded_events',
  'not_in_ledger',
  'deleted_without_trace',
  'deleted_but_present',
] as const;

/** Every reason an import or a restore gives; the dictionaries word each as `log.importReason.<code>`. */
export const IMPORT_REASON_CODES = [
  // The file as a whole.
  'fileTooLarge',
  'jsonTooLarge',
  'notJson',
  'unreadable',
  'diskFull',
  // A ZIP (safe-unzip.ts).
  'zipTooLarge',
  'zipTooManyEntries',
  'zipTotalTooLarge',
  'zipDamaged',
  'zipSplit',
  'zipBadName',
  'zipDuplicate',
  'zipEncrypted',
  'zipMethod',
  'zipZip64',
  'zipFolderContent',
  'zipEntryTooLarge',
  'zipBomb',
  'zipStoredSize',
  'zipHeadersDiffer',
  'zipCutShort',
  'zipOutgrowsHeader',
  'zipShortOfHeader',
  // A case file's content (parse-case-import.ts).
  'badValue',
  'cardNumber',
  ...CHAIN_BREAKS.map((b) => `chain.${b}` as const),
  'replayFailed',
  'notAsEvents',
  'rebuiltInvalid',
  'evidenceMissing',
  'evidenceMismatch',
  'manifestMissing',
  'manifestInvalid',
  'notListed',
  'manifestHash',
  'listedMissing',
  'noCase',
  'caseIdMismatch',
  'headRemoved',
  'headMissing',
  'headMismatch',
  // Against this database (import-cases.ts).
  'noEvents',
  'olderHistory',
  'olderHistoryDeleted',
  'otherHistory',
  'otherHistoryDeleted',
  'orderClash',
  'fork',
  'notInLedger',
  // A backup (backup.ts, restore-rows.ts, restore-verify.ts).
  'backupTooLarge',
  'notBackup',
  'backupTable',
  'backupNewer',
  'backupLoadsUrl',
  'backupUnreadable',
  'rowNoteMismatches',
  'rowTable',
  'rowInvalid',
  'rowCardNumber',
  'backupLedgerInOldVersion',
  'backupLedgerUnreadable',
  ...LEDGER_FINDINGS.map((f) => `ledger.${f}` as const),
  'backupOrphans',
] as const;

export type ImportReasonCode = (typeof IMPORT_REASON_CODES)[number];

export type ImportReasonParams = Record<string, string | number>;

/** A refusal's code and parameters. */
export interface ImportReason {
  code: ImportReasonCode;
  params: ImportReasonParams;
}

/** Builds a reason. */
export const reason = (code: ImportReasonCode, params: ImportReasonParams = {}): ImportReason => ({ code, params });
