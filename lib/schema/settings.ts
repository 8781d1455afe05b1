import { z } from 'zod';
import { IdMask } from './messages';

export const UiLanguage = z.enum(['auto', 'en', 'zh']);
export type UiLanguage = z.infer<typeof UiLanguage>;

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
  portalZone: z.string().min(1).max(64).default('Asia/Shanghai'),
  /** The rule set a portal's cases are checked against, by origin; others use defaultRuleSetId. */
  ruleSetByOrigin: z.record(z.string().max(2000), z.string().max(100)).default({}),
  defaultRuleSetId: z.string().max(100).default('cn-pos-default'),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = Settings.parse({});
