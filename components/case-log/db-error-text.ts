import type { DbError } from '../../lib/db';
import type { Translate } from '../../lib/i18n';

/** A failed case-store call in the agent's words: a full disk plainly, anything else with its detail. */
export function dbErrorText(t: Translate, error: DbError): string {
  return error.code === 'quota_exceeded' ? t('storageFull') : t('saveFailed', { detail: error.message });
}
