export { labelMeaning, keyForLabel, normaliseLabel, allLabelWords, type LabelMeaning } from './label-meaning';
export { enumValue, type EnumField } from './enum-value';
export {
  LABEL_SYNONYMS,
  SECONDARY_LABELS,
  SHARED_LABELS,
  SENSITIVE_LABELS,
  ID_LABELS,
  NOT_THE_ORDER_WORDS,
} from './label-synonyms';
export {
  STATUS_SYNONYMS,
  SETTLED_SYNONYMS,
  PAYMENT_METHOD_SYNONYMS,
  TRANSACTION_TYPE_SYNONYMS,
  NOT_AN_ORIGINAL_TRANSACTION,
} from './value-synonyms';
export { STATUS_WORD_GROUPS, type StatusWordGroup } from './status-words';
export {
  SETTLEMENT_WORD_GROUPS,
  AMBIGUOUS_SETTLED_WORDS,
  type SettlementWordGroup,
  type AmbiguousWordGroup,
} from './settlement-words';
export { AMBIGUOUS_STATUS_WORDS } from './ambiguous-status-words';
