import { afterEach, describe, expect, it } from 'vitest';
import { executeFill, planFill, type FillPlan } from '../../../lib/fill';
import { collectFields } from '../../../lib/fill/collect-fields';
import type { FillKey, FillReport, FillRequest, FillValues } from '../../../lib/schema/fill';
import { makeFillRequest } from '../../builders/fill-request';
import { mount, NO_SETTLE, signal } from './dom';

/** A request for only these values (with the zone and currency every request carries). */
const only = (values: Partial<FillValues>): FillRequest => ({
  values: { zone: 'Asia/Shanghai', currency: 'CNY', ...values },
});
/** The id (else the tag) of the element each planned key and part goes to. */
const targets = (plan: FillPlan) =>
  Object.fromEntries(
    plan.fields.map((f) => [f.part ? `${f.key}:${f.part}` : f.key, f.field.el.id || f.field.el.localName]),
  );
const kindsOf = (plan: FillPlan) => Object.fromEntries(plan.fields.map((f) => [f.key, f.field.kind]));
const planned = (plan: FillPlan, key: FillKey) => plan.fields.filter((f) => f.key === key);
const outcome = (report: FillReport, key: FillKey) => report.outcomes.find((o) => o.key === key);

afterEach(() => {
  document.body.innerHTML = '';
});

describe('a combobox that pops up a dialog is a date picker', () => {
  it.each([
    { name: 'aria-haspopup=dialog', attrs: 'role="combobox" aria-haspopup="dialog"', kind: 'text', paidAt: true },
    { name: 'aria-haspopup=grid', attrs: 'role="combobox" aria-haspopup="grid"', kind: 'text', paidAt: true },
    {
      name: 'aria-haspopup=listbox',
      attrs: 'role="combobox" aria-haspopup="listbox"',
      kind: 'combobox',
      paidAt: false,
    },
    { name: 'a bare combobox', attrs: 'role="combobox"', kind: 'combobox', paidAt: false },
  ])('$name: a field of kind $kind', ({ attrs, kind, paidAt }) => {
    const doc = mount(
      `<form><div class="row"><label for="d">原交易日期</label><div class="box"><input id="d" ${attrs}></div></div></form>`,
    );
    expect(collectFields(doc).map((f) => [f.label, f.kind])).toEqual([['原交易日期', kind]]);
    const plan = planFill(doc, makeFillRequest());
    expect(planned(plan, 'paidAt').map((p) => [p.field.el.id, p.value.kind === 'text' ? p.value.text : null])).toEqual(
      paidAt ? [['d', '2026-11-25']] : [],
    );
  });

  it.each([
    {
      name: 'a combobox with aria-haspopup=dialog',
      html: '<div class="box"><input id="d" role="combobox" aria-haspopup="dialog"></div>',
    },
    {
      name: 'a combobox inside an Element Plus date editor',
      html: '<div class="el-date-editor"><input id="d" role="combobox"></div>',
    },
  ])('$name is typed the payment date and keeps it', async ({ html }) => {
    const doc = mount(`<form><div class="row"><label for="d">原交易日期</label>${html}</div></form>`);
    const report = await executeFill(
      planFill(doc, only({ paidAt: '2026-11-25T06:03:27Z', paidAtWall: '2026-11-25T14:03:27' })),
      signal(),
      NO_SETTLE,
    );
    expect([outcome(report, 'paidAt'), (doc.getElementById('d') as HTMLInputElement).value]).toEqual([
      expect.objectContaining({ outcome: 'filled', part: 'date', value: '2026-11-25' }),
      '2026-11-25',
    ]);
  });
});

