import type { ImportReason } from '../export/import-reason';
import { importReasonKey } from './keys';
import type { Translate } from './translator';

/** Why an import or a restore refused a file, in the translator's language; the parameters go in as given. */
export function importReasonText(t: Translate, why: ImportReason): string {
  return t(importReasonKey(why.code), why.params);
}
