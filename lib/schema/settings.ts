import { z } from 'zod';
import { PortalZone } from './iana-zone';
import { IdMask } from './messages';

export const UiLanguage = z.enum(['auto', 'en', 'zh']);
export type UiLanguage = z.infer<typeof UiLanguage>;

/** What "Fill form" types into the portal's description field, per portal language; {variables} come from the case. */
export const FillDescriptionTemplate = z.object({ zh: z.string().max(2000), en: z.string().max(2000) });
export type FillDescriptionTemplate = z.infer<typeof FillDescriptionTemplate>;

export const DEFAULT_FILL_DESCRIPTION: FillDescriptionTemplate = {
  zh: '订单 {orderNo}（交易时间 {paidAt}，金额 {amount}）申请{action}，原因：{reason}。经办人：{agent}。',
  en: '{action} request for order {orderNo} (paid {paidAt}, {amount}). Reason: {reason}. Agent: {agent}.',
};

export const Settings = z.object({
  uiLanguage: UiLanguage.default('auto'),
  agent: z
    .object({
      name: z.string().max(100).default(''),
      email: z.string().max(200).default(''),
      phone: z.string().max(50).default(''),
    })
    .default({ name: '', email: '', phone: '' }),
  /** ID-card numbers keep this many leading and trailing characters; the pattern varies by policy. */
  idMask: IdMask.default({ keepStart: 3, keepEnd: 4 }),
  /** The zone offset-less portal times are read in, unless a site profile names another. */
  portalZone: PortalZone.default('Asia/Shanghai'),
  /** The rule set a portal's cases are checked against, by origin; others use defaultRuleSetId. */
  ruleSetByOrigin: z.record(z.string().max(2000), z.string().max(100)).default({}),
  defaultRuleSetId: z.string().max(100).default('cn-pos-default'),
  fillDescriptionTemplate: FillDescriptionTemplate.default(DEFAULT_FILL_DESCRIPTION),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = Settings.parse({});
