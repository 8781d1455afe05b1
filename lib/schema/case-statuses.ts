/**
 * Where a case stands in the acquirer's process, as a plain list: the case list's filter offers it before
 * zod's chained schemas load, and lib/schema/case.ts builds CaseStatus from it.
 */
export const CASE_STATUSES = ['draft', 'submitted', 'under_review', 'approved', 'rejected', 'closed'] as const;
