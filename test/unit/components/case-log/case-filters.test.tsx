import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CaseFilters } from '../../../../components/case-log/case-filters';
import { PanelContext } from '../../../../lib/store/panel-context';
import { db, listCases, recordCapture, recordVerdict, setStatus, type CaseFilter } from '../../../../lib/db';
import type { CaseRecord } from '../../../../lib/schema/case';
import type { PanelStore } from '../../../../lib/store/panel-store';
import { makeCaptureInput, makeDraft } from '../../../builders/case';
import { makePanel, resetCaseDb } from './panel-harness';

const H = 3_600_000;
let blobs: Blob[] = [];

beforeEach(async () => {
  fakeBrowser.reset();
  await resetCaseDb();
  blobs = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => (blobs.push(blob as Blob), 'blob:test'));
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** Four cases: deadlines 2 h and 30 h ahead, one past, one without a verdict; one submitted. */
async function seed() {
  const rows = [
    { orderNo: 'A-1001', merchantName: 'Jing’an Coffee', action: 'void', hours: 2 },
    { orderNo: 'B-2002', merchantName: '上海书店', action: 'refund', hours: 30 },
    { orderNo: 'C-1003', merchantName: '=HYPERLINK("x")', action: 'void', hours: -1 },
    { orderNo: 'D-4004', merchantName: 'Harbour Books', action: null, hours: null },
  ] as const;
  for (const row of rows) {
    const saved = await recordCapture(
      makeCaptureInput({ draft: makeDraft({ orderNo: row.orderNo, merchantName: row.merchantName }) }),
    );
    if (!saved.ok) throw new Error(saved.error.message);
    if (row.action)
      await recordVerdict(
        saved.value.id,
        { action: row.action },
        new Date(Date.now() + row.hours * H).toISOString(),
        row.action,
      );
    if (row.orderNo === 'B-2002')
      await setStatus(saved.value.id, { to: 'submitted', channel: 'email', requestId: 'R-1' });
  }
}

/** The filters over the recent cases stored now, as the case list hands them down. */
async function renderFilters(store: PanelStore) {
  const recent = await listCases({ limit: 50 });
  const onResults = vi.fn<(cases: CaseRecord[], filter: CaseFilter) => void>();
  const view = render(
    <PanelContext.Provider value={store}>
      <CaseFilters recent={recent} onResults={onResults} />
    </PanelContext.Provider>,
  );
  const latest = () => onResults.mock.lastCall?.[0].map((c) => c.orderNo);
  return { onResults, latest, view, recent };
}

describe('CaseFilters', () => {
  it("hands back the panel's recent cases with no filter, without reading them again", async () => {
    await seed();
    const store = await makePanel();
    const reads = vi.spyOn(db.cases, 'orderBy');
    const { latest, recent } = await renderFilters(store);
    reads.mockClear();
    await waitFor(() => expect(latest()).toEqual(['D-4004', 'C-1003', 'B-2002', 'A-1001']));
    expect(screen.getByRole('status').textContent).toBe('4 cases');
    expect(latest()).toEqual(recent.map((c) => c.orderNo));
    expect(reads).not.toHaveBeenCalled();
  });

  it.each([
    ['order number', { 'Order number or merchant': '-100' }, ['C-1003', 'A-1001']],
    ['merchant, any case', { 'Order number or merchant': 'harbour' }, ['D-4004']],
    ['Chinese merchant', { 'Order number or merchant': '书店' }, ['B-2002']],
    ['status', { Status: 'submitted' }, ['B-2002']],
    ['action', { Action: 'void' }, ['C-1003', 'A-1001']],
    ['deadline within 3 hours', { 'Deadline within (hours)': '3' }, ['A-1001']],
    ['deadline within 48 hours and action refund', { 'Deadline within (hours)': '48', Action: 'refund' }, ['B-2002']],
    ['no match', { 'Order number or merchant': 'zzz' }, []],
  ])('filters by %s', async (_, inputs, orderNos) => {
    await seed();
    const { latest } = await renderFilters(await makePanel());
    for (const [label, value] of Object.entries(inputs))
      fireEvent.change(screen.getByLabelText(label), { target: { value } });
    await waitFor(() => expect(latest()).toEqual(orderNos));
  });

  it('says what is wrong with the hours and keeps the last results', async () => {
    await seed();
    const { onResults } = await renderFilters(await makePanel());
    await waitFor(() => expect(onResults).toHaveBeenCalled());
    const calls = onResults.mock.calls.length;
    fireEvent.change(screen.getByLabelText('Deadline within (hours)'), { target: { value: 'soon' } });
    expect((await screen.findByRole('alert')).textContent).toBe('Enter a number of hours, such as 24.');
    expect(screen.getByLabelText('Deadline within (hours)').getAttribute('aria-invalid')).toBe('true');
    await new Promise((r) => setTimeout(r, 300));
    expect(onResults.mock.calls.length).toBe(calls);
  });

  it('coming back to an earlier search after cases changed reports only the new results', async () => {
    await seed();
    const store = await makePanel();
    const { latest, onResults } = await renderFilters(store);
    const search = screen.getByLabelText('Order number or merchant');
    fireEvent.change(search, { target: { value: '-100' } });
    await waitFor(() => expect(latest()).toEqual(['C-1003', 'A-1001']));
    fireEvent.change(search, { target: { value: '' } });
    await waitFor(() => expect(latest()).toHaveLength(4));
    await recordCapture(makeCaptureInput({ draft: makeDraft({ orderNo: 'E-1005' }) }));
    const from = onResults.mock.calls.length;

    fireEvent.change(search, { target: { value: '-100' } });
    await waitFor(() => expect(latest()).toEqual(['E-1005', 'C-1003', 'A-1001']));
    const reported = onResults.mock.calls.slice(from).map(([cases]) => cases.map((c) => c.orderNo));
    expect(reported.filter((list) => list.length > 0 && !list.includes('E-1005'))).toEqual([]);
  });

  it('searches again when cases change', async () => {
    await seed();
    const store = await makePanel();
    const { latest } = await renderFilters(store);
    fireEvent.change(screen.getByLabelText('Order number or merchant'), { target: { value: '-100' } });
    await waitFor(() => expect(latest()).toEqual(['C-1003', 'A-1001']));
    await recordCapture(makeCaptureInput({ draft: makeDraft({ orderNo: 'E-1005' }) }));
    await waitFor(() => expect(latest()).toEqual(['E-1005', 'C-1003', 'A-1001']));
  });

  it('exports every matching case as CSV with a byte-order mark and neutralised formulas', async () => {
    await seed();
    await renderFilters(await makePanel());
    fireEvent.change(screen.getByLabelText('Action'), { target: { value: 'void' } });
    fireEvent.click(screen.getByRole('button', { name: 'Export list as CSV' }));
    await waitFor(() => expect(blobs).toHaveLength(1));
    const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes).trim().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^C-1003,"'=HYPERLINK\(""x""\)"/);
    expect(lines[2]).toMatch(/^A-1001,/);
  });
});