describe('the ends of a date range never take the payment time', () => {
  /** A form with a range picker (its ends labelled like the payment time) and a single date field after it. */
  const withSingle = (range: string, single = '<label for="single">原交易日期</label><input id="single">') =>
    `<form><div class="row"><span id="rl">原交易日期</span><div class="picker">${range}</div></div><div class="row">${single}</div></form>`;

  it.each([
    {
      name: 'placeholders 开始日期 / 结束日期',
      range:
        '<input id="from" aria-labelledby="rl" placeholder="开始日期"><span>至</span><input id="to" aria-labelledby="rl" placeholder="结束日期">',
    },
    {
      name: 'placeholders 开始时间 / 结束时间',
      range:
        '<input id="from" aria-labelledby="rl" placeholder="开始时间"><span>至</span><input id="to" aria-labelledby="rl" placeholder="结束时间">',
    },
    {
      name: 'placeholders Start date / End date',
      range:
        '<input id="from" aria-labelledby="rl" placeholder="Start date"><span>→</span><input id="to" aria-labelledby="rl" placeholder="End date">',
    },
    {
      name: 'aria-labels From / To',
      range:
        '<input id="from" aria-labelledby="rl" aria-label="From"><input id="to" aria-labelledby="rl" aria-label="To">',
    },
    {
      name: 'date-range attributes on both ends',
      range:
        '<input id="from" aria-labelledby="rl" date-range="start" placeholder="YYYY-MM-DD"><input id="to" aria-labelledby="rl" date-range="end" placeholder="YYYY-MM-DD">',
    },
    {
      name: 'one end marked, the other its box-mate',
      range:
        '<input id="from" aria-labelledby="rl" placeholder="YYYY-MM-DD"><span>~</span><input id="to" aria-labelledby="rl" placeholder="结束日期">',
    },
    {
      name: 'a single box whose aria-label says 范围',
      range: '<input id="from" aria-labelledby="rl" aria-label="交易日期范围">',
    },
    {
      name: 'a single box whose placeholder says range',
      range: '<input id="from" aria-labelledby="rl" placeholder="Select a date range">',
    },
  ])('$name: the single date field gets it', ({ range }) => {
    const plan = planFill(
      mount(withSingle(range)),
      only({ paidAt: '2026-11-25T06:03:27Z', paidAtWall: '2026-11-25T14:03:27' }),
    );
    expect([planned(plan, 'paidAt').map((p) => p.field.el.id), plan.unplanned]).toEqual([['single'], []]);
  });

  it('without a range sign the same two boxes would compete with the single field (the cases above mean something)', () => {
    const range =
      '<input id="from" aria-labelledby="rl" placeholder="YYYY-MM-DD"><span>至</span><input id="to" aria-labelledby="rl" placeholder="YYYY-MM-DD">';
    const plan = planFill(
      mount(withSingle(range)),
      only({ paidAt: '2026-11-25T06:03:27Z', paidAtWall: '2026-11-25T14:03:27' }),
    );
    expect(plan.unplanned.map((u) => [u.key, u.outcome])).toEqual([['paidAt', 'ambiguous']]);
  });

  /** A range picker with neutral ends, named only by the label element in front of it, alone in the form. */
  const labelledRange = (label: string) =>
    `<form><div class="row"><label for="from">${label}</label><div class="picker"><input id="from" placeholder="YYYY-MM-DD"><span>~</span><input id="to" placeholder="YYYY-MM-DD"></div></div></form>`;

  it.each([
    { name: 'Transaction date range', label: 'Transaction date range' },
    { name: 'Original Transaction Date Range', label: 'Original Transaction Date Range' },
    { name: '交易日期范围', label: '交易日期范围' },
    { name: '原交易时间区间', label: '原交易时间区间' },
  ])('a range picker labelled "$name" takes nothing', ({ label }) => {
    expect(
      planned(
        planFill(
          mount(labelledRange(label)),
          only({ paidAt: '2026-11-25T06:03:27Z', paidAtWall: '2026-11-25T14:03:27' }),
        ),
        'paidAt',
      ),
    ).toEqual([]);
  });

  it('a form with only a range reports the payment time as not found, not as ambiguous', () => {
    const doc = mount(
      withSingle(
        '<input id="from" aria-labelledby="rl" placeholder="开始日期"><input id="to" aria-labelledby="rl" placeholder="结束日期">',
        '',
      ),
    );
    expect(
      planFill(doc, only({ paidAt: '2026-11-25T06:03:27Z', paidAtWall: '2026-11-25T14:03:27' })).unplanned.map((u) => [
        u.key,
        u.outcome,
      ]),
    ).toEqual([['paidAt', 'not_found']]);
  });
});

