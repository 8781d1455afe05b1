import { z } from 'zod';
import { FieldOutcome, FillConflict, LeftForYou } from './fill';

/**
 * A fill as the case log keeps it in its form_filled event: the page, each field's outcome, any conflicting order
 * and what was left for the agent, with card and ID numbers masked; never what the fields held before.
 */
export const LoggedFillReport = z.object({
  url: z.string().max(4000),
  outcomes: z.array(FieldOutcome).max(200),
  conflict: FillConflict.optional(),
  left: z.array(LeftForYou).max(20).optional(),
});
export type LoggedFillReport = z.infer<typeof LoggedFillReport>;

/** A logged report read back from an event; null for one of another shape (older or hand-made case files). */
export function readLoggedFillReport(raw: unknown): LoggedFillReport | null {
  const parsed = LoggedFillReport.safeParse(raw);
  return parsed.success ? parsed.data : null;
}
