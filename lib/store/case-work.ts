import { createCaptureActions } from './capture-actions';
import { createFillActions } from './fill-actions';
import type { ActionDeps } from './panel-store';
import { createVerdictActions } from './verdict-actions';

/**
 * The panel store's case work: capture, the verdict and fill. Its code (the rules, their schemas, the page
 * messaging) is loaded once the panel is up, so the case list paints without it (see panel-store).
 */
export function createCaseWork(deps: ActionDeps) {
  const verdicts = createVerdictActions(deps);
  return {
    ...createFillActions({ ...deps, verdictFor: verdicts.verdictFor }),
    ...createCaptureActions(deps),
    ...verdicts,
  };
}

export type CaseWork = ReturnType<typeof createCaseWork>;
