import { describe, expect, it } from 'vitest';
import { planFill, type FillPlan } from '../../../lib/fill';
import { wallClockSeconds } from '../../../lib/format/instant';
import { makeFillRequest } from '../../builders/fill-request';
import { mount } from './dom';

/** key (and part) → the label of the field planned for it. */
const mapping = (plan: FillPlan) =>
  Object.fromEntries(plan.fields.map((f) => [f.part ? `${f.key}:${f.part}` : f.key, f.field.label]));
/** key → the text planned for it. */
const texts = (plan: FillPlan) =>
  Object.fromEntries(
    plan.fields.flatMap((f) =>
      f.value.kind === 'text' ? [[f.part ? `${f.key}:${f.part}` : f.key, f.value.text]] : [],
    ),
  );
const outcomes = (plan: FillPlan) => Object.fromEntries(plan.unplanned.map((u) => [u.key, u.outcome]));

const ZH_FORM = `<form>
  <div class="row"><label for="a">原订单编号</label><input id="a"></div>
  <div class="row"><label for="b">申请金额(元)</label><input id="b" placeholder="0.00"></div>
  <div class="row"><label for="c">原交易日期</label><input id="c" placeholder="YYYY-MM-DD"></div>
  <div class="row"><label for="d">商户编号</label><input id="d"></div>
  <div class="row"><label for="e">终端编号</label><input id="e"></div>
  <div class="row"><label for="f">原凭证号</label><input id="f"></div>
  <div class="row"><label for="g">原参考号</label><input id="g"></div>
  <div class="row"><label for="h">申请类型</label><select id="h"><option>请选择</option><option>消费撤销</option><option>退货</option></select></div>
  <div class="row"><label for="i">申请原因</label><select id="i"><option>重复扣款</option><option>其他</option></select></div>
  <div class="row"><label for="j">情况说明</label><textarea id="j"></textarea></div>
  <div class="row"><label for="k">联系人</label><input id="k"></div>
  <div class="row"><label for="l">联系电话</label><input id="l"></div>
  <div class="row"><label for="m">附件</label><input id="m" type="file"></div>
  <button type="submit">提交申请</button></form>`;

const EN_FORM = `<form>
  <p><label>Original Order No. <input name="a"></label></p>
  <p><label>Refund Amount <input name="b" type="number"></label></p>
  <p><label>Transaction Time <input name="c" type="datetime-local"></label></p>
  <p><label>Batch No. <input name="d"></label></p>
  <p><label>Auth Code <input name="e"></label></p>
  <p><label>Request Type <select name="f"><option>Void</option><option>Refund</option></select></label></p>
  <fieldset><legend>Reason</legend><label><input type="radio" name="g">Duplicate charge</label><label><input type="radio" name="g">Other</label></fieldset>
  <p><label>Remarks <textarea name="h"></textarea></label></p>
  <p><label>Email <input name="i" type="email"></label></p>
  <p><input type="submit" value="Send"></p></form>`;