describe('radios without a name group by the container they share', () => {
  /** ant-design-vue's markup: a form item with its label, and a radio group of unnamed inputs. */
  const item = (label: string, options: string[], type = 'radio') =>
    `<div class="ant-form-item"><div class="ant-form-item-label"><label>${label}</label></div><div class="ant-form-item-control"><div class="ant-${type}-group">${options
      .map(
        (o, i) =>
          `<label class="ant-${type}-wrapper"><span class="ant-${type}"><input type="${type}" value="${i}"></span><span>${o}</span></label>`,
      )
      .join('')}</div></div></div>`;
  const groups = (doc: Document) => collectFields(doc).map((f) => [f.label, f.kind, f.members.length]);

  it.each([
    { name: 'one container', html: item('申请原因', ['重复扣款', '其他']), expected: [['申请原因', 'radio', 2]] },
    {
      name: 'one container of three',
      html: item('申请类型', ['消费撤销', '退货', '预授权撤销']),
      expected: [['申请类型', 'radio', 3]],
    },
    {
      name: 'two containers',
      html: item('申请类型', ['消费撤销', '退货']) + item('申请原因', ['重复扣款', '其他']),
      expected: [
        ['申请类型', 'radio', 2],
        ['申请原因', 'radio', 2],
      ],
    },
    {
      name: 'two containers of checkboxes',
      html: item('通知方式', ['短信', '邮件'], 'checkbox') + item('附加材料', ['签购单', '小票'], 'checkbox'),
      expected: [
        ['通知方式', 'checkbox', 2],
        ['附加材料', 'checkbox', 2],
      ],
    },
    {
      name: 'bare inputs in two divs, labelled by the text before each',
      html: '<div>申请类型 <span><input type="radio" value="v">撤销 <input type="radio" value="r">退货</span></div><div>申请原因 <span><input type="radio" value="d">重复扣款 <input type="radio" value="o">其他</span></div>',
      expected: [
        ['申请类型', 'radio', 2],
        ['申请原因', 'radio', 2],
      ],
    },
  ])('$name', ({ html, expected }) => {
    expect(groups(mount(`<form>${html}</form>`))).toEqual(expected);
  });

  it('fills each group with its own choice', async () => {
    const doc = mount(
      `<form>${item('申请类型', ['消费撤销', '退货'])}${item('申请原因', ['重复扣款', '其他'])}</form>`,
    );
    const report = await executeFill(
      planFill(doc, only({ requestType: 'refund', reason: 'other' })),
      signal(),
      NO_SETTLE,
    );
    const checked = [...doc.querySelectorAll('input:checked')].map((i) => i.closest('label')?.textContent);
    expect([checked, report.outcomes.map((o) => [o.key, o.outcome, o.label])]).toEqual([
      ['退货', '其他'],
      [
        ['requestType', 'filled', '申请类型'],
        ['reason', 'filled', '申请原因'],
      ],
    ]);
  });
});

/** A web component like Shoelace's radio group: a shadow radiogroup whose slot shows the host's light-DOM radios. */
class TestRadioGroup extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: 'open' });
    const caption = this.getAttribute('caption') ?? '';
    const group = document.createElement('div');
    group.setAttribute('role', 'radiogroup');
    if (this.hasAttribute('inside')) {
      // Shoelace's own layout: the caption is a label inside the radiogroup, named by aria-labelledby.
      group.setAttribute('aria-labelledby', 'label');
      const label = document.createElement('label');
      label.id = 'label';
      label.textContent = caption;
      group.append(label);
    } else group.setAttribute('aria-label', caption);
    group.append(document.createElement('slot'));
    root.append(group);
  }
}
if (!customElements.get('test-radio-group')) customElements.define('test-radio-group', TestRadioGroup);

