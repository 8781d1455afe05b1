import type { OrderKey } from '../schema/order';

/**
 * The words portals print next to each order field, Chinese and English. The first list of each field is
 * matched with full confidence; SECONDARY_LABELS are plausible but less specific names.
 */
export const LABEL_SYNONYMS: Readonly<Record<OrderKey, readonly string[]>> = {
  orderNo: ['订单编号', '订单号', 'Order No.', 'Order ID', 'Order Number', '订单ID'],
  merchantId: ['商户编号', '商户号', 'MID', 'Merchant ID', 'Merchant No.'],
  merchantName: ['商户名称', '商户名', 'Merchant', 'Merchant Name'],
  terminalId: ['终端编号', '终端号', 'TID', 'Terminal ID', 'Terminal No.'],
  batchNo: ['批次号', '批次', 'Batch No.', 'Batch', 'Batch Number'],
  voucherNo: ['凭证号', 'Trace No.', 'Trace Number', '凭证编号'],
  referenceNo: [
    '参考号',
    '检索参考号',
    '交易参考号',
    'RRN',
    'Retrieval Ref. No.',
    'Retrieval Reference Number',
    'Reference No.',
  ],
  authCode: ['授权码', 'Auth Code', 'Authorization Code', 'Approval Code'],
  transactionType: ['交易类型', '交易类别', 'Transaction Type'],
  paymentMethod: ['支付方式', '付款方式', 'Method', 'Payment Method'],
  cardMasked: ['卡号', 'Card No.', 'Card Number', '银行卡号'],
  amountMinor: ['交易金额', '金额(元)', 'Amount', '金额', '订单金额', '支付金额', 'Transaction Amount'],
  currency: ['币种', 'Currency', '交易币种'],
  refundedMinor: ['已退款金额', '退款金额', '已退金额', '累计退款金额', 'Refunded', 'Refunded Amount', 'Refund Amount'],
  refundCount: ['退款次数', '已退款次数', 'Refund Count', 'Refunds'],
  paidAt: [
    '交易时间',
    '交易日期',
    'Paid at',
    'Transaction Time',
    '支付时间',
    '付款时间',
    '交易日期时间',
    'Payment Time',
  ],
  status: [
    '订单状态',
    '状态',
    'Status',
    '交易状态',
    '支付状态',
    'Order Status',
    'Payment Status',
    'Transaction Status',
  ],
  settled: ['结算状态', 'Settlement', 'Settlement Status', '清算状态'],
};

/** Less specific names: still a field's label, with lower confidence. */
export const SECONDARY_LABELS: Readonly<Partial<Record<OrderKey, readonly string[]>>> = {
  orderNo: ['商户订单号', '交易单号', '支付订单号', '平台订单号', 'Order'],
  merchantId: ['商户代码'],
  merchantName: ['门店名称', 'Store'],
  terminalId: ['终端代码'],
  voucherNo: ['系统跟踪号', 'STAN'],
  referenceNo: ['Ref. No.', '系统参考号'],
  authCode: ['授权号'],
  transactionType: ['Type', 'Txn Type'],
  paymentMethod: ['支付渠道', '支付类型', 'Payment Type', 'Channel'],
  cardMasked: ['交易卡号', 'PAN'],
  amountMinor: ['实付金额', '消费金额', 'Order Amount', 'Total Amount', 'Total'],
  paidAt: ['日期时间', '下单时间', '创建时间', 'Date/Time', 'Date', 'Time', '时间', '日期', 'Created at', 'Order Time'],
};

/** Labels that mean different fields on different portals; the rest of the page decides. */
export const SHARED_LABELS: Readonly<Record<string, readonly OrderKey[]>> = {
  流水号: ['orderNo', 'voucherNo'],
  交易流水号: ['orderNo', 'voucherNo'],
  'Serial No.': ['orderNo', 'voucherNo'],
};

/** Card-security data that is never read: its value is refused and only the label is reported. */
export const SENSITIVE_LABELS: readonly string[] = [
  'CVV',
  'CVV2',
  'CVC',
  'CVC2',
  'CVN',
  'CVN2',
  'CID',
  'Security Code',
  'Card Verification',
  '安全码',
  '卡验证码',
  '卡片验证码',
  '验证码',
  'PIN',
  'PIN码',
  'PIN Block',
  'Password',
  '密码',
  '交易密码',
  '支付密码',
  '主管密码',
  '磁道',
  '磁道信息',
  '磁道数据',
  '二磁道',
  '三磁道',
  'Track',
  'Track Data',
  'Track 1',
  'Track 2',
  'Track1',
  'Track2',
];

/** Personal ID numbers: read only to be masked by the configured pattern. */
export const ID_LABELS: readonly string[] = [
  '身份证号',
  '身份证号码',
  '身份证',
  '证件号',
  '证件号码',
  '持卡人证件号',
  'ID No.',
  'ID Number',
  'ID Card',
  'ID Card No.',
  'National ID',
  'Passport No.',
];

/**
 * Words that make a longer label something else (a day's total, a related order, a fee, a hotline), so
 * that "今日交易金额" or "Related order no." never counts as the order's own field.
 */
export const NOT_THE_ORDER_WORDS: readonly string[] = [
  '今日',
  '今天',
  '昨日',
  '昨天',
  '本日',
  '当日',
  '本月',
  '本周',
  '合计',
  '总计',
  '汇总',
  '统计',
  '关联',
  '相关',
  '最近',
  '上一笔',
  '客服',
  '热线',
  '电话',
  '手续费',
  '优惠',
  '折扣',
  '余额',
  '限额',
  'today',
  'yesterday',
  'total',
  'sum',
  'related',
  'recent',
  'previous',
  'last',
  'fee',
  'discount',
  'balance',
  'limit',
  'hotline',
  'phone',
];
