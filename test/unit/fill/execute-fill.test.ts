import { afterEach, describe, expect, it } from 'vitest';
import { executeFill, planFill } from '../../../lib/fill';
import { FillReport } from '../../../lib/schema/fill';
import { makeFillFile, makeFillRequest } from '../../builders/fill-request';
import { mount, NO_SETTLE, signal } from './dom';

const only = (values: Record<string, unknown>) => ({ values: { zone: 'Asia/Shanghai', currency: 'CNY', ...values } });
const fill = async (html: string, request = makeFillRequest(), options = NO_SETTLE) => {
  const doc = mount(`<form id="form">${html}<button type="submit">提交</button></form>`);
  return executeFill(planFill(doc, request), signal(), options);
};
const outcome = (report: FillReport, key: string) => report.outcomes.find((o) => o.key === key);
const input = (selector: string) => document.querySelector(selector) as HTMLInputElement;

afterEach(() => {
  document.body.innerHTML = '';
});

describe('executeFill writes like a typing user', () => {
  it('sends focus, beforeinput, input, change and blur, with the value already set when input fires', async () => {
    const doc = mount('<form><label for="o">订单号</label><input id="o"></form>');
    const el = doc.getElementById('o') as HTMLInputElement;
    const seen: string[] = [];
    for (const type of ['focus', 'beforeinput', 'input', 'change', 'blur'])
      el.addEventListener(type, () => seen.push(`${type}:${el.value}`));
    await executeFill(planFill(doc, only({ orderNo: 'T1' })), signal(), NO_SETTLE);
    expect(seen).toEqual(['focus:', 'beforeinput:', 'input:T1', 'change:T1', 'blur:T1']);
  });

  it('goes around a value tracker on the element (React’s), so the framework sees the change', async () => {
    const doc = mount('<form><label for="o">订单号</label><input id="o"></form>');
    const el = doc.getElementById('o') as HTMLInputElement;
    const native = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el), 'value') as PropertyDescriptor;
    let tracked = '';
    Object.defineProperty(el, 'value', {
      configurable: true,
      get: () => native.get?.call(el),
      set: (v: string) => {
        tracked = v;
        native.set?.call(el, v);
      },
    });
    let changed = false;
    el.addEventListener('input', () => (changed = el.value !== tracked));
    await executeFill(planFill(doc, only({ orderNo: 'T1' })), signal(), NO_SETTLE);
    expect([el.value, tracked, changed]).toEqual(['T1', '', true]);
  });

  it('leaves a field alone when the page cancels beforeinput, and says so', async () => {
    const doc = mount('<form><label for="o">订单号</label><input id="o"></form>');
    doc.getElementById('o')?.addEventListener('beforeinput', (e) => e.preventDefault());
    const report = await executeFill(planFill(doc, only({ orderNo: 'T1' })), signal(), NO_SETTLE);
    expect([input('#o').value, outcome(report, 'orderNo')?.outcome, outcome(report, 'orderNo')?.reason]).toEqual([
      '',
      'failed',
      'not_accepted',
    ]);
  });

  it('never submits the form or presses Enter', async () => {
    const doc = mount(`<form id="f">
      <label>订单号 <input></label><label>申请类型 <select><option>退货</option><option>消费撤销</option></select></label>
      <label>申请原因 <input type="radio" name="r" value="1">重复扣款</label><button type="submit">提交</button></form>`);
    const events: string[] = [];
    doc.getElementById('f')?.addEventListener('submit', (e) => {
      e.preventDefault();
      events.push('submit');
    });
    doc.addEventListener('keydown', (e) => events.push(e.key), true);
    doc.querySelector('button')?.addEventListener('click', () => events.push('button click'));
    const report = await executeFill(planFill(doc, makeFillRequest()), signal(), NO_SETTLE);
    expect([report.outcomes.filter((o) => o.outcome === 'filled').length, events]).toEqual([2, []]);
  });

  it('never presses a dropdown button that would submit its form', async () => {
    let submits = 0;
    const doc = mount(
      '<form id="f"><span id="l">申请类型</span><button aria-haspopup="listbox" aria-labelledby="l">请选择</button></form>',
    );
    doc.getElementById('f')?.addEventListener('submit', (e) => {
      e.preventDefault();
      submits++;
    });
    const report = await executeFill(planFill(doc, only({ requestType: 'void' })), signal(), NO_SETTLE);
    expect([submits, outcome(report, 'requestType')?.outcome]).toEqual([0, 'not_found']);
  });

  it('writes a contenteditable field', async () => {
    const doc = mount(
      '<form><span id="l">情况说明</span><div id="d" contenteditable="true" aria-labelledby="l">old</div></form>',
    );
    let typed = '';
    doc.getElementById('d')?.addEventListener('input', (e) => (typed = (e.target as HTMLElement).textContent ?? ''));
    const report = await executeFill(planFill(doc, only({ description: '客户重复刷卡' })), signal(), NO_SETTLE);
    expect([typed, outcome(report, 'description')?.outcome]).toEqual(['客户重复刷卡', 'filled']);
  });
});

