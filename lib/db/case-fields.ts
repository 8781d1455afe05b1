import type { FieldSource } from '../schema/capture';
import type { CaseRecord } from '../schema/case';
import type { Order, OrderKey } from '../schema/order';

/** The order as the agent sees it: the page's values with the agent's edits on top. */
export function caseOrder(c: Pick<CaseRecord, 'page' | 'edits'>): Partial<Order> {
  return { ...c.page.values, ...c.edits };
}

export interface CaseFieldState {
  /** What counts: the agent's edit when there is one, else the page's value. */
  value: unknown;
  /** What the page showed at the last capture, kept beside an edit. */
  pageValue: unknown;
  edited: boolean;
  source?: FieldSource;
}

/** One field's value, the page's value beside it, and where the page's value came from. */
export function caseFieldState(c: Pick<CaseRecord, 'page' | 'edits'>, key: OrderKey): CaseFieldState {
  const edited = Object.hasOwn(c.edits, key) && c.edits[key] !== undefined;
  const pageValue = c.page.values[key];
  const source = c.page.sources[key];
  return { value: edited ? c.edits[key] : pageValue, pageValue, edited, ...(source ? { source } : {}) };
}

/** The fields the case list searches and shows, derived from the order. */
export function searchFields(
  c: Pick<CaseRecord, 'page' | 'edits' | 'orderNo'>,
): Pick<CaseRecord, 'merchantName' | 'search'> {
  const order = caseOrder(c);
  const merchantName = order.merchantName ?? null;
  const parts = [c.orderNo, order.orderNo, merchantName, order.merchantId].filter((p): p is string => !!p);
  return { merchantName, search: [...new Set(parts)].join('\n').toLowerCase().slice(0, 1000) };
}
