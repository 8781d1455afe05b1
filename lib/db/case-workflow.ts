import type { CaseStatus } from '../schema/case';

/**
 * The acquirer's process: a request is submitted, reviewed, then approved or rejected, then the case is
 * closed. A draft may also be closed directly when no request is needed (or the agent abandons it), so
 * that retention still applies to it.
 */
export const WORKFLOW: Readonly<Record<CaseStatus, readonly CaseStatus[]>> = {
  draft: ['submitted', 'closed'],
  submitted: ['under_review'],
  under_review: ['approved', 'rejected'],
  approved: ['closed'],
  rejected: ['closed'],
  closed: [],
};

/** True when the workflow allows going from one status to the other. */
export function canTransition(from: CaseStatus, to: CaseStatus): boolean {
  return WORKFLOW[from].includes(to);
}
