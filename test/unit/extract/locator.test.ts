import { describe, expect, it } from 'vitest';
import { findByLocator, isGeneratedName, locatorFor, structuralLocator } from '../../../lib/extract';
import { loadPortal } from './load-portal';

describe('isGeneratedName', () => {
  it.each([
    'css-1x2y3z',
    'sc-bdVaJa',
    'ember123',
    'data-v-7ba5bd90',
    ':r1:',
    'Button_primary__3xYz1',
    'a1b2c3d4e5',
    'row-20458712',
    '3f2b8c1e-1d2a-4c5b-9e8f-1234567890ab',
    'jss42x9k',
  ])('%s is generated', (name) => {
    expect(isGeneratedName(name)).toBe(true);
  });
  it.each([
    'order-detail',
    'amount',
    'ant-descriptions-item-content',
    'col-sm-8',
    'el-descriptions__content',
    'orderNo',
    'h2',
  ])('%s is stable', (name) => {
    expect(isGeneratedName(name)).toBe(false);
  });
});

describe('locators', () => {
  it('finder-based locators avoid generated class names and Vue scope attributes', () => {
    document.body.replaceChildren();
    const wrap = document.createElement('div');
    wrap.className = 'order-card css-9x8y7z';
    wrap.setAttribute('data-v-7ba5bd90', '');
    for (const text of ['a', 'b']) {
      const span = document.createElement('span');
      span.className = `value sc-bdVaJa${text}1`;
      span.textContent = text;
      wrap.append(span);
    }
    document.body.append(wrap);
    const target = wrap.lastElementChild!;
    const { path } = locatorFor(target);
    expect(path).toHaveLength(1);
    expect(path[0]).not.toMatch(/css-|sc-|data-v/);
    expect(findByLocator(document, { path })).toBe(target);
  });

  it.each([
    [
      'iframe-detail/index.html',
      (d: Document) => (d.querySelector('iframe') as HTMLIFrameElement).contentDocument!.querySelectorAll('dd')[3]!,
      2,
    ],
    [
      'shadow-dom/index.html',
      (d: Document) => d.querySelector('order-card')!.shadowRoot!.querySelectorAll('dd')[3]!,
      2,
    ],
    ['zh-table/index.html', (d: Document) => d.querySelectorAll('td')[13]!, 1],
  ])(
    '%s: both kinds of locator lead back to the element through frames and shadow roots',
    async (file, pick, steps) => {
      const doc = await loadPortal(file);
      const el = pick(doc);
      for (const locator of [locatorFor(el), structuralLocator(el)]) {
        expect(locator.path).toHaveLength(steps);
        expect(findByLocator(doc, locator)).toBe(el);
      }
    },
  );

  it.each([[['#nope']], [['div', 'dd']], [['][']]])('finds nothing for %j', (path) => {
    document.body.replaceChildren(document.createElement('div'));
    expect(findByLocator(document, { path })).toBeNull();
  });
});