describe('executeFill picks options by meaning', () => {
  it.each([
    [
      'a zh select',
      '<label>申请类型 <select id="x"><option value="">请选择</option><option value="1">撤销</option><option value="2">预授权撤销</option></select></label>',
      'preauth_cancel',
      '预授权撤销',
    ],
    [
      'an en select',
      '<label>Request Type <select id="x"><option>Void</option><option>Refund</option></select></label>',
      'refund',
      'Refund',
    ],
  ])('request type in %s', async (_name, html, requestType, expected) => {
    let changes = 0;
    const doc = mount(`<form>${html}</form>`);
    doc.getElementById('x')?.addEventListener('change', () => changes++);
    const report = await executeFill(planFill(doc, only({ requestType })), signal(), NO_SETTLE);
    const select = doc.getElementById('x') as HTMLSelectElement;
    expect([select.options[select.selectedIndex]?.text, changes, outcome(report, 'requestType')?.value]).toEqual([
      expected,
      1,
      expected,
    ]);
  });

  it.each([
    ['zh', ['重复扣款', '金额错误', '客户取消', '系统故障', '操作失误', '其他'], 'system_failure', '系统故障'],
    [
      'en',
      ['Duplicate charge', 'Wrong amount', 'Customer cancelled', 'System failure', 'Operator error', 'Other'],
      'operator_error',
      'Operator error',
    ],
  ])('reason radios in %s', async (_lang, words, reason, expected) => {
    const radios = words.map((w, i) => `<label><input type="radio" name="r" value="${i}">${w}</label>`).join('');
    const report = await fill(
      `<fieldset><legend>${_lang === 'zh' ? '申请原因' : 'Reason'}</legend>${radios}</fieldset>`,
      only({ reason }),
    );
    const checked = document.querySelector('input:checked')?.parentElement?.textContent;
    expect([checked, outcome(report, 'reason')?.outcome]).toEqual([expected, 'filled']);
  });

  it('reports a form that offers no matching option', async () => {
    const report = await fill(
      '<label>申请类型 <select><option>退货</option></select></label>',
      only({ requestType: 'preauth_cancel' }),
    );
    expect(outcome(report, 'requestType')).toMatchObject({ outcome: 'failed', reason: 'no_option' });
  });

  it('refuses two options that fit equally', async () => {
    const report = await fill(
      '<label>申请原因 <select><option value="9">其他</option><option value="10">其他</option></select></label>',
      only({ reason: 'other' }),
    );
    expect(outcome(report, 'reason')).toMatchObject({ outcome: 'ambiguous', reason: 'option_ambiguous' });
  });
});

