import { act, cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Timeline } from '../../../../components/case-log/timeline';
import { appendEvent, db, getCase } from '../../../../lib/db';
import { makePanel, renderInPanel, resetCaseDb, seedRichCase } from './panel-harness';

beforeEach(resetCaseDb);
afterEach(cleanup);

const entries = async () =>
  within(await screen.findByRole('list', { name: /History|操作记录/ })).findAllByRole('listitem');

describe('Timeline', () => {
  it.each([
    [
      'en',
      [
        'Status: Draft → Submitted by online form, request REQ-2026-0042',
        'Evidence added: receipt (signed slip), slip.png',
        'Note: Customer asked to cancel. 客户要求撤销。',
        'Verdict: Void, deadline 2026-11-24 23:00 (Asia/Shanghai)',
        'Edited Amount: ¥128.00 → ¥120.00',
        'Captured 10 fields from 127.0.0.1:5173/zh/order-1001.html',
      ],
    ],
    [
      'zh',
      [
        '状态：草稿 → 已提交（在线表单，申请编号 REQ-2026-0042）',
        '添加材料：签购单，slip.png',
        '备注：Customer asked to cancel. 客户要求撤销。',
        '判定：撤销，截止 2026-11-24 23:00（Asia/Shanghai）',
        '修改交易金额：¥128.00 → ¥120.00',
        '从 127.0.0.1:5173/zh/order-1001.html 读取了 10 个字段',
      ],
    ],
  ] as const)('lists every event newest first, in %s', async (lang, texts) => {
    const id = await seedRichCase();
    renderInPanel(<Timeline />, await makePanel({ lang, caseId: id }));
    const items = await entries();
    expect(items).toHaveLength(texts.length);
    texts.forEach((text, i) => expect(items[i]?.textContent).toContain(text));
    expect(items[0]?.textContent).toContain('Li Wei');
  });

  it('says the history is verified', async () => {
    const id = await seedRichCase();
    renderInPanel(<Timeline />, await makePanel({ caseId: id }));
    expect((await screen.findByTestId('chain-check')).textContent).toContain(
      'History consistent with the ledger: 6 events, linked in order, none missing.',
    );
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it.each([
    [
      'an edited note',
      async (id: string) =>
        db.events
          .where({ caseId: id, seq: 3 })
          .modify({ data: { noteId: crypto.randomUUID(), text: 'Nothing to see' } }),
      'event 4: an event was edited after it was recorded',
    ],
    [
      'a deleted event',
      async (id: string) => db.events.where({ caseId: id, seq: 2 }).delete(),
      'event 3: events are missing or out of order',
    ],
  ])('warns plainly about %s', async (_, tamper, detail) => {
    const id = await seedRichCase();
    await tamper(id);
    renderInPanel(<Timeline />, await makePanel({ caseId: id }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Warning: this case’s history was changed outside CancelDesk');
    expect(alert.textContent).toContain(detail);
  });

  it('follows new events after the store re-reads the case', async () => {
    const id = await seedRichCase();
    const store = await makePanel({ caseId: id });
    renderInPanel(<Timeline />, store);
    expect(await entries()).toHaveLength(6);
    await appendEvent(id, { type: 'exported', data: { format: 'zip' } });
    await act(async () => store.setState({ currentCase: (await getCase(id)) ?? null }));
    const items = await screen.findAllByText(/Exported as case ZIP/);
    expect(items).toHaveLength(1);
    expect((await screen.findByTestId('chain-check')).textContent).toContain('7 events');
  });

  it('shows nothing without a case', async () => {
    const { container } = renderInPanel(<Timeline />, await makePanel());
    expect(container.textContent).toBe('');
  });
});