describe('planFill maps fields to the case', () => {
  it('a Chinese form', () => {
    expect(mapping(planFill(mount(ZH_FORM), makeFillRequest()))).toEqual({
      orderNo: '原订单编号',
      amountMinor: '申请金额(元)',
      'paidAt:date': '原交易日期',
      merchantId: '商户编号',
      terminalId: '终端编号',
      voucherNo: '原凭证号',
      referenceNo: '原参考号',
      requestType: '申请类型',
      reason: '申请原因',
      description: '情况说明',
      contactName: '联系人',
      contactPhone: '联系电话',
    });
  });

  it('an English form', () => {
    expect(mapping(planFill(mount(EN_FORM), makeFillRequest()))).toEqual({
      orderNo: 'Original Order No.',
      amountMinor: 'Refund Amount',
      paidAt: 'Transaction Time',
      batchNo: 'Batch No.',
      authCode: 'Auth Code',
      requestType: 'Request Type',
      reason: 'Reason',
      description: 'Remarks',
      contactEmail: 'Email',
    });
  });

  it('plans attachments only when the request has files', () => {
    const withFiles = planFill(
      mount(ZH_FORM),
      makeFillRequest({}, { files: [{ name: 'a.txt', type: 'text/plain', base64: 'YQ==' }] }),
    );
    expect(mapping(withFiles).files).toBe('附件');
    expect(mapping(planFill(mount(ZH_FORM), makeFillRequest())).files).toBeUndefined();
  });

  it('reports what the request asks for and the form lacks, but not a currency the amount field implies', () => {
    const plan = planFill(mount(EN_FORM), makeFillRequest({ contactName: undefined }));
    expect(outcomes(plan)).toEqual({
      merchantId: 'not_found',
      terminalId: 'not_found',
      voucherNo: 'not_found',
      referenceNo: 'not_found',
      contactPhone: 'not_found',
    });
  });

  it('plans nothing for values the request leaves out', () => {
    const plan = planFill(mount(ZH_FORM), { values: { zone: 'Asia/Shanghai', orderNo: 'T1' } });
    expect([Object.keys(mapping(plan)), plan.unplanned]).toEqual([['orderNo'], []]);
  });

  it('recognises a request-type or reason field by its options when its label says nothing', () => {
    const doc = mount(
      '<form><label for="t">类别</label><select id="t"><option>消费撤销</option><option>退货</option></select><label for="r">选项</label><select id="r"><option>重复扣款</option><option>金额错误</option><option>其他</option></select></form>',
    );
    expect(mapping(planFill(doc, makeFillRequest()))).toEqual({ requestType: '类别', reason: '选项' });
  });

  it('takes the cancellation form’s field over a look-alike in the page’s search box', () => {
    const doc = mount(
      `<header><form role="search"><label>订单号 <input name="q"></label></form></header>${ZH_FORM.replace('原订单编号', '订单号')}`,
    );
    expect(planFill(doc, makeFillRequest()).fields.find((f) => f.key === 'orderNo')?.field.el.id).toBe('a');
  });

  it('follows a site profile pin over the labels', () => {
    const doc = mount('<form><label for="a">订单号</label><input id="a"><input id="pinned" name="x9"></form>');
    const plan = planFill(doc, makeFillRequest({}, { pins: [{ key: 'orderNo', selector: '#pinned' }] }));
    expect(plan.fields.find((f) => f.key === 'orderNo')?.field.el.id).toBe('pinned');
  });
});

describe('planFill refuses to guess', () => {
  it.each([
    [
      'two fields with the same label',
      '<label for="a">订单号</label><input id="a"><label for="b">订单号</label><input id="b">',
      'orderNo',
    ],
    ['two equally named amounts', '<label>退款金额 <input></label><label>撤销金额 <input></label>', 'amountMinor'],
    [
      'two file inputs',
      '<label>附件 <input type="file"></label><label>Attachment <input type="file"></label>',
      'files',
    ],
  ])('%s', (_name, html, key) => {
    const plan = planFill(
      mount(`<form>${html}</form>`),
      makeFillRequest({}, { files: [{ name: 'a.txt', type: 'text/plain', base64: 'YQ==' }] }),
    );
    expect([outcomes(plan)[key], plan.fields.some((f) => f.key === key)]).toEqual(['ambiguous', false]);
  });

  it('names both candidates of an ambiguity', () => {
    const plan = planFill(
      mount('<form><label>订单号 <input></label><label>Order No. <input></label></form>'),
      makeFillRequest(),
    );
    expect(plan.unplanned.find((u) => u.key === 'orderNo')?.label).toBe('订单号 / Order No.');
  });

  it('prefers the better-named field when one is exact and the other only contains the word', () => {
    const plan = planFill(
      mount('<form><label>订单号 <input name="a"></label><label>关联订单号备注 <input name="b"></label></form>'),
      makeFillRequest(),
    );
    expect(mapping(plan).orderNo).toBe('订单号');
  });

  it('never plans a password, a hidden field, a trap or a button even when they are labelled like case fields', () => {
    const doc = mount(`<form>
      <label>订单号 <input type="password"></label>
      <label>订单号 <input type="hidden"></label>
      <div style="display:none"><label>订单号 <input></label></div>
      <label>订单号 <input name="honeypot"></label>
      <label>订单号 <input type="submit"></label>
      <label>订单号 <button>go</button></label>
    </form>`);
    expect(outcomes(planFill(doc, makeFillRequest())).orderNo).toBe('not_found');
  });
});

