import type { DbError } from '../db';
import type { Translate } from '../i18n';

/** A failed case-store call in the agent's words: a full disk plainly, anything else with its detail. */
export function dbErrorText(t: Translate, error: DbError): string {
  return error.code === 'quota_exceeded' ? t('storageFull') : t('saveFailed', { detail: error.message });
}
