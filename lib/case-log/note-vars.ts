import { caseOrder } from '../db';
import { actionText } from '../i18n';
import { moneyText, zonedTimeText } from '../rules/format-text';
import type { CaseRecord } from '../schema/case';
import type { NoteVariable } from '../settings/note-templates';

const NONE = '—';

/**
 * What a note template's variables stand for on a case, worded in the template's language. The deadline is
 * shown in the verdict's zone (the rule set's), else in the portal zone.
 */
export function noteVariables(
  c: CaseRecord,
  lang: 'zh' | 'en',
  options: { agent: string; portalZone: string },
): Record<NoteVariable, string> {
  const order = caseOrder(c);
  const verdictZone = c.verdictSnapshot?.zone;
  const zone = typeof verdictZone === 'string' && verdictZone ? verdictZone : options.portalZone;
  return {
    orderNo: order.orderNo ?? c.orderNo,
    amount: order.amountMinor === undefined ? NONE : moneyText(order.amountMinor, order.currency ?? 'CNY', lang),
    action: c.action ? actionText(c.action, lang) : NONE,
    deadline: c.deadline ? zonedTimeText(c.deadline, zone, lang) : NONE,
    agent: options.agent.trim() || NONE,
  };
}
