import type { CaseStatus, SubmissionChannel } from '../schema/case';
import type { EventType } from '../schema/event';
import type { EvidenceKind } from '../schema/evidence-kind';

export type ExportLang = 'en' | 'zh';

interface Labels {
  title: string;
  caseId: string;
  origin: string;
  url: string;
  status: string;
  createdAt: string;
  updatedAt: string;
  agent: string;
  order: string;
  verdict: string;
  action: string;
  deadline: string;
  ruleSet: string;
  submission: string;
  rejectionReason: string;
  notes: string;
  evidence: string;
  history: string;
  editedFrom: string;
  purged: string;
  yes: string;
  no: string;
  none: string;
  chainOk: string;
  statuses: Record<CaseStatus, string>;
  channels: Record<SubmissionChannel, string>;
  events: Record<EventType, string>;
  kinds: Record<EvidenceKind, string>;
}

const en: Labels = {
  title: 'Cancellation case',
  caseId: 'Case ID',
  origin: 'Portal',
  url: 'Page',
  status: 'Case status',
  createdAt: 'Opened',
  updatedAt: 'Last change',
  agent: 'Agent',
  order: 'Order',
  verdict: 'Verdict',
  action: 'Action',
  deadline: 'Deadline',
  ruleSet: 'Rule set',
  submission: 'Submitted',
  rejectionReason: 'Rejection reason',
  notes: 'Notes',
  evidence: 'Evidence',
  history: 'History',
  editedFrom: 'edited; page showed',
  purged: 'file purged',
  yes: 'yes',
  no: 'no',
  none: '—',
  chainOk: 'Event log hash',
  statuses: {
    draft: 'Draft',
    submitted: 'Submitted',
    under_review: 'Under review',
    approved: 'Approved',
    rejected: 'Rejected',
    closed: 'Closed',
  },
  channels: { online_form: 'online form', phone: 'phone', email: 'email' },
  events: {
    captured: 'Captured from the portal',
    field_edited: 'Field edited',
    verdict_computed: 'Verdict computed',
    form_filled: 'Form filled',
    form_fill_undone: 'Form fill undone',
    evidence_added: 'Evidence added',
    evidence_removed: 'Evidence removed',
    evidence_purged: 'Evidence files purged',
    note_added: 'Note added',
    status_changed: 'Status changed',
    exported: 'Exported',
  },
  kinds: {
    receipt: 'Receipt',
    supervisor_approval: 'Supervisor approval',
    customer_id: 'Customer ID',
    customer_signature: 'Customer signature',
    customer_communication: 'Customer communication',
    duplicate_charge_documentation: 'Duplicate charge documentation',
    refund_policy: 'Refund policy',
    adjustment_form: 'Adjustment form',
    screenshot: 'Screenshot',
  },
};

const zh: Labels = {
  title: '撤销案件',
  caseId: '案件编号',
  origin: '门户',
  url: '页面',
  status: '案件状态',
  createdAt: '创建时间',
  updatedAt: '最后更新',
  agent: '处理人',
  order: '订单',
  verdict: '判定',
  action: '处理方式',
  deadline: '截止时间',
  ruleSet: '规则集',
  submission: '已提交',
  rejectionReason: '驳回原因',
  notes: '备注',
  evidence: '证据',
  history: '操作记录',
  editedFrom: '已修改；页面显示',
  purged: '文件已清除',
  yes: '是',
  no: '否',
  none: '—',
  chainOk: '记录哈希',
  statuses: {
    draft: '草稿',
    submitted: '已提交',
    under_review: '审核中',
    approved: '已批准',
    rejected: '已驳回',
    closed: '已结案',
  },
  channels: { online_form: '在线表单', phone: '电话', email: '邮件' },
  events: {
    captured: '从门户采集',
    field_edited: '修改字段',
    verdict_computed: '计算判定',
    form_filled: '填写表单',
    form_fill_undone: '还原填写',
    evidence_added: '添加证据',
    evidence_removed: '移除证据',
    evidence_purged: '清除证据文件',
    note_added: '添加备注',
    status_changed: '状态变更',
    exported: '导出',
  },
  kinds: {
    receipt: '签购单',
    supervisor_approval: '主管审批',
    customer_id: '客户身份证明',
    customer_signature: '客户签名',
    customer_communication: '客户沟通记录',
    duplicate_charge_documentation: '重复扣款证明',
    refund_policy: '退款政策',
    adjustment_form: '调账单',
    screenshot: '截图',
  },
};

/** The export's own words in each language (field names come from the UI dictionary). */
export const EXPORT_LABELS: Record<ExportLang, Labels> = { en, zh };
