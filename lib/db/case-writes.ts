// The case store's writes, checks and export preparation: one chunk, loaded on the first call of any of them, so
// the side panel's first paint carries only the reads its case list needs (see case-store.ts).
export { addNote, appendEvent, deleteCase, editCaseField, recordVerdict, setStatus } from './case-mutations';
export { addEvidence, purgeExpiredEvidence, removeEvidence } from './evidence-store';
export { prepareExport } from './prepare-export';
export { recordCapture } from './record-capture';
export { verifyCase } from './verify-case';
export { verifyLedger } from './verify-ledger';
