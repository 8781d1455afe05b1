import { caseOrder } from '../db/case-fields';
import { fillReasonKey, translator, type Lang, actionText } from '../i18n';
import { moneyText } from '../rules/format-text';
import type { CaseRecord } from '../schema/case';
import { FillRequest, FillValues, RequestType, type FillFile, type FillReason } from '../schema/fill';
import { wallClockSeconds } from '../format/instant';
import { minorToDecimal } from '../format/money';
import { PortalZone } from '../schema/iana-zone';
import { fieldInputText, parseFieldInput } from '../schema/order-field-input';
import type { Settings } from '../schema/settings';
import type { Verdict, VerdictAction } from '../schema/verdict';
import { renderFillDescription, type FillDescriptionVariable } from '../settings/fill-description';
import { formatZodError } from '../errors';

/** Why a fill was not attempted; the panel words each code. */
export type FillProblem =
  | { code: 'not_fillable'; action: VerdictAction }
  | { code: 'amount_invalid'; detail: string }
  | { code: 'amount_over_max'; maxMinor: number; currency: string }
  | { code: 'amount_unknown' }
  | { code: 'partial_not_allowed'; maxMinor: number; currency: string }
  | { code: 'invalid_request'; detail: string };

export type Built<T> = { ok: true; value: T } | { ok: false; problem: FillProblem };

/** What the fill request is built from: the case, its verdict now, and what the agent chose in the panel. */
export interface FillInput {
  record: Pick<CaseRecord, 'orderNo' | 'page' | 'edits'>;
  verdict: Pick<Verdict, 'action' | 'maxAmountMinor' | 'fullAmountOnly' | 'currency'>;
  settings: Pick<Settings, 'agent' | 'fillDescriptionTemplate'>;
  /** The portal's zone: the site profile's, else settings.portalZone. */
  zone: string;
  reason: FillReason;
  /** What the agent typed as a partial amount; empty for the verdict's full amount. */
  partialAmount: string;
  /** The panel's language, used for the description when the portal's own cannot be told. */
  uiLang: Lang;
  files?: FillFile[];
}

const NONE = '—';

/**
 * The language the portal speaks, told from the labels its values were captured next to (a Chinese label
 * means a Chinese portal); the fallback when the capture kept no labels.
 */
export function portalLanguage(record: Pick<CaseRecord, 'page'>, fallback: Lang): Lang {
  const labels = Object.values(record.page.sources).flatMap((s) => (s?.label ? [s.label] : []));
  if (labels.length === 0) return fallback;
  return labels.some((l) => /\p{Script=Han}/u.test(l)) ? 'zh' : 'en';
}

/** The amount to cancel: the verdict's maximum, or the agent's partial amount when typed (never above the maximum). */
export function fillAmount(
  verdict: FillInput['verdict'],
  partialAmount: string,
  currency: string,
): Built<number | undefined> {
  const max = verdict.maxAmountMinor;
  if (partialAmount.trim() === '') return { ok: true, value: max ?? undefined };
  const parsed = parseFieldInput('amountMinor', partialAmount, currency);
  if (!parsed.ok) return { ok: false, problem: { code: 'amount_invalid', detail: parsed.error } };
  const amount = parsed.value as number | undefined;
  if (amount === undefined || amount <= 0)
    return {
      ok: false,
      problem: { code: 'amount_invalid', detail: `expected an amount above ${minorToDecimal(0, currency)}` },
    };
  if (max === null) return { ok: false, problem: { code: 'amount_unknown' } };
  if (amount > max) return { ok: false, problem: { code: 'amount_over_max', maxMinor: max, currency } };
  if (verdict.fullAmountOnly && amount !== max)
    return { ok: false, problem: { code: 'partial_not_allowed', maxMinor: max, currency } };
  return { ok: true, value: amount };
}

/** The description template of the portal's language with the case's values put in. */
export function fillDescription(
  input: FillInput,
  values: FillValues & { requestType: RequestType },
  lang: Lang,
): string {
  const order = caseOrder(input.record);
  const t = translator(lang);
  const vars: Record<FillDescriptionVariable, string> = {
    orderNo: values.orderNo ?? NONE,
    amount: values.amountMinor === undefined ? NONE : moneyText(values.amountMinor, values.currency ?? 'CNY', lang),
    paidAt: values.paidAt ? fieldInputText('paidAt', values.paidAt, values.currency, values.zone) : NONE,
    action: actionText(values.requestType, lang),
    reason: t(fillReasonKey(input.reason)),
    merchantName: order.merchantName?.trim() || NONE,
    agent: input.settings.agent.name.trim() || NONE,
    phone: input.settings.agent.phone.trim() || NONE,
  };
  return renderFillDescription(input.settings.fillDescriptionTemplate[lang], vars);
}

const text = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);

/** The agent's e-mail, only when it is one a form would take. */
function email(value: string): string | undefined {
  const v = value.trim();
  return v && FillValues.shape.contactEmail.safeParse(v).success ? v : undefined;
}

/**
 * Builds what "Fill form" sends the page from the current case: its order, the verdict's request type and
 * amount (or the agent's partial amount, never above the maximum), the chosen reason, the description
 * template in the portal's language, the agent's contact details and the files marked for upload.
 */
export function buildFillRequest(input: FillInput): Built<FillRequest> {
  const requestType = RequestType.safeParse(input.verdict.action);
  if (!requestType.success) return { ok: false, problem: { code: 'not_fillable', action: input.verdict.action } };
  const zone = PortalZone.safeParse(input.zone);
  if (!zone.success)
    return {
      ok: false,
      problem: { code: 'invalid_request', detail: `values.zone: ${formatZodError(zone.error)}` },
    };
  const order = caseOrder(input.record);
  const currency = input.verdict.currency ?? order.currency ?? 'CNY';
  const amount = fillAmount(input.verdict, input.partialAmount, currency);
  if (!amount.ok) return amount;
  const values = {
    zone: input.zone,
    orderNo: text(order.orderNo) ?? input.record.orderNo,
    amountMinor: amount.value,
    currency,
    paidAt: order.paidAt,
    paidAtWall: order.paidAt ? wallClockSeconds(order.paidAt, input.zone) : undefined,
    merchantId: text(order.merchantId),
    terminalId: text(order.terminalId),
    batchNo: text(order.batchNo),
    voucherNo: text(order.voucherNo),
    referenceNo: text(order.referenceNo),
    authCode: text(order.authCode),
    transactionType: order.transactionType,
    requestType: requestType.data,
    reason: input.reason,
    contactName: text(input.settings.agent.name),
    contactPhone: text(input.settings.agent.phone),
    contactEmail: email(input.settings.agent.email),
  };
  const description = text(fillDescription(input, values, portalLanguage(input.record, input.uiLang)))?.slice(0, 4000);
  const defined = Object.fromEntries(Object.entries({ ...values, description }).filter(([, v]) => v !== undefined));
  const request = FillRequest.safeParse({ values: defined, ...(input.files?.length ? { files: input.files } : {}) });
  if (!request.success)
    return { ok: false, problem: { code: 'invalid_request', detail: formatZodError(request.error) } };
  return { ok: true, value: request.data };
}

/** Base64 of bytes, in slices so a large file does not overflow the argument list. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
