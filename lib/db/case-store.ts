import type { CaseDb } from './case-db';
import { getCase, listCases, loadCaseBundle, loadEvidenceBytes } from './case-queries';
import type { StoreContext } from './store-context';

/** An operation of a module loaded on the operation's first call; it has the operation's own type. */
function onFirstUse<M, K extends keyof M>(load: () => Promise<M>, name: K): M[K] {
  const call = async (...args: unknown[]) => ((await load())[name] as (...a: unknown[]) => unknown)(...args);
  return call as M[K];
}

// Only the reads load with the store: the side panel's first paint lists cases and needs nothing else. Writes,
// checks and exports are one chunk fetched on first use; backup, restore and import (dexie-export-import,
// fflate, the import checks) are options-page work, fetched when it asks.
const writes = () => import('./case-writes');
const backup = () => import('./backup');

type Bound<F> = F extends (ctx: StoreContext, ...args: infer A) => infer R ? (...args: A) => R : never;

const operations = {
  recordCapture: onFirstUse(writes, 'recordCapture'),
  editCaseField: onFirstUse(writes, 'editCaseField'),
  appendEvent: onFirstUse(writes, 'appendEvent'),
  addNote: onFirstUse(writes, 'addNote'),
  setStatus: onFirstUse(writes, 'setStatus'),
  recordVerdict: onFirstUse(writes, 'recordVerdict'),
  deleteCase: onFirstUse(writes, 'deleteCase'),
  addEvidence: onFirstUse(writes, 'addEvidence'),
  removeEvidence: onFirstUse(writes, 'removeEvidence'),
  purgeExpiredEvidence: onFirstUse(writes, 'purgeExpiredEvidence'),
  getCase,
  listCases,
  loadCaseBundle,
  loadEvidenceBytes,
  verifyCase: onFirstUse(writes, 'verifyCase'),
  verifyLedger: onFirstUse(writes, 'verifyLedger'),
  prepareExport: onFirstUse(writes, 'prepareExport'),
  importCases: onFirstUse(() => import('./import-cases'), 'importCases'),
  exportDatabase: onFirstUse(backup, 'exportDatabase'),
  importDatabase: onFirstUse(backup, 'importDatabase'),
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
