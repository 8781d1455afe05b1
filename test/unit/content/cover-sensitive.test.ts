import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  controlIsSensitive,
  PAD,
  sensitiveRects,
  sensitiveSpans,
  sensitiveTargets,
  type CoverTarget,
} from '../../../lib/content/cover-sensitive';

// Test numbers: a UnionPay card (Luhn-valid), a Visa test card, a resident ID (valid check character) and an
// order number built from a timestamp, which is neither.
const CARD = '6222020200112230';
const VISA = '4111111111111111';
const ID = '11010119900307109X';
const ORDER = '202611251403220018';

const page = (body: string) => {
  document.body.replaceChildren();
  const t = document.createElement('template');
  t.innerHTML = body;
  document.body.append(t.content);
  return document;
};

/** What a target covers, as a person would name it: the characters, or the element's tag and id. */
const named = (t: CoverTarget) =>
  t.kind === 'text' ? t.node.data.slice(t.start, t.end) : `<${t.el.localName}${t.el.id ? `#${t.el.id}` : ''}>`;
const covered = (doc: Document) => sensitiveTargets(doc).map(named);
/** The characters covered, joined, with separators and gaps dropped: the digits a screenshot would hide. */
const coveredDigits = (doc: Document) =>
  sensitiveTargets(doc)
    .filter((t) => t.kind === 'text')
    .map(named)
    .join('')
    .replace(/[^\p{Nd}Xx*]/gu, '');

describe('sensitiveTargets: numbers in the page text', () => {
  it.each([
    [
      'split over three spans',
      `<p>卡号 <span>6222</span><span>0202</span><span>0011 2230</span></p>`,
      ['6222', '0202', '0011 2230'],
    ],
    ['glued to Chinese text', `<p>卡号${CARD}已冻结</p>`, [CARD]],
    [
      'in full-width digits',
      '<p>卡号：６２２２ ０２０２ ００１１ ２２３０</p>',
      ['６２２２ ０２０２ ００１１ ２２３０'],
    ],
    [
      'grouped by &nbsp;',
      '<p>Card:&nbsp;6222&nbsp;0202&nbsp;0011&nbsp;2230</p>',
      ['6222\u00a00202\u00a00011\u00a02230'],
    ],
    [
      'after &nbsp; runs wider than the scanner allows',
      '<p>卡号&nbsp;&nbsp;&nbsp;6222&nbsp;&nbsp;&nbsp;0202&nbsp;&nbsp;&nbsp;0011&nbsp;&nbsp;&nbsp;2230</p>',
      ['6222\u00a0\u00a0\u00a00202\u00a0\u00a0\u00a00011\u00a0\u00a0\u00a02230'],
    ],
    ['grouped by dots', `<p>Visa 4111.1111.1111.1111 charged</p>`, ['4111.1111.1111.1111']],
    [
      'broken by zero-width spaces',
      '<p>6222\u200b0202\u200b0011\u200b2230</p>',
      ['6222\u200b0202\u200b0011\u200b2230'],
    ],
    [
      'with hidden text planted between its digits',
      '<p>6222<span style="display:none">77</span>020200112230</p>',
      ['6222', '020200112230'],
    ],
    [
      'with transparent digits planted between its groups',
      '<p>6222<span style="color:transparent">9</span>0202<span style="font-size:0">77</span>00112230</p>',
      ['6222', '0202', '00112230'],
    ],
    ['an ID glued to its label', `<p>身份证号${ID}</p>`, [ID]],
    [
      'a security code in running English text',
      '<p>The caller read out the Security code: 123 before we stopped her.</p>',
      ['123'],
    ],
    ['a security code in running Chinese text', '<p>客户在电话中报了安全码：123，已提醒其勿泄露</p>', ['123']],
    ['a masked card (still covered)', '<p>交易卡 622202******1234 已退款</p>', ['622202******1234']],
    ['a masked card in full-width asterisks', '<p>622202＊＊＊＊＊＊1234</p>', ['622202＊＊＊＊＊＊1234']],
    ['a PIN after its label', '<p>PIN: 4321 Amount 100</p>', ['4321']],
    ['a password after its label', '<p>登录密码：abc123</p>', ['abc123']],
  ])('covers a card, ID or code %s', (_, html, expected) => {
    expect(covered(page(html))).toEqual(expected);
  });

  it('covers a card split over cells of a row as one number', () => {
    expect(coveredDigits(page('<table><tr><td>6222</td><td>0202</td><td>0011</td><td>2230</td></tr></table>'))).toBe(
      CARD,
    );
  });

  it.each([
    ['an order number', `<p>订单编号：${ORDER}</p>`],
    ['an order number in a cell', `<table><tr><th>订单编号</th><td>${ORDER}</td></tr></table>`],
    ['a reference number', '<table><tr><th>参考号</th><td>433514029871</td></tr></table>'],
    ['a phone number', '<footer>客服热线：95516-8899</footer>'],
    ['amounts and times', '<p>交易金额 ¥3,500.00 · 交易时间 2026/11/20 09:18:45 · 商户编号 898310058120123</p>'],
    ['a number in a script', `<script>var card = "${CARD}";</script><p>nothing</p>`],
  ])('leaves %s alone', (_, html) => {
    expect(covered(page(html))).toEqual([]);
  });
});

