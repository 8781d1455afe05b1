import type { CaseRecord, CaseStatus } from '../schema/case';

const WAITING_ON_AGENT: ReadonlySet<CaseStatus> = new Set(['draft', 'submitted', 'under_review']);

/**
 * The order an agent works cases in: open cases with a deadline, soonest first; then other open cases;
 * then finished ones; each group most recently updated first.
 */
export function sortForWork(cases: readonly CaseRecord[]): CaseRecord[] {
  const rank = (c: CaseRecord) => (WAITING_ON_AGENT.has(c.status) ? (c.deadline ? 0 : 1) : 2);
  return [...cases].sort((a, b) => {
    const byRank = rank(a) - rank(b);
    if (byRank !== 0) return byRank;
    if (rank(a) === 0 && a.deadline !== b.deadline) return a.deadline! < b.deadline! ? -1 : 1;
    return a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0;
  });
}
