import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { FillReport, UndoReport } from '../../../lib/schema/fill';
import type { Reply } from '../../../lib/schema/messages';
import { registerFillHandlers } from '../../../lib/content/fill-handlers';
import { makeFillRequest } from '../../builders/fill-request';
import { mount } from '../fill/dom';

type Handler = (message: { data: unknown }) => unknown;
const handlers = vi.hoisted(() => new Map<string, Handler>());

// The handlers are called as the messaging layer would call them; the transport itself is not under test.
vi.mock('../../../lib/content/page-messaging', async (original) => ({
  ...(await original<typeof import('../../../lib/content/page-messaging')>()),
  onPageMessage: (type: string, handler: Handler) => {
    handlers.set(type, handler);
    return () => handlers.delete(type);
  },
}));

const FORM = `<form>
  <label for="o">订单号</label><input id="o">
  <label for="c">联系人</label><input id="c" value="张三">
  <label for="t">申请类型</label><select id="t"><option value="">请选择</option><option value="1">消费撤销</option><option value="2">退货</option></select>
  <button type="submit">提交</button>
</form>`;

const values = (doc: Document) => ['o', 'c', 't'].map((id) => (doc.getElementById(id) as HTMLInputElement).value);

/** Registers the handlers as one content-script injection does; aborting ends that injection. */
function inject(doc: Document): AbortController {
  const lifetime = new AbortController();
  registerFillHandlers(doc, lifetime.signal);
  return lifetime;
}

const call = async <T>(type: 'fill' | 'undoFill', data?: unknown) => {
  const handler = handlers.get(type);
  if (!handler) throw new Error(`no ${type} handler`);
  return (await handler({ data })) as Reply<T>;
};
const fill = (data: unknown) => call<FillReport>('fill', data);
const undo = () => call<UndoReport>('undoFill');

beforeEach(async () => {
  // Whatever an earlier test left to undo on this document.
  inject(mount(''));
  await undo();
});

describe('registerFillHandlers', () => {
  it('fills the form, never submits, and undo puts back what the fields held', async () => {
    const doc = mount(FORM);
    let submits = 0;
    doc.querySelector('form')?.addEventListener('submit', () => (submits += 1));
    inject(doc);
    const reply = await fill(makeFillRequest({ contactName: '王丽' }));
    expect(reply.ok && reply.value.outcomes.filter((o) => o.outcome === 'filled').map((o) => o.key)).toEqual([
      'orderNo',
      'contactName',
      'requestType',
    ]);
    expect([values(doc), submits]).toEqual([['T20261125-0001', '王丽', '1'], 0]);

    const undone = await undo();
    expect(undone.ok && undone.value.outcomes.map((o) => o.outcome)).toEqual(['filled', 'filled', 'filled']);
    expect(values(doc)).toEqual(['', '张三', '']);
  });

  it('keeps what a fill overwrote when the content script is injected again before the undo', async () => {
    const doc = mount(FORM);
    const first = inject(doc);
    await fill(makeFillRequest());
    first.abort();
    inject(doc);
    await undo();
    expect(values(doc)).toEqual(['', '张三', '']);
  });

  it('stacks fills: one undo goes back to what the page held before the first', async () => {
    const doc = mount(FORM);
    inject(doc);
    await fill(makeFillRequest({ contactName: '王丽' }));
    await fill(makeFillRequest({ contactName: '李伟', requestType: 'refund' }));
    expect(values(doc)).toEqual(['T20261125-0001', '李伟', '2']);
    await undo();
    expect(values(doc)).toEqual(['', '张三', '']);
  });

  it.each([
    ['nothing was filled', async () => undefined],
    ['the fill was already undone', async () => (await fill(makeFillRequest()), await undo())],
  ])('answers an undo with no outcomes when %s', async (_, before) => {
    inject(mount(FORM));
    await before();
    expect(await undo()).toEqual({ ok: true, value: { outcomes: [] } });
  });

  it.each([
    ['no values', {}],
    ['a payment time that is no wall-clock time', makeFillRequest({ paidAtWall: '2026-11-25 14:03' })],
    [
      'a file that is not base64',
      makeFillRequest({}, { files: [{ name: 'a.txt', type: 'text/plain', base64: '<script>' }] }),
    ],
  ])('refuses a request with %s and writes nothing', async (_, data) => {
    const doc = mount(FORM);
    inject(doc);
    const reply = await fill(data);
    expect([reply.ok || reply.error.code, values(doc)]).toEqual(['invalid_request', ['', '张三', '']]);
  });

  it('stops answering when its injection ends', () => {
    const lifetime = inject(mount(FORM));
    lifetime.abort();
    expect([handlers.has('fill'), handlers.has('undoFill')]).toEqual([false, false]);
  });
});