describe('executeFill drives ARIA widgets in shadow roots', () => {
  /** A combobox that opens on mousedown only, like antd's Select, inside an open shadow root. */
  function mountWidget() {
    const doc = mount('<div id="host"></div>');
    const root = (doc.getElementById('host') as HTMLElement).attachShadow({ mode: 'open' });
    root.innerHTML = `<form>
      <span id="tl">Request Type</span>
      <div class="select"><div id="cb" role="combobox" tabindex="0" aria-controls="list" aria-labelledby="tl"><span class="placeholder">Choose</span></div>
      <ul id="list" role="listbox" hidden><li role="option">撤销</li><li role="option">退货</li><li role="option">预授权撤销</li></ul></div>
      <span id="rl">Reason</span><div role="radiogroup" aria-labelledby="rl"><div role="radio" aria-checked="false">Other</div><div role="radio" aria-checked="false">Duplicate charge</div></div>
    </form>`;
    const box = root.getElementById('cb') as HTMLElement;
    const list = root.getElementById('list') as HTMLElement;
    const state = { requestType: '', reason: '', clicksOnBox: 0 };
    box.addEventListener('mousedown', () => (list.hidden = false));
    box.addEventListener('click', () => state.clicksOnBox++);
    for (const li of list.querySelectorAll('li')) {
      li.addEventListener('click', () => {
        box.textContent = li.textContent;
        state.requestType = li.textContent ?? '';
        list.hidden = true;
      });
    }
    for (const radio of root.querySelectorAll('[role=radio]')) {
      radio.addEventListener('click', () => {
        for (const r of root.querySelectorAll('[role=radio]')) r.setAttribute('aria-checked', String(r === radio));
        state.reason = radio.textContent ?? '';
      });
    }
    return { doc, state };
  }

  it('opens the combobox with a pointer press and clicks the option that means the request type', async () => {
    const { doc, state } = mountWidget();
    const report = await executeFill(
      planFill(doc, only({ requestType: 'void', reason: 'duplicate_charge' })),
      signal(),
      NO_SETTLE,
    );
    expect([
      state.requestType,
      state.reason,
      outcome(report, 'requestType')?.outcome,
      outcome(report, 'reason')?.outcome,
    ]).toEqual(['撤销', 'Duplicate charge', 'filled', 'filled']);
  });

  it('closes the combobox and reports it when no option fits', async () => {
    const { doc, state } = mountWidget();
    const report = await executeFill(
      planFill(doc, only({ requestType: 'refund', transactionType: 'sale' })),
      signal(),
      NO_SETTLE,
    );
    expect([state.requestType, outcome(report, 'requestType')?.outcome]).toEqual(['退货', 'filled']);
    const again = await executeFill(planFill(doc, only({ requestType: 'refund' })), signal(), NO_SETTLE);
    expect(outcome(again, 'requestType')).toMatchObject({ outcome: 'skipped', reason: 'same_value' });
  });
});

describe('executeFill reads what a custom dropdown shows', () => {
  it.each([
    [
      'antd: the chosen item next to a placeholder span',
      '<span class="sel-item">退货</span><span class="sel-placeholder"></span>',
      'same_value',
    ],
    [
      'Element Plus: the chosen label inside its placeholder box',
      '<div class="el-select__placeholder"><span>退货</span></div>',
      'same_value',
    ],
    [
      'Element Plus: the transparent placeholder is no choice',
      '<div class="el-select__placeholder is-transparent"><span>退货</span></div>',
      'no_option',
    ],
    ['a bare placeholder is no choice', '<span class="placeholder">退货</span>', 'no_option'],
  ])('%s', async (_name, inner, reason) => {
    const report = await fill(
      `<span id="l">申请类型</span><div class="my-select"><div role="combobox" tabindex="0" aria-labelledby="l">${inner}</div></div>`,
      only({ requestType: 'refund' }),
    );
    expect(outcome(report, 'requestType')?.reason).toBe(reason);
  });
});

