import type { FillKey, FillReason, RequestType } from '../schema/fill';

/**
 * Labels cancellation forms use for what they ask, zh and en. They are read before the shared capture
 * vocabulary: on a cancellation form "退款金额" is the amount to refund, not an amount already refunded.
 */
export const FILL_LABELS: Readonly<Partial<Record<FillKey, readonly string[]>>> = {
  orderNo: ['原订单号', '原订单编号', '原交易订单号', '原商户订单号', 'Original Order No.', 'Original Order ID', 'Original Order Number'],
  amountMinor: [
    '申请金额', '撤销金额', '退款金额', '退货金额', '申请退款金额', '本次退款金额', '退款申请金额', '撤销交易金额',
    'Refund Amount', 'Amount to Refund', 'Void Amount', 'Cancel Amount', 'Cancellation Amount', 'Requested Amount',
  ],
  paidAt: [
    '原交易时间', '原交易日期', '原交易日期时间', '原支付时间', 'Original Transaction Date', 'Original Transaction Time',
    'Transaction Date', 'Txn Date', 'Txn Time', 'Payment Date', 'Date of Transaction',
  ],
  merchantId: ['原商户号', '原商户编号'],
  terminalId: ['原终端号', '原终端编号'],
  batchNo: ['原批次号'],
  voucherNo: ['原凭证号', '原流水号', 'Original Trace No.', 'Voucher No.', 'Voucher Number'],
  referenceNo: ['原参考号', '原检索参考号', '原交易参考号', 'Original RRN', 'Original Reference No.'],
  authCode: ['原授权码', 'Original Auth Code'],
  requestType: [
    '申请类型', '撤销类型', '退款类型', '业务类型', '申请业务', '处理方式', '处理类型', '撤销/退货类型',
    'Request Type', 'Cancellation Type', 'Type of Request', 'Action', 'Requested Action',
  ],
  reason: [
    '申请原因', '原因', '撤销原因', '退款原因', '退货原因', '申请理由', '理由', '退款理由', '撤销理由',
    'Reason', 'Reason for Cancellation', 'Cancellation Reason', 'Refund Reason', 'Void Reason',
  ],
  description: [
    '情况说明', '说明', '问题描述', '描述', '详细说明', '备注', '申请说明', '补充说明', '退款说明', '详情',
    'Description', 'Details', 'Remarks', 'Comments', 'Notes', 'Note', 'Explanation', 'Additional Information',
  ],
  contactName: ['联系人', '联系人姓名', '申请人', '经办人', '申请人姓名', 'Contact', 'Contact Name', 'Contact Person', 'Your Name', 'Name'],
  contactPhone: [
    '联系电话', '联系人电话', '手机号', '手机号码', '电话', '联系方式', '手机', '电话号码',
    'Phone', 'Contact Phone', 'Phone Number', 'Telephone', 'Mobile', 'Mobile Number',
  ],
  contactEmail: ['邮箱', '电子邮箱', '联系邮箱', '电子邮件', 'Email', 'E-mail', 'Contact Email', 'Email Address'],
  currency: ['币种', '交易币种', '退款币种', 'Currency'],
  files: [
    '附件', '上传附件', '证明材料', '上传凭证', '凭证上传', '相关材料', '上传材料', '上传文件', '签购单',
    'Attachment', 'Attachments', 'Supporting Documents', 'Evidence', 'Upload', 'Files', 'File',
  ],
};

/** Words that make a longer label about something else than the requester's own details. */
export const NOT_THE_REQUEST_WORDS: readonly string[] = [
  '客服', '热线', '持卡人', '客户', '顾客', '合计', '总计', '汇总', '累计', '今日', '已退', '手续费', '范围', '区间',
  'hotline', 'customer', 'cardholder', 'support', 'total', 'sum', 'today', 'refunded', 'fee', 'range',
];

/**
 * The form's words for each request type, best first. A void of a pre-authorization completion is still a
 * void; it moves first when the original transaction was a completion.
 */
