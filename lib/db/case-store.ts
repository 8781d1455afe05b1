import type { CaseDb } from './case-db';
import { addNote, appendEvent, deleteCase, editCaseField, recordVerdict, setStatus } from './case-mutations';
import { getCase, listCases, loadCaseBundle, loadEvidenceBytes } from './case-queries';
import { addEvidence, purgeExpiredEvidence, removeEvidence } from './evidence-store';
import type * as Backup from './backup';
import type * as ImportCases from './import-cases';
import { prepareExport } from './prepare-export';
import { recordCapture } from './record-capture';
import type { StoreContext } from './store-context';
import { verifyCase } from './verify-case';
import { verifyLedger } from './verify-ledger';

// Backup, restore and import (dexie-export-import, fflate, the import checks) load on first use: they are
// options-page work, kept out of the side panel's first load.
const exportDatabase = async (...args: Parameters<typeof Backup.exportDatabase>) =>
  (await import('./backup')).exportDatabase(...args);
const importDatabase = async (...args: Parameters<typeof Backup.importDatabase>) =>
  (await import('./backup')).importDatabase(...args);
const importCases = async (...args: Parameters<typeof ImportCases.importCases>) =>
  (await import('./import-cases')).importCases(...args);

type Bound<F> = F extends (ctx: StoreContext, ...args: infer A) => infer R ? (...args: A) => R : never;

const operations = {
  recordCapture,
  editCaseField,
  appendEvent,
  addNote,
  setStatus,
  recordVerdict,
  deleteCase,
  addEvidence,
  removeEvidence,
  purgeExpiredEvidence,
  getCase,
  listCases,
  loadCaseBundle,
  loadEvidenceBytes,
  verifyCase,
  verifyLedger,
  prepareExport,
  importCases,
  exportDatabase,
  importDatabase,
};

export type CaseStore = { [K in keyof typeof operations]: Bound<(typeof operations)[K]> } & { db: CaseDb };

/** The case-store operations bound to one database (and, for tests, one clock). */
export function createCaseStore(db: CaseDb, options: { now?: () => Date } = {}): CaseStore {
  const ctx: StoreContext = { db, now: options.now ?? (() => new Date()) };
  const bound = Object.fromEntries(
    Object.entries(operations).map(([name, op]) => [
      name,
      (...args: unknown[]) => (op as (c: StoreContext, ...a: unknown[]) => unknown)(ctx, ...args),
    ]),
  );
  return { ...(bound as Omit<CaseStore, 'db'>), db };
}
