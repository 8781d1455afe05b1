import { describe, expect, it, vi } from 'vitest';
import { caseFieldState, caseOrder } from '../../../lib/db';
import { makeCaptureInput, makeCaseStore, makeDraft, makeSource } from '../../builders/case';

describe('recordCapture', () => {
  it('files a new capture as a draft case with a captured event', async () => {
    const store = makeCaseStore();
    const saved = await store.recordCapture(makeCaptureInput());
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    const c = saved.value;
    expect(c).toMatchObject({
      origin: 'http://127.0.0.1:5173',
      orderNo: '202611241015330044',
      status: 'draft',
      agent: 'Li Wei',
    });
    expect(c.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(c.createdAt).toBe(c.updatedAt);
    const bundle = await store.loadCaseBundle(c.id);
    expect(bundle.ok && bundle.value.events.map((e) => [e.type, e.agent, e.ruleSetId, e.ruleSetVersion])).toEqual([
      ['captured', 'Li Wei', 'demo-acquirer', 3],
    ]);
    expect(await store.getCase(c.id)).toEqual(c);
  });

  it('refuses a capture without an order number and stores nothing', async () => {
    const store = makeCaseStore();
    const saved = await store.recordCapture(makeCaptureInput({ draft: makeDraft({ orderNo: undefined }) }));
    expect(saved).toMatchObject({ ok: false, error: { code: 'missing_order_no' } });
    expect(await store.db.cases.count()).toBe(0);
  });

  it('refuses a malformed draft with "invalid"', async () => {
    const store = makeCaseStore();
    const saved = await store.recordCapture(makeCaptureInput({ draft: makeDraft({ amountMinor: 12.5 }) }));
    expect(saved).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(saved.ok || saved.error.message).toContain('amountMinor');
  });

  it('updates the same case when the same order is captured again, and opens another for another origin', async () => {
    const store = makeCaseStore();
    const first = await store.recordCapture(makeCaptureInput());
    const again = await store.recordCapture(
      makeCaptureInput({ draft: makeDraft({ status: 'voided' }), url: 'http://127.0.0.1:5173/zh/cancel.html' }),
    );
    const elsewhere = await store.recordCapture(
      makeCaptureInput({ origin: 'https://portal.example.com', url: 'https://portal.example.com/order/1' }),
    );
    if (!first.ok || !again.ok || !elsewhere.ok) throw new Error('capture failed');
    expect(again.value.id).toBe(first.value.id);
    expect(again.value.page.values.status).toBe('voided');
    expect(again.value.url).toBe('http://127.0.0.1:5173/zh/cancel.html');
    expect(again.value.eventCount).toBe(2);
    expect(again.value.createdAt).toBe(first.value.createdAt);
    expect(again.value.updatedAt > first.value.updatedAt).toBe(true);
    expect(elsewhere.value.id).not.toBe(first.value.id);
    expect(await store.db.cases.count()).toBe(2);
  });

  it('refuses a page of another origin than the case it would be filed under, and stores nothing', async () => {
    const store = makeCaseStore();
    const result = await store.recordCapture(
      makeCaptureInput({ origin: 'https://portal.example.com', url: 'https://evil.example.net/order/1' }),
    );
    expect(result).toEqual({
      ok: false,
      error: { code: 'invalid', message: 'The captured page is not on https://portal.example.com.' },
    });
    expect(await store.db.cases.count()).toBe(0);
  });

  it('keeps the agent’s edit over a new capture and shows the page’s new value beside it', async () => {
    const store = makeCaseStore();
    const first = await store.recordCapture(makeCaptureInput());
    if (!first.ok) throw new Error('capture failed');
    const edited = await store.editCaseField(first.value.id, 'amountMinor', 12_000);
    const recaptured = await store.recordCapture(makeCaptureInput({ draft: makeDraft({ amountMinor: 13_000 }) }));
    if (!edited.ok || !recaptured.ok) throw new Error('write failed');
    expect(caseFieldState(recaptured.value, 'amountMinor')).toMatchObject({
      value: 12_000,
      pageValue: 13_000,
      edited: true,
    });
    expect(caseFieldState(recaptured.value, 'merchantName')).toMatchObject({ value: '上海静安咖啡店', edited: false });
    expect(caseOrder(recaptured.value).amountMinor).toBe(12_000);
    expect(recaptured.value.page.values.amountMinor).toBe(13_000);
  });

  it('records the agent from a later action and keeps the rule set when an action names none', async () => {
    const store = makeCaseStore();
    const first = await store.recordCapture(makeCaptureInput());
    if (!first.ok) throw new Error('capture failed');
    const edited = await store.editCaseField(first.value.id, 'settled', true, { agent: 'Zhang Min' });
    expect(edited.ok && [edited.value.agent, edited.value.ruleSetId, edited.value.ruleSetVersion]).toEqual([
      'Zhang Min',
      'demo-acquirer',
      3,
    ]);
  });

  it.each([
    [
      'a full card number in a source text',
      makeDraft({}, { cardMasked: makeSource({ text: '卡号 6250941006528599' }) }),
    ],
    ['a spaced card number in a value', makeDraft({ merchantName: 'Shop 4111 1111 1111 1111' })],
    ['a dashed card number in a label', makeDraft({}, { orderNo: makeSource({ label: '5500-0000-0000-0004' }) })],
  ])('refuses %s and stores nothing', async (_name, draft) => {
    const store = makeCaseStore();
    const saved = await store.recordCapture(makeCaptureInput({ draft }));
    expect(saved).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(saved.ok || saved.error.message).toMatch(/card number/);
    expect(await store.db.cases.count()).toBe(0);
    expect(await store.db.events.count()).toBe(0);
  });

  it.each([
    [
      'a masked card',
      makeDraft({ cardMasked: '622588******5678' }, { cardMasked: makeSource({ text: '6225 88** **** 5678' }) }),
    ],
    ['a long timestamp order number that passes Luhn', makeDraft({ orderNo: '202611241015330049' })],
    ['a phone number', makeDraft({ merchantName: 'Tel +86 138 0013 8000' })],
  ])('accepts %s', async (_name, draft) => {
    const store = makeCaseStore();
    expect((await store.recordCapture(makeCaptureInput({ draft }))).ok).toBe(true);
  });
});

describe('editCaseField', () => {
  it.each([
    ['amountMinor', 99.5],
    ['currency', 'yuan'],
    ['paidAt', '2026-11-24 10:15'],
    ['cardMasked', '6225880212345678'],
    ['orderNo', ''],
  ] as const)('refuses %s = %j', async (key, value) => {
    const store = makeCaseStore();
    const first = await store.recordCapture(makeCaptureInput());
    if (!first.ok) throw new Error('capture failed');
    expect(await store.editCaseField(first.value.id, key, value)).toMatchObject({
      ok: false,
      error: { code: 'invalid' },
    });
    expect((await store.getCase(first.value.id))?.eventCount).toBe(1);
  });

  it('clears an edit with undefined and appends a field_edited event each time', async () => {
    const store = makeCaseStore();
    const first = await store.recordCapture(makeCaptureInput());
    if (!first.ok) throw new Error('capture failed');
    await store.editCaseField(first.value.id, 'merchantName', 'Jing’an Coffee');
    const cleared = await store.editCaseField(first.value.id, 'merchantName', undefined);
    if (!cleared.ok) throw new Error('edit failed');
    expect(caseFieldState(cleared.value, 'merchantName')).toMatchObject({ value: '上海静安咖啡店', edited: false });
    const bundle = await store.loadCaseBundle(first.value.id);
    expect(bundle.ok && bundle.value.events.map((e) => e.type)).toEqual(['captured', 'field_edited', 'field_edited']);
  });

  it('answers not_found for an unknown case', async () => {
    const store = makeCaseStore();
    expect(await store.editCaseField(crypto.randomUUID(), 'settled', true)).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });
});

describe('storage errors', () => {
  it('maps a full disk to quota_exceeded and leaves nothing half-written', async () => {
    const store = makeCaseStore();
    vi.spyOn(store.db.events, 'add').mockRejectedValue(
      new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    );
    const saved = await store.recordCapture(makeCaptureInput());
    expect(saved).toMatchObject({ ok: false, error: { code: 'quota_exceeded' } });
    vi.restoreAllMocks();
    expect(await store.db.cases.count()).toBe(0);
    expect(await store.db.events.count()).toBe(0);
  });

  it('maps a quota error on a later table to quota_exceeded and rolls back the earlier writes', async () => {
    const store = makeCaseStore();
    const first = await store.recordCapture(makeCaptureInput());
    if (!first.ok) throw new Error('capture failed');
    vi.spyOn(store.db.ledger, 'put').mockRejectedValue(new DOMException('full', 'QuotaExceededError'));
    expect(await store.addNote(first.value.id, 'Customer called')).toMatchObject({
      ok: false,
      error: { code: 'quota_exceeded' },
    });
    vi.restoreAllMocks();
    expect(await store.getCase(first.value.id)).toEqual(first.value);
    expect(await store.db.events.count()).toBe(1);
  });
});
