import type { ImportReasonCode } from '../export/import-reason';
import type { CaseStatus, SubmissionChannel } from '../schema/case';
import type { EventType } from '../schema/event';
import type { EvidenceKind } from '../schema/evidence-kind';
import type { FillKey, FillOutcomeKind, FillOutcomeReason, FillReason } from '../schema/fill';
import type { OrderKey, OrderStatus, PaymentMethod, TransactionType } from '../schema/order';
import type { RuleAction, StatusMatch } from '../schema/rule-set';
import type { ReasonCode, WarningCode } from '../schema/verdict';
import type { MessageKey } from './en';

/** The part of the keys starting with `prefix` after it: SuffixOf<'log.moveTo.'> is the statuses a case moves to. */
export type SuffixOf<P extends string> = MessageKey extends infer K ? (K extends `${P}${infer S}` ? S : never) : never;

/** An enum value with a UI label (payment methods, transaction types, order statuses). */
export type EnumValue = PaymentMethod | TransactionType | OrderStatus;

/** An order field's label ("Order number"). */
export const fieldKey = (key: OrderKey): MessageKey => `field.${key}`;
/** An order field inside a sentence ("order no."). */
export const inlineFieldKey = (key: OrderKey): MessageKey => `inline.field.${key}`;
/** A payment method, transaction type or order status as a label ("Bank card"). */
export const enumKey = (value: EnumValue): MessageKey => `enum.${value}`;
/** A payment method, transaction type or status inside a sentence ("card"). */
export const inlineEnumKey = (value: EnumValue | StatusMatch): MessageKey => `inline.enum.${value}`;
/** A case status ("Under review"). */
export const caseStatusKey = (status: CaseStatus): MessageKey => `caseStatus.${status}`;
/** The button that moves a case to a status ("Mark as submitted"). */
export const moveToKey = (status: CaseStatus): MessageKey => `log.moveTo.${status}`;
/** A submission channel ("online form"). */
export const channelKey = (channel: SubmissionChannel): MessageKey => `log.channel.${channel}`;
/** A verdict's action as its heading ("Void"). */
export const actionKey = (action: RuleAction): MessageKey => `action.${action}`;
/** A verdict's action inside a sentence ("void window closed …"). */
export const inlineActionKey = (action: RuleAction): MessageKey => `inline.action.${action}`;
/** An evidence kind as a checklist line. */
export const evidenceKey = (kind: EvidenceKind): MessageKey => `evidence.${kind}`;
/** A fill reason as the agent picks it. */
export const fillReasonKey = (reason: FillReason): MessageKey => `fill.reason.${reason}`;
/** A form field the filler knows ("Transaction time"). */
export const fillKeyKey = (key: FillKey): MessageKey => `fill.key.${key}`;
/** What the filler did with a field. */
export const fillOutcomeKey = (outcome: FillOutcomeKind): MessageKey => `fill.outcome.${outcome}`;
/** Why the filler left a field as it was. */
export const fillWhyKey = (why: FillOutcomeReason): MessageKey => `fill.why.${why}`;
/** Why the check asks the agent for a field. */
export const unblockWhyKey = (field: SuffixOf<'unblock.why.'>): MessageKey => `unblock.why.${field}`;
/** One disagreement between the cases and the ledger. */
export const ledgerFindingKey = (kind: SuffixOf<'ledger.finding.'>): MessageKey => `ledger.finding.${kind}`;
/** A verdict reason. */
export const reasonKey = (code: ReasonCode): MessageKey => `reason.${code}`;
/** A verdict warning. */
export const warningKey = (code: WarningCode): MessageKey => `warning.${code}`;
/** An event's heading in exports. */
export const exportEventKey = (type: EventType): MessageKey => `export.event.${type}`;
/** Why an import or a restore refused a file (its detail after the translated why). */
export const importReasonKey = (code: ImportReasonCode): MessageKey => `log.importReason.${code}`;