export const REQUEST_TYPE_WORDS: Readonly<Record<RequestType, readonly string[]>> = {
  void: ['消费撤销', '撤销', '撤销交易', '当日撤销', '交易撤销', '预授权完成撤销', 'Void', 'Void Transaction', 'Sale Void', 'Cancel', 'Cancellation', 'Cancel Transaction', 'Pre-auth Completion Void'],
  refund: ['退货', '退款', '消费退货', '隔日退货', '退货退款', '申请退款', 'Refund', 'Return', 'Refund Transaction', 'Sale Refund'],
  preauth_cancel: [
    '预授权撤销', '预授权取消', '撤销预授权', 'Pre-auth Cancel', 'Preauth Cancel', 'Pre-authorization Cancel',
    'Cancel Pre-authorization', 'Cancel Pre-auth', 'Pre-auth Cancellation', 'Pre-authorization Cancellation', 'Release Hold',
  ],
};

/** The completion-void words that move first for a completion. */
export const COMPLETION_VOID_WORDS: readonly string[] = ['预授权完成撤销', 'Pre-auth Completion Void'];

/** The form's words for each reason, best first. */
export const REASON_WORDS: Readonly<Record<FillReason, readonly string[]>> = {
  duplicate_charge: ['重复扣款', '重复支付', '重复交易', '重复收款', '重复刷卡', 'Duplicate Charge', 'Duplicate Payment', 'Duplicate', 'Charged Twice'],
  wrong_amount: ['金额错误', '金额有误', '输错金额', '金额不符', 'Wrong Amount', 'Incorrect Amount', 'Amount Error'],
  customer_cancelled: [
    '客户取消', '顾客取消', '客户要求取消', '持卡人取消', '客户申请取消',
    'Customer Cancelled', 'Customer Canceled', 'Cancelled by Customer', 'Canceled by Customer', 'Customer Request',
  ],
  system_failure: ['系统故障', '系统异常', '设备故障', '系统错误', 'System Failure', 'System Error', 'System Fault', 'Technical Issue'],
  operator_error: ['操作失误', '操作错误', '收银员失误', '误操作', 'Operator Error', 'Cashier Error', 'Staff Error'],
  other: ['其他', '其它', '其他原因', 'Other', 'Others', 'Other Reason'],
};

/** Currency names forms show instead of ISO codes. */
export const CURRENCY_WORDS: Readonly<Record<string, readonly string[]>> = {
  CNY: ['人民币', 'RMB', '元', 'Chinese Yuan', 'Renminbi'],
  USD: ['美元', 'US Dollar'],
  HKD: ['港币', '港元', 'Hong Kong Dollar'],
  EUR: ['欧元', 'Euro'],
  JPY: ['日元', 'Japanese Yen'],
  GBP: ['英镑', 'British Pound'],
};

/** Leading words of a placeholder that only ask for input ("请输入订单号" → "订单号"). */
export const PLACEHOLDER_PROMPTS: readonly string[] = ['请输入', '请填写', '请选择', '输入', '选择', 'please enter', 'please select', 'enter', 'select', 'choose', 'type'];

/** Names, ids and labels of fields a person is not meant to fill (spam traps). */
export const HONEYPOT_WORDS: readonly string[] = [
  'honeypot', 'honey', 'hpot', 'trap', 'leave blank', 'leave this blank', 'leave empty', 'do not fill', "don't fill",
  'not fill', 'nofill', 'bot-field', 'botfield', 'bot_check', '请勿填写', '不要填写', '请留空',
];

/** Labels on amount fields that mean minor units (fen, cents). */
export const MINOR_UNIT_WORDS: readonly string[] = ['分', 'fen', 'cent', 'cents', 'minor units'];

/** Placeholder and empty option texts of choices ("请选择", "-- Select --"). */
export const EMPTY_CHOICE_WORDS: readonly string[] = ['请选择', '选择', '--', 'select', 'choose', 'please select', 'none', '无'];

/**
 * Words of an attestation a person must tick themselves ("我已核实以上信息无误", "I confirm the information above
 * is correct"): the fill never ticks one and reports it as left for the agent.
 */
export const ATTESTATION_WORDS: readonly string[] = [
  '我已核实', '我已确认', '我已阅读', '我已知悉', '本人确认', '本人承诺', '本人声明', '确认以上', '以上信息', '承诺',
  'I confirm', 'I certify', 'I attest', 'I agree', 'I acknowledge', 'I have read', 'I declare',
];

/** Words on the button that sends the form, which the fill never presses. */
export const SUBMIT_WORDS: readonly string[] = ['提交', '确认提交', '提交申请', '申请撤销', 'Submit', 'Send', 'Apply', 'Request'];