describe('executeFill reports each field', () => {
  it.each([
    [
      'one that already holds the value',
      '<label>订单号 <input value="T20261125-0001"></label>',
      'orderNo',
      'skipped',
      'same_value',
    ],
    ['a disabled one', '<label>联系人 <input disabled></label>', 'contactName', 'skipped', 'disabled'],
    [
      'one in a disabled fieldset',
      '<fieldset disabled><label>联系人 <input></label></fieldset>',
      'contactName',
      'skipped',
      'disabled',
    ],
    ['a read-only one', '<label>联系人 <input readonly></label>', 'contactName', 'skipped', 'read_only'],
    ['one too short for the value', '<label>联系人 <input maxlength="1"></label>', 'contactName', 'failed', 'too_long'],
  ])('%s', async (_name, html, key, kind, reason) => {
    const report = await fill(html);
    expect(outcome(report, key)).toMatchObject({ outcome: kind, reason });
  });

  it.each([
    {
      name: 'the page’s own validation message',
      html: '<label for="a">申请金额(元)</label><input id="a" aria-describedby="a-err"><span id="a-err"></span>',
      values: { amountMinor: 999_999 },
      key: 'amountMinor',
      field: 'a',
      on: 'change',
      invalidate: (doc: Document) => {
        doc.getElementById('a')?.setAttribute('aria-invalid', 'true');
        (doc.getElementById('a-err') as HTMLElement).textContent = '金额超过可退金额';
      },
      message: '金额超过可退金额',
    },
    {
      name: 'the error text of the field’s form item',
      html: '<div class="item"><label for="e">邮箱</label><div><input id="e"><div class="item__error"></div></div></div>',
      values: { contactEmail: 'x@example.com' },
      key: 'contactEmail',
      field: 'e',
      on: 'blur',
      invalidate: (doc: Document) => {
        (doc.querySelector('.item__error') as HTMLElement).textContent = '邮箱格式不正确';
      },
      message: '邮箱格式不正确',
    },
  ])('shows $name', async ({ html, values, key, field, on, invalidate, message }) => {
    // Without the page's check the same value fills: the failure below is the page's verdict, not the filler's.
    expect(outcome(await fill(html, only(values)), key)).toMatchObject({ outcome: 'filled' });
    const doc = mount(`<form>${html}</form>`);
    doc.getElementById(field)?.addEventListener(on, () => invalidate(doc));
    const report = await executeFill(planFill(doc, only(values)), signal(), NO_SETTLE);
    expect(outcome(report, key)).toMatchObject({ outcome: 'failed', reason: 'invalid', message });
  });

  it('reads the value again later and catches a page that resets it', async () => {
    const doc = mount(
      '<form><label for="o">订单号</label><input id="o"><label for="c">联系人</label><input id="c"></form>',
    );
    const el = doc.getElementById('o') as HTMLInputElement;
    el.addEventListener('change', () => setTimeout(() => (el.value = ''), 20));
    const report = await executeFill(planFill(doc, only({ orderNo: 'T1', contactName: '王丽' })), signal(), {
      settleMs: 60,
    });
    expect([outcome(report, 'orderNo'), outcome(report, 'contactName')?.outcome]).toEqual([
      expect.objectContaining({ outcome: 'failed', reason: 'reset_by_page' }),
      'filled',
    ]);
  });

  it('writes nothing when the form shows another order', async () => {
    const report = await fill('<label>原订单号 <input value="T9"></label><label>联系人 <input></label>');
    expect([
      report.conflict?.pageValue,
      input('input:not([value])').value,
      report.snapshot.entries,
      outcome(report, 'contactName')?.reason,
    ]).toEqual(['T9', '', [], 'conflict']);
  });

  it('fills fields that appear once an earlier choice is made', async () => {
    const doc = mount(
      '<form><label for="t">申请类型</label><select id="t"><option>请选择</option><option>退货</option></select><div id="more"></div></form>',
    );
    doc.getElementById('t')?.addEventListener('change', () => {
      (doc.getElementById('more') as HTMLElement).innerHTML = '<label for="m">退款金额</label><input id="m">';
    });
    const report = await executeFill(
      planFill(doc, only({ requestType: 'refund', amountMinor: 500 })),
      signal(),
      NO_SETTLE,
    );
    expect([input('#m').value, outcome(report, 'amountMinor')?.outcome]).toEqual(['5.00', 'filled']);
  });

  it('says a field went away between planning and writing', async () => {
    const doc = mount('<form><label for="o">订单号</label><input id="o"></form>');
    const plan = planFill(doc, only({ orderNo: 'T1' }));
    doc.getElementById('o')?.remove();
    expect(outcome(await executeFill(plan, signal(), NO_SETTLE), 'orderNo')?.outcome).toBe('not_found');
  });

  it('stops when the signal aborts and says so for the rest', async () => {
    const controller = new AbortController();
    const doc = mount(
      '<form><label for="o">订单号</label><input id="o"><label for="c">联系人</label><input id="c"></form>',
    );
    doc.getElementById('o')?.addEventListener('change', () => controller.abort());
    const report = await executeFill(planFill(doc, only({ orderNo: 'T1', contactName: '王丽' })), controller.signal);
    expect([outcome(report, 'orderNo')?.outcome, outcome(report, 'contactName')?.reason, input('#c').value]).toEqual([
      'filled',
      'cancelled',
      '',
    ]);
  });

  it('returns a report that survives JSON and matches its schema', async () => {
    const report = await fill(
      '<label>订单号 <input></label><label>申请原因 <input type="radio" name="r">其他</label><label>附件 <input type="file"></label>',
      makeFillRequest({ reason: 'other' }, { files: [makeFillFile()] }),
    );
    expect(FillReport.safeParse(JSON.parse(JSON.stringify(report))).success).toBe(true);
  });

  it('outlines filled fields briefly and then restores their style', async () => {
    const doc = mount(
      '<form><label for="o">订单号</label><input id="o" style="color: red"><label for="c">联系人</label><input id="c"></form>',
    );
    await executeFill(planFill(doc, only({ orderNo: 'T1', contactName: '王丽' })), signal(), NO_SETTLE);
    const during = [input('#o').style.outline !== '', input('#c').style.outline !== ''];
    await new Promise((ok) => setTimeout(ok, 1600));
    expect([during, input('#o').getAttribute('style'), input('#c').hasAttribute('style')]).toEqual([
      [true, true],
      'color: red;',
      false,
    ]);
  });
});

