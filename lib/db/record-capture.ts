import { formatZodError } from '../errors';
import { z } from 'zod';
import { CaptureDraft } from '../schema/capture';
import type { CaseRecord } from '../schema/case';
import { attempt, failed, type DbResult } from './db-result';
import type { StoreContext } from './store-context';
import { caseTransaction, guardCardNumbers, headOf, writeEvent } from './write-event';

export const RecordCaptureInput = z.object({
  origin: z.string().min(1).max(2000),
  url: z.string().max(4000),
  draft: CaptureDraft,
  agent: z.string().max(100).optional(),
  ruleSetId: z.string().max(100).optional(),
  ruleSetVersion: z.number().int().optional(),
});
export type RecordCaptureInput = z.input<typeof RecordCaptureInput>;

const urlOrigin = (url: string) => {
  try {
    return new URL(url).origin;
  } catch {
    // Not a URL: the caller refuses the capture with a message saying so.
    return null;
  }
};

/**
 * Records a capture: creates the case for (origin, order number) or updates its page values. The agent's
 * edits are stored apart, so they keep winning and the page's new value shows beside them.
 */
export async function recordCapture(ctx: StoreContext, input: RecordCaptureInput): Promise<DbResult<CaseRecord>> {
  const parsed = RecordCaptureInput.safeParse(input);
  if (!parsed.success) return failed('invalid', `The capture is not valid: ${formatZodError(parsed.error)}`);
  const { origin, url, draft, agent, ruleSetId, ruleSetVersion } = parsed.data;
  if (url && urlOrigin(url) !== origin) return failed('invalid', `The captured page is not on ${origin}.`);
  const orderNo = draft.values.orderNo;
  if (!orderNo) return failed('missing_order_no', 'The capture has no order number, so it cannot be filed as a case.');
  return attempt(() =>
    caseTransaction(ctx, async () => {
      guardCardNumbers({ url, draft }, 'The capture');
      const current = (await ctx.db.cases.where('[origin+orderNo]').equals([origin, orderNo]).first()) ?? null;
      const caseId = current?.id ?? crypto.randomUUID();
      return writeEvent(
        ctx,
        await headOf(ctx, current, caseId),
        caseId,
        { type: 'captured', data: { origin, url, draft } },
        {
          agent,
          ruleSetId,
          ruleSetVersion,
        },
      );
    }),
  );
}