describe('a radiogroup in a shadow root takes the radios its slot shows', () => {
  const radios = (words: string[]) =>
    words.map((w, i) => `<div role="radio" aria-checked="false" data-i="${i}">${w}</div>`).join('');
  const checkOnClick = (doc: Document) =>
    doc
      .querySelectorAll('[role=radio]')
      .forEach((r) =>
        r.addEventListener('click', () =>
          doc.querySelectorAll('[role=radio]').forEach((o) => o.setAttribute('aria-checked', String(o === r))),
        ),
      );

  it.each([
    {
      name: 'a zh group',
      caption: '申请原因',
      words: ['重复扣款', '系统故障', '其他'],
      key: 'reason' as const,
      request: { reason: 'system_failure' as const },
      chosen: '系统故障',
    },
    {
      name: 'an en group',
      caption: 'Request Type',
      words: ['Void', 'Refund'],
      key: 'requestType' as const,
      request: { requestType: 'refund' as const },
      chosen: 'Refund',
    },
  ])(
    '$name: its members are the light-DOM radios, and the fill clicks the one meant',
    async ({ caption, words, key, request, chosen }) => {
      const doc = mount(`<form><test-radio-group caption="${caption}">${radios(words)}</test-radio-group></form>`);
      checkOnClick(doc);
      const light = [...doc.querySelectorAll('[role=radio]')];
      const plan = planFill(doc, only(request));
      const field = planned(plan, key)[0]?.field;
      expect([field?.kind, field?.label, field?.members]).toEqual(['radio', caption, light]);
      const report = await executeFill(plan, signal(), NO_SETTLE);
      expect([outcome(report, key)?.outcome, doc.querySelector('[aria-checked=true]')?.textContent]).toEqual([
        'filled',
        chosen,
      ]);
    },
  );

  it('a group captioned by a label inside the radiogroup (Shoelace) is named by it', () => {
    const doc = mount(
      `<form><test-radio-group caption="申请原因" inside>${radios(['重复扣款', '其他'])}</test-radio-group></form>`,
    );
    const field = planned(planFill(doc, only({ reason: 'other' })), 'reason')[0]?.field;
    expect([field?.label, field?.members.length]).toEqual(['申请原因', 2]);
  });

  it('the same in the light DOM: a caption inside role=radiogroup names it', () => {
    const doc = mount(
      '<form><div role="radiogroup" aria-labelledby="cap"><span id="cap">申请原因</span><label><input type="radio" name="r">重复扣款</label><label><input type="radio" name="r">其他</label></div></form>',
    );
    expect(collectFields(doc).map((f) => f.label)).toEqual(['申请原因']);
  });
});

describe('autocomplete="new-password" is the autofill-off trick, not a password', () => {
  const zhText = (attrs: string) => `<div class="row"><label for="f">原订单号</label><input id="f" ${attrs}></div>`;
  const combobox = (attrs: string) =>
    `<div class="row"><label for="f">申请类型</label><div class="ant-select"><input id="f" role="combobox" ${attrs}></div></div>`;

  it.each([
    {
      name: 'a text input with new-password',
      html: zhText('autocomplete="new-password"'),
      key: 'orderNo' as const,
      kind: 'text',
    },
    {
      name: 'a text input with autocomplete=off',
      html: zhText('autocomplete="off"'),
      key: 'orderNo' as const,
      kind: 'text',
    },
    {
      name: 'an ARIA combobox with new-password',
      html: combobox('autocomplete="new-password"'),
      key: 'requestType' as const,
      kind: 'combobox',
    },
    { name: 'a type=password input', html: zhText('type="password"'), key: 'orderNo' as const, kind: null },
    {
      name: 'a type=password input with new-password',
      html: zhText('type="password" autocomplete="new-password"'),
      key: 'orderNo' as const,
      kind: null,
    },
    {
      name: 'a text input with current-password',
      html: zhText('autocomplete="current-password"'),
      key: 'orderNo' as const,
      kind: null,
    },
    {
      name: 'an ARIA combobox with current-password',
      html: combobox('autocomplete="current-password"'),
      key: 'requestType' as const,
      kind: null,
    },
    { name: 'a text input with cc-csc', html: zhText('autocomplete="cc-csc"'), key: 'orderNo' as const, kind: null },
  ])('$name: planned as $kind', ({ html, key, kind }) => {
    const plan = planFill(mount(`<form>${html}</form>`), makeFillRequest());
    expect([kindsOf(plan)[key] ?? null, collectFields(document).length]).toEqual([kind, kind ? 1 : 0]);
  });

  it('a combobox input sitting directly in the form hides no field after it', () => {
    const doc = mount(
      '<form><label for="t">申请类型</label><input id="t" role="combobox"><label for="o">原订单号</label><input id="o"></form>',
    );
    expect(targets(planFill(doc, only({ requestType: 'void', orderNo: 'T1' })))).toEqual({
      requestType: 't',
      orderNo: 'o',
    });
  });
});