describe('sensitiveTargets: fields, labels, frames, shadow roots, dialogs', () => {
  afterEach(() => document.body.replaceChildren());

  it.each([
    ['named cvn', '<input id="s" name="cvn">'],
    ['with placeholder 安全码', '<input id="s" placeholder="安全码">'],
    ['with placeholder 校验码', '<input id="s" placeholder="请输入校验码">'],
    ['labelled CVV2', '<label for="s">CVV2</label><input id="s">'],
    ['for a card number (autocomplete)', '<input id="s" autocomplete="cc-number">'],
    ['named card_no', '<input id="s" name="card_no">'],
    ['labelled 身份证号码', '<label>身份证号码 <input id="s"></label>'],
    ['labelled by another element', '<span id="l">PIN</span><input id="s" aria-labelledby="l">'],
    ['for a password', '<input id="s" type="password" value="x">'],
    ['holding a card number', `<input id="s" value="${CARD.replace(/(\d{4})/g, '$1 ').trim()}">`],
    ['holding a full-width card number', '<input id="s" value="６２２２０２０２００１１２２３０">'],
    ['holding a security code in a note', '<textarea id="s">Security code: 123</textarea>'],
    ['a select showing a card number', `<select id="s"><option>${CARD}</option></select>`],
  ])('covers a field %s', (_, html) => {
    const doc = page(html);
    expect(covered(doc)).toContain('<input#s>'.replace('input', doc.getElementById('s')!.localName));
  });

  it.each([
    ['a remark with an order number', `<input name="remark" value="订单 ${ORDER}">`],
    ['an amount', '<input name="amount" value="3500.00">'],
    ['a hidden input with a card', `<input type="hidden" name="x" value="${CARD}">`],
    ['a search box', '<input name="keyword" placeholder="订单号/参考号">'],
  ])('leaves a field alone: %s', (_, html) => {
    const doc = page(html);
    expect(controlIsSensitive(doc.querySelector('input')!)).toBe(false);
  });

  it.each([
    ['dt/dd', '<dl><dt>CVV</dt><dd id="v">***</dd></dl>'],
    ['th/td', '<table><tr><th>卡号</th><td id="v">6222 02** **** 2230</td></tr></table>'],
    ['a wrapped label', '<div><div class="l"><span>身份证号</span></div><div id="v">110101********109X</div></div>'],
  ])('covers the value beside a sensitive label (%s)', (_, html) => {
    expect(covered(page(html))).toContain('<div#v>'.replace('div', document.getElementById('v')!.localName));
  });

  it('takes a label wrapping its field for the field’s, not for the next element’s', () => {
    expect(
      covered(
        page(
          '<form><label>CVN <input id="s" name="cvn"></label><label>备注 <input id="n" name="remark"></label></form>',
        ),
      ),
    ).toEqual(['<input#s>']);
  });

  it('covers a cross-origin or sandboxed frame whole, and every object or embed', () => {
    const doc = page(
      `<iframe id="x" src="https://widget.other.example/card"></iframe><iframe id="s" sandbox srcdoc="<p>hi</p>"></iframe><object id="o" data="a.pdf"></object><embed id="e" src="b.swf">`,
    );
    const frames = sensitiveTargets(doc)
      .filter((t) => t.reason === 'frame')
      .map(named);
    expect(frames).toEqual(['<iframe#x>', '<iframe#s>', '<object#o>', '<embed#e>']);
  });

  it('reads a same-origin frame’s text instead of covering it whole', async () => {
    const doc = page(`<iframe id="f" srcdoc="<p>卡号 ${CARD}</p><p>订单 ${ORDER}</p>"></iframe>`);
    const frame = doc.getElementById('f') as HTMLIFrameElement;
    for (let i = 0; i < 50 && !frame.contentDocument?.body?.childElementCount; i++)
      await new Promise((r) => setTimeout(r, 10));
    expect(covered(doc)).toEqual([CARD]);
  });

  it('reads open shadow roots as shown, slots filled, so a number split between light and shadow DOM is whole', () => {
    const doc = page('<p>卡号 <x-card id="h"><span>0202</span></x-card> 0011 2230</p>');
    const root = doc.getElementById('h')!.attachShadow({ mode: 'open' });
    const t = doc.createElement('template');
    t.innerHTML = '<b>6222</b><slot></slot>';
    root.append(t.content);
    expect(coveredDigits(doc)).toBe(CARD);
  });

  it('reads closed shadow roots where the browser lets the extension open them', () => {
    const doc = page('<p>卡号 <x-card id="h"></x-card></p>');
    const root = doc.getElementById('h')!.attachShadow({ mode: 'closed' });
    root.append(doc.createTextNode('6222 0202 0011 2230'));
    expect(covered(doc)).toEqual([]);
    vi.stubGlobal('chrome', { dom: { openOrClosedShadowRoot: (el: Element) => (el.id === 'h' ? root : null) } });
    try {
      expect(covered(doc)).toEqual(['6222 0202 0011 2230']);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('finds a card in a modal dialog like anywhere else', () => {
    const doc = page(`<dialog id="d"><p>持卡人卡号：<b>6222 0202</b> 0011 2230</p></dialog>`);
    (doc.getElementById('d') as HTMLDialogElement).showModal?.();
    expect(coveredDigits(doc)).toBe(CARD);
  });

  it('adds nothing to the page', () => {
    const doc = page(`<p>卡号 ${CARD}</p><input name="cvv">`);
    const before = doc.body.innerHTML;
    sensitiveRects(doc);
    expect(doc.body.innerHTML).toBe(before);
  });
});

describe('sensitiveSpans', () => {
  it('covers every digit of a number and nothing else', () => {
    const text = `订单${ORDER}，卡号${CARD}，证件${ID}`;
    const spans = sensitiveSpans(text).map((s) => text.slice(s.start, s.end));
    expect(spans).toEqual(expect.arrayContaining([CARD, ID]));
    expect(spans.some((s) => s.includes(ORDER))).toBe(false);
  });
});

describe('sensitiveRects: where, in viewport pixels', () => {
  /** Stub layout: each text node a line 20 px high at its data-y (or 100 + 20 per node), 8 px per character. */
  const lines = new Map<Node, number>();
  const lineY = (n: Node) => {
    const y = Number(n.parentElement?.getAttribute('data-y') ?? NaN);
    if (!Number.isNaN(y)) return y;
    if (!lines.has(n)) lines.set(n, 100 + 20 * lines.size);
    return lines.get(n)!;
  };
  const rect = (x: number, y: number, width: number, height: number) =>
    ({ x, y, width, height, left: x, top: y, right: x + width, bottom: y + height }) as DOMRect;
  const stubLayout = () => {
    lines.clear();
    vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(function (this: Range) {
      return [
        rect(this.startOffset * 8, lineY(this.startContainer), (this.endOffset - this.startOffset) * 8, 16),
      ] as unknown as DOMRectList;
    });
    vi.spyOn(Element.prototype, 'getClientRects').mockImplementation(function (this: Element) {
      const r = this.getAttribute('data-rect')?.split(',').map(Number);
      return (r ? [rect(r[0]!, r[1]!, r[2]!, r[3]!)] : []) as unknown as DOMRectList;
    });
  };
  afterEach(() => vi.restoreAllMocks());

  it('pads each text rectangle by 2 px and reports the viewport and pixel ratio', () => {
    stubLayout();
    const result = sensitiveRects(page(`<p data-y="100">卡号：${CARD}</p>`));
    expect(result).toEqual({
      width: innerWidth,
      height: innerHeight,
      dpr: devicePixelRatio,
      rects: [{ x: 3 * 8 - PAD, y: 100 - PAD, width: 16 * 8 + 2 * PAD, height: 16 + 2 * PAD }],
    });
  });

  it('leaves out what lies outside the viewport and cuts what crosses its edge', () => {
    stubLayout();
    const result = sensitiveRects(page(`<p data-y="5000">${CARD}</p><p data-y="${innerHeight - 8}">${VISA}</p>`));
    expect(result.rects).toEqual([{ x: 0, y: innerHeight - 8 - PAD, width: 16 * 8 + PAD, height: 8 + PAD }]);
  });

  it('covers a sensitive field and a foreign frame by their boxes', () => {
    stubLayout();
    const result = sensitiveRects(
      page(
        '<input name="cvn" data-rect="10,20,80,24"><iframe sandbox data-rect="200,300,400,150"></iframe><p data-y="400">订单 202611251403220018</p>',
      ),
    );
    expect(result.rects).toEqual([
      { x: 8, y: 18, width: 84, height: 28 },
      { x: 198, y: 298, width: 404, height: 154 },
    ]);
  });
});
