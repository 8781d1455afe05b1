import { Window } from 'happy-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { collectFields } from '../../../lib/fill/collect-fields';
import { mount } from './dom';

const labels = (doc: Document) => collectFields(doc).map((f) => f.label);

describe('collectFields names each field as a person reads it', () => {
  it.each([
    ['label[for]', '<label for="a">订单号</label><input id="a" name="x1">', '订单号'],
    ['a wrapping label', '<label>Order No. <input name="x1"></label>', 'Order No.'],
    ['a wrapping label around a select', '<label>申请类型 <select><option>退货</option></select></label>', '申请类型'],
    [
      'aria-labelledby',
      '<span id="l1">Terminal</span> <span id="l2">ID</span><input aria-labelledby="l1 l2">',
      'Terminal ID',
    ],
    ['aria-label', '<input aria-label="批次号">', '批次号'],
    ['a table label cell', '<table><tr><td class="label">参考号</td><td><input name="f9"></td></tr></table>', '参考号'],
    [
      'a form item label element',
      '<div class="item"><div class="item__label">授权码</div><div class="item__content"><div><input></div></div></div>',
      '授权码',
    ],
    ['a dt before a dd', '<dl><dt>凭证号</dt><dd><input name="f2"></dd></dl>', '凭证号'],
    ['text right before it, without its colon', '<p>联系人： <input name="f3"></p>', '联系人'],
    ['a placeholder', '<input placeholder="请输入联系电话">', '联系电话'],
    ['a legend', '<fieldset><legend>电子邮箱</legend><input type="email"></fieldset>', '电子邮箱'],
    ['a title', '<input title="Contact Name">', 'Contact Name'],
    ['the name, last', '<input name="contactPhone">', 'contact Phone'],
    [
      'a required star is not part of the name',
      '<label for="a"><span>*</span>原订单号</label><input id="a">',
      '原订单号',
    ],
    [
      'a radio group by its legend',
      '<fieldset><legend>Reason</legend><label><input type="radio" name="r" value="1">Duplicate charge</label><label><input type="radio" name="r" value="2">Other</label></fieldset>',
      'Reason',
    ],
    [
      'a radio group by its row label',
      '<table><tr><td>撤销原因</td><td><label><input type="radio" name="r">重复扣款</label><label><input type="radio" name="r">其他</label></td></tr></table>',
      '撤销原因',
    ],
    [
      'an ARIA combobox',
      '<span id="t">Request Type</span><div role="combobox" aria-labelledby="t" tabindex="0">Choose</div>',
      'Request Type',
    ],
    ['an ARIA radiogroup', '<div role="radiogroup" aria-label="Reason"><div role="radio">Other</div></div>', 'Reason'],
    ['a contenteditable', '<div class="row"><span>情况说明</span><div contenteditable="true"></div></div>', '情况说明'],
  ])('%s', (_style, html, expected) => {
    expect(labels(mount(`<form>${html}</form>`))).toEqual([expected]);
  });

  it('never borrows the label of the field before it', () => {
    const doc = mount(
      '<form><div class="row"><label>订单号</label><input name="a"></div><div class="row"><div><input name="b"></div></div></form>',
    );
    expect(labels(doc)).toEqual(['订单号', 'b']);
  });

  it('ignores format hints as names', () => {
    expect(
      labels(mount('<form><input name="f3" placeholder="YYYY-MM-DD"><input name="f4" placeholder="0.00"></form>')),
    ).toEqual(['f3', 'f4']);
  });
});

describe('collectFields leaves out what a person never fills', () => {
  it.each([
    ['hidden inputs', '<input type="hidden" name="token" value="x">'],
    [
      'submit, button, reset and image inputs',
      '<input type="submit" value="提交"><input type="button" value="x"><input type="reset"><input type="image" alt="go">',
    ],
    ['buttons', '<button type="submit">提交申请</button><button type="button">取消</button>'],
    ['password fields', '<label for="p">主管密码</label><input id="p" type="password">'],
    ['card security fields', '<label for="c">CVV2</label><input id="c" name="cvv2">'],
    ['fields hidden by style', '<div style="display:none"><label for="h">备注</label><input id="h"></div>'],
    ['fields with the hidden attribute', '<input name="memo" hidden>'],
    ['invisible fields', '<input name="memo" style="visibility:hidden">'],
    ['fields named as traps', '<input name="honeypot_email"><input name="website" class="hp-trap">'],
    ['fields labelled as traps', '<label for="t">请勿填写</label><input id="t">'],
    ['text fields out of the Tab order that refuse autofill', '<input name="url" tabindex="-1" autocomplete="off">'],
    ['a lone checkbox (consent, not a choice)', '<label><input type="checkbox"> I confirm</label>'],
    ['the options of an open dropdown', '<ul role="listbox"><li role="option"><input name="search"></li></ul>'],
  ])('%s', (_name, html) => {
    expect(collectFields(mount(`<form>${html}</form>`))).toEqual([]);
  });
});

describe('collectFields reaches into frames and shadow roots', () => {
  let win: Window | null = null;
  afterEach(async () => {
    await win?.happyDOM.close();
    win = null;
  });

  it('finds fields in a same-origin iframe, with table labels', async () => {
    win = new Window({
      url: 'http://127.0.0.1/forms/',
      settings: { disableIframePageLoading: false, disableJavaScriptEvaluation: true },
    });
    const doc = win.document as unknown as Document;
    doc.body.innerHTML = '<h1>撤销申请</h1>';
    const frame = doc.createElement('iframe');
    frame.setAttribute(
      'srcdoc',
      '<table><tr><td class="label">原订单号</td><td><input name="f1"></td></tr><tr><td class="label">联系人</td><td><input name="f2"></td></tr></table>',
    );
    const loaded = new Promise((ok) => frame.addEventListener('load', ok));
    doc.body.append(frame);
    await loaded;
    expect(collectFields(doc).map((f) => [f.label, f.el.ownerDocument === doc])).toEqual([
      ['原订单号', false],
      ['联系人', false],
    ]);
  });

  it('skips sandboxed frames', async () => {
    win = new Window({
      url: 'http://127.0.0.1/forms/',
      settings: { disableIframePageLoading: false, disableJavaScriptEvaluation: true },
    });
    const doc = win.document as unknown as Document;
    const frame = doc.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-same-origin');
    frame.setAttribute('srcdoc', '<label>订单号 <input></label>');
    const loaded = new Promise((ok) => frame.addEventListener('load', ok));
    doc.body.append(frame);
    await loaded;
    expect(collectFields(doc)).toEqual([]);
  });

  it('finds fields in open shadow roots, nested ones too, in reading order', () => {
    const doc = mount(
      '<label for="a">订单号</label><input id="a"><div id="host"></div><label for="z">联系人</label><input id="z">',
    );
    const outer = (doc.getElementById('host') as HTMLElement).attachShadow({ mode: 'open' });
    outer.innerHTML = '<label for="a">退款金额</label><input id="a"><span id="inner"></span>';
    const inner = (outer.getElementById('inner') as HTMLElement).attachShadow({ mode: 'open' });
    inner.innerHTML = '<label for="e">Email</label><input id="e" type="email">';
    expect(labels(doc)).toEqual(['订单号', '退款金额', 'Email', '联系人']);
  });
});
