import type { OrderKey } from '../schema/capture';
import type { EvidenceKind } from '../schema/evidence-kind';
import type { PaymentMethod, TransactionType } from '../schema/order';
import type { RuleAction, StatusMatch } from '../schema/rule-set';

export type Lang = 'en' | 'zh';
type Labels<K extends string> = Record<K, Record<Lang, string>>;

const ACTIONS: Labels<RuleAction> = {
  void: { en: 'Void', zh: '撤销' },
  refund: { en: 'Refund', zh: '退货' },
  preauth_cancel: { en: 'Cancel the pre-authorization', zh: '预授权撤销' },
  query: { en: 'Query the transaction result first', zh: '先查询交易结果' },
  manual_review: { en: 'Manual review', zh: '人工审核' },
  not_needed: { en: 'Nothing to cancel', zh: '无需处理' },
  not_allowed: { en: 'Not allowed', zh: '不允许' },
};

/** The action as a noun inside a sentence ("void window closed at …"). */
const ACTION_NOUNS: Labels<RuleAction> = {
  void: { en: 'void', zh: '撤销' },
  refund: { en: 'refund', zh: '退货' },
  preauth_cancel: { en: 'pre-auth cancel', zh: '预授权撤销' },
  query: { en: 'query', zh: '查询' },
  manual_review: { en: 'manual review', zh: '人工审核' },
  not_needed: { en: 'no action', zh: '无需处理' },
  not_allowed: { en: 'not allowed', zh: '不允许' },
};

const FIELDS: Labels<OrderKey> = {
  orderNo: { en: 'order no.', zh: '订单号' },
  merchantId: { en: 'merchant ID', zh: '商户编号' },
  merchantName: { en: 'merchant name', zh: '商户名称' },
  terminalId: { en: 'terminal ID', zh: '终端编号' },
  batchNo: { en: 'batch no.', zh: '批次号' },
  voucherNo: { en: 'voucher no.', zh: '凭证号' },
  referenceNo: { en: 'reference no. (RRN)', zh: '参考号' },
  authCode: { en: 'authorization code', zh: '授权码' },
  transactionType: { en: 'transaction type', zh: '交易类型' },
  paymentMethod: { en: 'payment method', zh: '支付方式' },
  cardMasked: { en: 'card number', zh: '卡号' },
  amountMinor: { en: 'amount', zh: '金额' },
  currency: { en: 'currency', zh: '币种' },
  refundedMinor: { en: 'refunded amount', zh: '已退金额' },
  refundCount: { en: 'refund count', zh: '退款次数' },
  paidAt: { en: 'payment time', zh: '交易时间' },
  status: { en: 'status', zh: '交易状态' },
  settled: { en: 'settlement', zh: '结算状态' },
};

const PAYMENT_METHODS: Labels<PaymentMethod> = {
  card: { en: 'card', zh: '银行卡' },
  cash: { en: 'cash', zh: '现金' },
  wechat: { en: 'WeChat Pay', zh: '微信支付' },
  alipay: { en: 'Alipay', zh: '支付宝' },
  unionpay_qr: { en: 'UnionPay QR', zh: '云闪付' },
  other: { en: 'other', zh: '其他' },
};

const TRANSACTION_TYPES: Labels<TransactionType> = {
  sale: { en: 'sale', zh: '消费' },
  preauth: { en: 'pre-authorization', zh: '预授权' },
  preauth_completion: { en: 'pre-auth completion', zh: '预授权完成' },
};

const STATUSES: Labels<StatusMatch> = {
  pending: { en: 'pending', zh: '处理中' },
  paid: { en: 'paid', zh: '成功' },
  failed: { en: 'failed', zh: '失败' },
  voided: { en: 'voided', zh: '已撤销' },
  refunded: { en: 'refunded', zh: '已退货' },
  partially_refunded: { en: 'partially refunded', zh: '部分退货' },
  disputed: { en: 'disputed (chargeback)', zh: '争议中（拒付）' },
  unknown: { en: 'unknown', zh: '未知' },
};

const EVIDENCE: Labels<EvidenceKind> = {
  receipt: { en: 'receipt (signed slip)', zh: '签购单' },
  supervisor_approval: { en: 'supervisor approval', zh: '主管审批' },
  customer_id: { en: 'customer ID proof', zh: '身份证明' },
  customer_signature: { en: 'customer signature', zh: '持卡人签名' },
  customer_communication: {
    en: 'customer communication (chat log, emails, payment record)',
    zh: '沟通记录（聊天记录、邮件或支付记录）',
  },
  duplicate_charge_documentation: { en: 'duplicate charge documentation', zh: '重复扣款证明' },
  refund_policy: { en: 'refund policy', zh: '退货政策' },
  adjustment_form: { en: 'adjustment form (调账申请表)', zh: '调账申请表' },
  screenshot: { en: 'screenshot', zh: '截图' },
};

/** Looks a raw value up in a label table, showing the raw value when the table does not know it. */
const lookup =
  <K extends string>(labels: Labels<K>) =>
  (value: string | number | undefined, lang: Lang): string => {
    const key = String(value ?? '');
    return Object.hasOwn(labels, key) ? labels[key as K][lang] : key;
  };

/** The action as the agent reads it in the verdict card. */
export const actionText = (action: RuleAction, lang: Lang): string => ACTIONS[action][lang];
export const actionNoun = lookup(ACTION_NOUNS);
export const fieldText = lookup(FIELDS);
export const paymentMethodText = lookup(PAYMENT_METHODS);
export const transactionTypeText = lookup(TRANSACTION_TYPES);
export const statusText = lookup(STATUSES);
/** The evidence kind as a checklist line. */
export const evidenceText = (kind: EvidenceKind, lang: Lang): string => EVIDENCE[kind][lang];
