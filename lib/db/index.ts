import { openCaseDb } from './case-db';
import { createCaseStore } from './case-store';

export { CaseDb, openCaseDb, CURRENT_SCHEMA_VERSION } from './case-db';
export { createCaseStore, type CaseStore } from './case-store';
export { caseOrder, caseFieldState, type CaseFieldState } from './case-fields';
export { canTransition, WORKFLOW } from './case-workflow';
export type { DbResult, DbError, DbErrorCode } from './db-result';
export type { CaseFilter } from './case-queries';
export type { Actor } from './store-context';
export type { RecordCaptureInput } from './record-capture';
export type { NewEvidence, PurgeSummary } from './evidence-store';
export type { ChainCheck, ChainBreakReason } from './event-chain';
export type { ImportSummary } from './import-cases';
export type { RestoreSummary } from './backup';
export type { LedgerReport, LedgerFinding, LedgerFindingKind, LedgerDeletion } from './verify-ledger';

/** The extension's case database ("canceldesk"). */
export const db = openCaseDb();

const store = createCaseStore(db);

/** Files a capture under (origin, order number); agent edits survive, the page's new values sit beside them. */
export const recordCapture = store.recordCapture;
/** Sets (or, with undefined, clears) the agent's value for one order field. */
export const editCaseField = store.editCaseField;
/** Appends an event that needs no evidence bytes. */
export const appendEvent = store.appendEvent;
/** Adds a plain-text note. */
export const addNote = store.addNote;
/** Moves a case along draft → submitted → under_review → approved | rejected → closed. */
export const setStatus = store.setStatus;
/** Stores a verdict snapshot with its deadline and action. */
export const recordVerdict = store.recordVerdict;
/** Deletes a case and everything attached to it, leaving a tombstone in the ledger. */
export const deleteCase = store.deleteCase;
/** Attaches an evidence file (size and SHA-256 recorded). */
export const addEvidence = store.addEvidence;
/** Removes an evidence file. */
export const removeEvidence = store.removeEvidence;
/** Purges evidence bytes of cases closed longer than the retention period. */
export const purgeExpiredEvidence = store.purgeExpiredEvidence;
/** One case by id, or undefined. */
export const getCase = store.getCase;
/** Cases matching a filter, most recently updated first. */
export const listCases = store.listCases;
/** A case with its events, notes, evidence metadata and optionally bytes. */
export const loadCaseBundle = store.loadCaseBundle;
/** The bytes of one evidence file. */
export const loadEvidenceBytes = store.loadEvidenceBytes;
/** Checks a case's event chain against its ledger row, and its derived state. */
export const verifyCase = store.verifyCase;
/** Checks every case's head against the ledger, and every ledger row against its case: run when the panel opens. */
export const verifyLedger = store.verifyLedger;
/** Records an "exported" event on each case, then loads them (with bytes for a ZIP) for the exporters. */
export const prepareExport = store.prepareExport;
/** Imports a case JSON or ZIP after checking all of it and that it continues the ledger's head; all or nothing, and idempotent. */
export const importCases = store.importCases;
/** The whole database as a backup blob. */
export const exportDatabase = store.exportDatabase;
/** Replaces the database with a verified backup. */
export const importDatabase = store.importDatabase;
/** Deletes the scratch databases a restore that died left behind (an hour old or more). */
export const removeStaleRestores = async () => (await import('./backup')).removeStaleRestoreDatabases(db.name);