describe('planFill writes values the way each field shows them', () => {
  it.each([
    [
      'a yuan field with a 0.00 placeholder',
      '<label>申请金额(元) <input placeholder="0.00"></label>',
      { amountMinor: '128.50' },
    ],
    ['a fen field', '<label>退款金额（分） <input></label>', { amountMinor: '12850' }],
    ['a number input', '<label>Refund Amount <input type="number"></label>', { amountMinor: '128.50' }],
    ['a date input', '<label>交易日期 <input type="date"></label>', { 'paidAt:date': '2026-11-25' }],
    ['a datetime-local input', '<label>交易时间 <input type="datetime-local"></label>', { paidAt: '2026-11-25T14:03' }],
    [
      'a slash date text field',
      '<label>交易日期 <input placeholder="YYYY/MM/DD"></label>',
      { 'paidAt:date': '2026/11/25' },
    ],
    ['a date-and-time text field', '<label>交易时间 <input></label>', { paidAt: '2026-11-25 14:03:27' }],
    [
      'separate date and time fields',
      '<label>交易日期 <input placeholder="YYYY-MM-DD"></label><label>交易时间 <input></label>',
      { 'paidAt:date': '2026-11-25', 'paidAt:time': '14:03:27' },
    ],
    ['a request type typed into a Chinese text field', '<label>申请类型 <input></label>', { requestType: '消费撤销' }],
    ['a reason typed into an English text field', '<label>Reason <input></label>', { reason: 'Duplicate Charge' }],
  ])('%s', (_name, html, expected) => {
    const request = makeFillRequest();
    const wanted = Object.keys(expected).map((k) => k.split(':')[0]);
    const only = Object.fromEntries(
      Object.entries(request.values).filter(
        ([k]) => k === 'zone' || k === 'currency' || wanted.includes(k === 'paidAtWall' ? 'paidAt' : k),
      ),
    );
    expect(texts(planFill(mount(`<form>${html}</form>`), { values: only as typeof request.values }))).toEqual(expected);
  });

  it('writes the time of the portal’s zone', () => {
    const plan = planFill(mount('<form><label>交易时间 <input></label></form>'), {
      values: {
        zone: 'Europe/Berlin',
        paidAt: '2026-11-25T06:03:27Z',
        paidAtWall: wallClockSeconds('2026-11-25T06:03:27Z', 'Europe/Berlin'),
      },
    });
    expect(texts(plan).paidAt).toBe('2026-11-25 07:03:27');
  });
});

describe('planFill checks the form against the case before anything is written', () => {
  it.each([
    [
      'another order number',
      '<label>原订单号 <input value="T20261125-9999"></label>',
      { key: 'orderNo', pageValue: 'T20261125-9999', caseValue: 'T20261125-0001' },
    ],
    [
      'another amount',
      '<label>申请金额(元) <input value="56.80"></label>',
      { key: 'amountMinor', pageValue: '56.80', caseValue: '128.50' },
    ],
    [
      'another amount in fen',
      '<label>退款金额(分) <input value="5680"></label>',
      { key: 'amountMinor', pageValue: '5680', caseValue: '12850' },
    ],
    [
      'a read-only order number',
      '<label>原订单号 <input readonly value="T9"></label>',
      { key: 'orderNo', pageValue: 'T9', caseValue: 'T20261125-0001' },
    ],
  ])('%s is a conflict', (_name, html, expected) => {
    expect(planFill(mount(`<form>${html}</form>`), makeFillRequest()).conflict).toMatchObject(expected);
  });

  it.each([
    ['the same order number', '<label>原订单号 <input value=" T20261125-0001 "></label>'],
    ['the same amount written differently', '<label>申请金额(元) <input value="128.5"></label>'],
    ['an empty amount shown as zero', '<label>申请金额(元) <input value="0.00"></label>'],
    ['empty fields', '<label>原订单号 <input></label><label>申请金额 <input placeholder="0.00"></label>'],
  ])('%s is no conflict', (_name, html) => {
    expect(planFill(mount(`<form>${html}</form>`), makeFillRequest()).conflict).toBeUndefined();
  });
});
