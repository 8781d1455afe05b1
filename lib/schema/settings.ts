// zod/mini, unlike zod's chained API, is tree-shaken: the side panel reads settings before its first paint, and
// these schemas (with the ID mask and zones they include) are all the validation that paint needs.
import * as z from 'zod/mini';
import { PortalZone } from './iana-zone';
import { IdMask } from './id-mask';

export const UiLanguage = z.enum(['auto', 'en', 'zh']);
export type UiLanguage = z.infer<typeof UiLanguage>;

/** What "Fill form" types into the portal's description field, per portal language; {variables} come from the case. */
export const FillDescriptionTemplate = z.object({
  zh: z.string().check(z.maxLength(2000)),
  en: z.string().check(z.maxLength(2000)),
});
export type FillDescriptionTemplate = z.infer<typeof FillDescriptionTemplate>;

export const DEFAULT_FILL_DESCRIPTION: FillDescriptionTemplate = {
  zh: '订单 {orderNo}（交易时间 {paidAt}，金额 {amount}）申请{action}，原因：{reason}。经办人：{agent}。',
  en: '{action} request for order {orderNo} (paid {paidAt}, {amount}). Reason: {reason}. Agent: {agent}.',
};

const text = (max: number) => z._default(z.string().check(z.maxLength(max)), '');

export const Settings = z.object({
  uiLanguage: z._default(UiLanguage, 'auto'),
  agent: z._default(z.object({ name: text(100), email: text(200), phone: text(50) }), {
    name: '',
    email: '',
    phone: '',
  }),
  /** ID-card numbers keep this many leading and trailing characters; the pattern varies by policy. */
  idMask: z._default(IdMask, { keepStart: 3, keepEnd: 4 }),
  /** The zone offset-less portal times are read in, unless a site profile names another. */
  portalZone: z._default(PortalZone, 'Asia/Shanghai'),
  /** The rule set a portal's cases are checked against, by origin; others use defaultRuleSetId. */
  ruleSetByOrigin: z._default(z.record(z.string().check(z.maxLength(2000)), z.string().check(z.maxLength(100))), {}),
  defaultRuleSetId: z._default(z.string().check(z.maxLength(100)), 'cn-pos-default'),
  fillDescriptionTemplate: z._default(FillDescriptionTemplate, DEFAULT_FILL_DESCRIPTION),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = Settings.parse({});
