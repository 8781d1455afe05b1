import type { FieldOutcome, FillKey } from '../../lib/schema/fill';
import type { LoggedFillReport } from '../../lib/schema/fill-report';

/** The page a logged fill was made on. */
export const FILL_PAGE = 'https://portal.example/refund';

/** One field's outcome as the filler reports it; the label is the key unless given. */
export function makeOutcome(
  key: FillKey,
  outcome: FieldOutcome['outcome'],
  extra: Partial<FieldOutcome> = {},
): FieldOutcome {
  return { key, label: key, outcome, ...extra };
}

/** A fill report as the case log keeps it. */
export function makeLoggedFillReport(overrides: Partial<LoggedFillReport> = {}): LoggedFillReport {
  return { url: FILL_PAGE, outcomes: [makeOutcome('orderNo', 'filled')], ...overrides };
}
