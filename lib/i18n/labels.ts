import type { EvidenceKind } from '../schema/evidence-kind';
import type { RuleAction } from '../schema/rule-set';
import { isMessageKey, translator, type Lang, type Translate } from './translator';
import { actionKey, evidenceKey } from './keys';

/** The action as the agent reads it in the verdict card ("Void"). */
export const actionText = (action: RuleAction, lang: Lang): string => translator(lang)(actionKey(action));

/** The evidence kind as a checklist line ("receipt (signed slip)"). */
export const evidenceText = (kind: EvidenceKind, lang: Lang): string => translator(lang)(evidenceKey(kind));

/** A word looked up by a value from data, showing the value itself when the dictionary has no word for it. */
const inline =
  (prefix: string) =>
  (value: string | number | undefined, lang: Lang): string => {
    const raw = String(value ?? '');
    const key = `${prefix}${raw}`;
    return isMessageKey(key) ? translator(lang)(key) : raw;
  };

/** An action inside a sentence ("void"); values from stored data that are not actions show as they are. */
export const actionNoun: (value: string | number | undefined, lang: Lang) => string = inline('inline.action.');
/** An order field inside a sentence ("payment time"). */
export const fieldText: (value: string | number | undefined, lang: Lang) => string = inline('inline.field.');
/** A payment method, transaction type or order status inside a sentence ("WeChat Pay", "pre-auth completion"). */
export const enumText: (value: string | number | undefined, lang: Lang) => string = inline('inline.enum.');

const labelIfKnown = (t: Translate, key: string, value: string): string => (isMessageKey(key) ? t(key) : value);

/** An enum value's label ("Bank card") for values held as plain strings; one without a word shows as it is. */
export const enumLabel = (t: Translate, value: string): string => labelIfKnown(t, `enum.${value}`, value);

/** An order field's label ("Order number") for keys held as plain strings; one without a word shows as it is. */
export const fieldLabel = (t: Translate, key: string): string => labelIfKnown(t, `field.${key}`, key);