describe('executeFill attaches evidence files', () => {
  it('sets the files through a DataTransfer and sends change', async () => {
    let seen: string[] = [];
    const doc = mount('<form><label for="f">附件</label><input id="f" type="file" multiple></form>');
    doc
      .getElementById('f')
      ?.addEventListener(
        'change',
        (e) => (seen = [...((e.target as HTMLInputElement).files ?? [])].map((f) => f.name)),
      );
    const report = await executeFill(
      planFill(doc, makeFillRequest({}, { files: [makeFillFile('a.txt'), makeFillFile('b.pdf')] })),
      signal(),
      NO_SETTLE,
    );
    const file = input('#f').files?.[0];
    expect([seen, outcome(report, 'files')?.outcome, await file?.text()]).toEqual([
      ['a.txt', 'b.pdf'],
      'filled',
      'slip 000123',
    ]);
  });

  it.each([
    [
      'several files for a single-file input',
      '<input id="f" type="file">',
      [makeFillFile('a.txt'), makeFillFile('b.txt')],
      'too_many_files',
    ],
    [
      'a type the input does not accept',
      '<input id="f" type="file" accept=".pdf,image/*">',
      [makeFillFile('a.txt')],
      'file_type',
    ],
  ])('refuses %s', async (_name, html, files, reason) => {
    const report = await fill(`<label for="f">附件</label>${html}`, makeFillRequest({}, { files }));
    expect([outcome(report, 'files')?.reason, input('#f').files?.length ?? 0]).toEqual([reason, 0]);
  });
});
