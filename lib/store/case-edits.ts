import { createCaseActions } from './case-actions';
import { createExportActions } from './export-actions';
import { createNoteActions } from './note-actions';
import type { ActionDeps } from './panel-store';

/**
 * The panel store's edits and exports of cases: fields, status, evidence, deletion, notes and exports. Their
 * code (masking, note drafts, the exporters' loaders) loads on first use, so the case list paints without it
 * (see panel-store).
 */
export function createCaseEdits(deps: ActionDeps) {
  return { ...createCaseActions(deps), ...createNoteActions(deps), ...createExportActions(deps) };
}

export type CaseEdits = ReturnType<typeof createCaseEdits>;
