/**
 * What components may know of the case database: pure readings of a case record, the workflow and the
 * types actions answer with. Reads and writes themselves go through the store's actions and hooks.
 */
export { caseFieldState, caseOrder, WORKFLOW, type CaseFieldState } from '../db';
export type { CaseFilter, ChainCheck, DbError, NewEvidence } from '../db';
