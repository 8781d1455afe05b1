import { describe, expect, it } from 'vitest';
import { describeEvents } from '../../../lib/case-log/event-lines';
import { translator } from '../../../lib/i18n';
import type { CaseEvent, EventBody } from '../../../lib/schema/event';
import { makeDraft } from '../../builders/case';
import { FILL_PAGE as PORTAL, makeOutcome } from '../../builders/fill-report';

const EVIDENCE_ID = '3f1f6a52-2f8e-4c52-9d61-0d7f1f9b2a10';

/** Events as the store would write them; describeEvents reads only the header fields and the body. */
function events(...bodies: EventBody[]): CaseEvent[] {
  return bodies.map(
    (body, seq) =>
      ({
        id: `e${seq}`,
        caseId: 'c',
        seq,
        at: `2026-11-25T0${seq}:00:00.000Z`,
        agent: 'Li',
        ruleSetId: null,
        ruleSetVersion: null,
        prevHash: '0',
        hash: '0',
        ...body,
      }) as CaseEvent,
  );
}

const captured: EventBody = {
  type: 'captured',
  data: { origin: 'https://p.example', url: 'https://p.example/order?id=7#x', draft: makeDraft() },
};

const lastLine = (list: CaseEvent[], lang: 'en' | 'zh' = 'en') =>
  describeEvents(list, { t: translator(lang), lang, zone: 'Asia/Shanghai' }).at(-1)?.text;

describe('describeEvents', () => {
  it.each<[string, EventBody[], string, 'en' | 'zh']>([
    ['a capture, by host and path', [], 'Captured 10 fields from p.example/order', 'en'],
    [
      'an edit, with the value before',
      [{ type: 'field_edited', data: { key: 'merchantName', value: '静安百货' } }],
      'Edited Merchant name: 上海静安咖啡店 → 静安百货',
      'en',
    ],
    [
      'an edited enum',
      [{ type: 'field_edited', data: { key: 'paymentMethod', value: 'wechat' } }],
      '修改支付方式：银行卡 → 微信支付',
      'zh',
    ],
    [
      'an edited time, in the portal zone',
      [{ type: 'field_edited', data: { key: 'paidAt', value: '2026-11-24T03:00:00Z' } }],
      'Edited Payment time: 2026-11-24 10:15:33 (Asia/Shanghai) → 2026-11-24 11:00 (Asia/Shanghai)',
      'en',
    ],
    [
      'an undone edit, back to the page value',
      [
        { type: 'field_edited', data: { key: 'amountMinor', value: 100 } },
        { type: 'field_edited', data: { key: 'amountMinor' } },
      ],
      'Undid the edit of Amount: ¥1.00 → ¥128.00 (page value)',
      'en',
    ],
    [
      'a verdict without a deadline',
      [{ type: 'verdict_computed', data: { verdict: {}, deadline: null, action: 'manual_review' } }],
      'Verdict: Manual review, no deadline',
      'en',
    ],
    [
      'a verdict without an action',
      [{ type: 'verdict_computed', data: { verdict: {}, deadline: null, action: null } }],
      '判定：—，无截止时间',
      'zh',
    ],
    [
      'a fill report',
      [
        {
          type: 'form_filled',
          data: {
            report: {
              url: PORTAL,
              outcomes: [
                makeOutcome('orderNo', 'filled'),
                makeOutcome('reason', 'skipped'),
                makeOutcome('amountMinor', 'filled'),
              ],
            },
          },
        },
      ],
      'Portal form filled: 2 of 3 fields',
      'en',
    ],
    [
      'a fill report of another shape',
      [{ type: 'form_filled', data: { report: { ok: true } } }],
      'Portal form filled',
      'en',
    ],
    [
      'a fill stopped by a conflicting order number',
      [
        {
          type: 'form_filled',
          data: {
            report: {
              url: PORTAL,
              outcomes: [],
              conflict: { key: 'orderNo', label: '原订单编号', pageValue: 'T999', caseValue: 'T1' },
            },
          },
        },
      ],
      'Portal form not filled: it already shows 原订单编号 T999',
      'en',
    ],
    [
      'a fill stopped by a conflicting amount, in Chinese',
      [
        {
          type: 'form_filled',
          data: {
            report: {
              url: PORTAL,
              outcomes: [],
              conflict: { key: 'amountMinor', label: '申请金额', pageValue: '9.99', caseValue: '128.50' },
            },
          },
        },
      ],
      '未填写后台表单：表单中已有申请金额 9.99',
      'zh',
    ],
    [
      'an undone fill',
      [{ type: 'form_fill_undone', data: { url: 'https://portal.example/apply', restored: 3, total: 4 } }],
      'Fill undone: put back 3 of 4 fields',
      'en',
    ],
    [
      'an undone fill, in Chinese',
      [{ type: 'form_fill_undone', data: { url: 'https://portal.example/apply', restored: 4, total: 4 } }],
      '已还原填写：恢复 4/4 个字段',
      'zh',
    ],
    [
      'a removed file, by name',
      [
        {
          type: 'evidence_added',
          data: {
            evidence: {
              id: EVIDENCE_ID,
              kind: 'customer_id',
              name: 'id.jpg',
              type: 'image/jpeg',
              size: 3,
              sha256: 'a'.repeat(64),
              addedAt: '2026-11-25T01:00:00.000Z',
            },
          },
        },
        { type: 'evidence_removed', data: { evidenceId: EVIDENCE_ID } },
      ],
      'Evidence removed: id.jpg',
      'en',
    ],
    [
      'a purge',
      [{ type: 'evidence_purged', data: { evidenceIds: [EVIDENCE_ID], retentionDays: 180 } }],
      '保留期满（180 天）：已清除 1 个材料文件',
      'zh',
    ],
    [
      'a rejection with its reason',
      [{ type: 'status_changed', data: { from: 'under_review', to: 'rejected', reason: 'Settled\nalready' } }],
      'Status: Under review → Rejected: Settled already',
      'en',
    ],
    [
      'a plain status change',
      [{ type: 'status_changed', data: { from: 'approved', to: 'closed' } }],
      '状态：已通过 → 已结案',
      'zh',
    ],
    [
      'a long note, shortened',
      [{ type: 'note_added', data: { noteId: EVIDENCE_ID, text: 'x'.repeat(300) } }],
      `Note: ${'x'.repeat(119)}…`,
      'en',
    ],
    ['an export', [{ type: 'exported', data: { format: 'markdown' } }], '导出为Markdown', 'zh'],
  ])('words %s', (_, after, text, lang) => {
    expect(lastLine(events(captured, ...after), lang)).toBe(text);
  });

  it('keeps the events’ order, ids and agents', () => {
    const lines = describeEvents(events(captured, { type: 'exported', data: { format: 'zip' } }), {
      t: translator('en'),
      lang: 'en',
      zone: 'UTC',
    });
    expect(lines.map((l) => [l.id, l.seq, l.agent])).toEqual([
      ['e0', 0, 'Li'],
      ['e1', 1, 'Li'],
    ]);
  });
});