describe('a Select2-like widget is named by its row, not by the choice it shows', () => {
  const select2 = (hidden: string) =>
    `<form><table><tr><th>申请原因</th><td><select id="native" ${hidden}><option>请选择</option><option>重复扣款</option><option>其他</option></select>` +
    '<span class="select2 select2-container"><span class="selection"><span id="widget" class="select2-selection" role="combobox" tabindex="0" aria-labelledby="x-container">' +
    '<span id="x-container" class="select2-selection__rendered">请选择</span></span></span></span></td></tr></table></form>';

  it.each([
    { name: 'select hidden by aria-hidden', hidden: 'aria-hidden="true" tabindex="-1"' },
    { name: 'select hidden by display:none', hidden: 'style="display:none"' },
    { name: 'select hidden by the hidden attribute', hidden: 'hidden' },
  ])('$name', ({ hidden }) => {
    const doc = mount(select2(hidden));
    expect(collectFields(doc).map((f) => [f.el.id, f.kind, f.label])).toEqual([['widget', 'combobox', '申请原因']]);
    expect(targets(planFill(doc, only({ reason: 'other' })))).toEqual({ reason: 'widget' });
  });

  it('the bare markup of the brief (no Select2 classes) too', () => {
    const doc = mount(
      '<form><table><tr><th>申请原因</th><td><select aria-hidden="true"><option>其他</option></select><span id="w" role="combobox" aria-labelledby="x-container"><span id="x-container">请选择</span></span></td></tr></table></form>',
    );
    expect(collectFields(doc).map((f) => [f.el.id, f.label])).toEqual([['w', '申请原因']]);
  });
});

describe('the report says what the agent can look at instead', () => {
  it.each([
    {
      name: 'a select',
      html: '<label>申请类型 <select><option value="">请选择</option><option>退货</option><option>换货</option></select></label>',
      seen: ['请选择', '退货', '换货'],
    },
    {
      name: 'a radio group',
      html: '<fieldset><legend>申请类型</legend><label><input type="radio" name="t">退货</label><label><input type="radio" name="t">换货</label></fieldset>',
      seen: ['退货', '换货'],
    },
    {
      name: 'an ARIA combobox and its listbox',
      html: '<span id="tl">申请类型</span><div class="my-select"><div role="combobox" tabindex="0" aria-labelledby="tl" aria-controls="lb">请选择</div></div><ul role="listbox" id="lb"><li role="option">退货</li><li role="option">换货</li></ul>',
      seen: ['退货', '换货'],
    },
  ])('a choice that matches no option lists the options of $name', async ({ html, seen }) => {
    const doc = mount(`<form>${html}</form>`);
    const report = await executeFill(planFill(doc, only({ requestType: 'preauth_cancel' })), signal(), NO_SETTLE);
    expect(outcome(report, 'requestType')).toMatchObject({ outcome: 'failed', reason: 'no_option', seen });
  });

  it.each([
    {
      name: 'lists the fields nothing named',
      html: '<label>原订单号 <input></label><input name="f7"><textarea name="x2"></textarea><select name="s1"><option>甲</option></select><input placeholder="YYYY-MM-DD"><input type="file" name="up">',
      seen: ['f7 (text)', 'x2 (text)', 's1 (select)', 'YYYY-MM-DD (text)'],
    },
    { name: 'says nothing more when every field is named', html: '<label>原订单号 <input></label>', seen: undefined },
  ])('a key the form has no field for $name', async ({ html, seen }) => {
    const doc = mount(`<form>${html}</form>`);
    const report = await executeFill(
      planFill(doc, only({ orderNo: 'T1', merchantId: '898310048990001' })),
      signal(),
      NO_SETTLE,
    );
    expect([outcome(report, 'orderNo')?.outcome, outcome(report, 'merchantId')]).toEqual([
      'filled',
      { key: 'merchantId', label: '', outcome: 'not_found', ...(seen ? { seen } : {}) },
    ]);
  });
});
