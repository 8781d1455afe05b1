import { caseOrder } from '../db/case-fields';
import type { CaseRecord } from '../schema/case';
import { caseStatusKey, channelKey, translator, type Lang } from '../i18n';
import { minorToDecimal } from '../format/money';
import { cleanText } from '../format/text';

/**
 * A cell as spreadsheet programs should read it: text starting with = + - @, tab or CR gets a leading
 * apostrophe so it is never taken as a formula; RFC 4180 quoting for commas, quotes and line breaks, and
 * for semicolons too, the separator Excel and LibreOffice assume in locales whose decimal mark is a comma.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",;\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const COLUMNS = [
  'orderNo',
  'merchantName',
  'merchantId',
  'amount',
  'currency',
  'status',
  'action',
  'deadline',
  'channel',
  'requestId',
  'rejectionReason',
  'agent',
  'createdAt',
  'updatedAt',
  'origin',
  'caseId',
] as const;

type Column = (typeof COLUMNS)[number];

function row(c: CaseRecord, lang: Lang): Record<Column, string> {
  const t = translator(lang);
  const order = caseOrder(c);
  const currency = order.currency ?? '';
  return {
    orderNo: order.orderNo ?? c.orderNo,
    merchantName: order.merchantName ?? '',
    merchantId: order.merchantId ?? '',
    amount: order.amountMinor === undefined ? '' : minorToDecimal(order.amountMinor, currency || 'CNY'),
    currency,
    status: t(caseStatusKey(c.status)),
    action: c.action ?? '',
    deadline: c.deadline ?? '',
    channel: c.submission ? t(channelKey(c.submission.channel)) : '',
    requestId: c.submission?.requestId ?? '',
    rejectionReason: c.rejectionReason ?? '',
    agent: c.agent ?? '',
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
    origin: c.origin,
    caseId: c.id,
  };
}

/** The case list as CSV: UTF-8 with a byte-order mark (so spreadsheets read Chinese), CRLF line ends. */
export function casesToCsv(cases: readonly CaseRecord[], lang: Lang = 'en'): string {
  const lines = [COLUMNS.map(csvCell).join(',')];
  for (const c of cases) {
    const values = row(c, lang);
    lines.push(COLUMNS.map((col) => csvCell(cleanText(values[col]))).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
