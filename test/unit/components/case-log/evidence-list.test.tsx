import { createHash } from 'node:crypto';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { kindsOf } from '../../../../lib/store/attached-kinds';
import { EvidenceList } from '../../../../components/case-log/evidence-list';
import { requestScreenshotPermission, takeScreenshot } from '../../../../lib/case-log/screenshot';
import { db, loadCaseBundle, loadEvidenceBytes, verifyCase } from '../../../../lib/db';
import type { PanelStore } from '../../../../lib/store/panel-store';

/** The evidence kinds stored on a case. */
async function attachedKinds(id: string) {
  const loaded = await loadCaseBundle(id);
  return loaded.ok ? kindsOf(loaded.value.evidence) : new Set();
}
import { makePanel, renderInPanel, resetCaseDb, seedRichCase } from './panel-harness';

vi.mock('../../../../lib/case-log/screenshot', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../../lib/case-log/screenshot')>()),
  takeScreenshot: vi.fn(),
  requestScreenshotPermission: vi.fn(),
}));

const shoot = vi.mocked(takeScreenshot);
const askGrant = vi.mocked(requestScreenshotPermission);
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 9, 9]);

beforeEach(async () => {
  fakeBrowser.reset();
  shoot.mockReset();
  askGrant.mockReset();
  await resetCaseDb();
});
afterEach(cleanup);

async function panelOnTab(id: string): Promise<PanelStore> {
  const store = await makePanel({ caseId: id });
  store.setState({
    target: { kind: 'tab', tabId: 7, url: 'http://127.0.0.1:5173/zh/order-1001.html', title: '订单详情', pinned: true },
  });
  return store;
}

const evidenceRows = () => within(screen.getByRole('list', { name: 'Evidence' })).getAllByRole('listitem');
const statusText = () =>
  screen
    .getAllByRole('status')
    .map((s) => s.textContent)
    .join(' ');

describe('EvidenceList', () => {
  it('adds a file with the chosen kind and shows its type, size and SHA-256 prefix', async () => {
    const id = await seedRichCase();
    renderInPanel(<EvidenceList />, await panelOnTab(id));
    await waitFor(() => expect(evidenceRows()).toHaveLength(1));
    const bytes = new TextEncoder().encode('ID card photo bytes');
    fireEvent.change(screen.getByLabelText('Kind'), { target: { value: 'customer_id' } });
    fireEvent.change(screen.getByLabelText('Add a file'), {
      target: { files: [new File([bytes], 'id-card.jpg', { type: 'image/jpeg' })] },
    });
    await waitFor(() => expect(evidenceRows()).toHaveLength(2));
    const row = evidenceRows()[1]!.textContent ?? '';
    const sha = createHash('sha256').update(bytes).digest('hex');
    expect(row).toContain('customer ID proof · id-card.jpg');
    expect(row).toContain(`image/jpeg · ${bytes.length} B · SHA-256 ${sha.slice(0, 12)}…`);
    expect(await attachedKinds(id)).toEqual(new Set(['receipt', 'customer_id']));
    expect(await verifyCase(id)).toEqual({ ok: true });
  });

  it('removes a file, its bytes included', async () => {
    const id = await seedRichCase();
    renderInPanel(<EvidenceList />, await panelOnTab(id));
    fireEvent.click(await screen.findByRole('button', { name: 'Remove slip.png' }));
    await waitFor(() => expect(screen.getByText('No evidence attached yet.')).toBeTruthy());
    expect(await db.evidenceBlobs.count()).toBe(0);
    expect(await attachedKinds(id)).toEqual(new Set());
  });

  it('saves a page snapshot of the captured fields and their masked page text', async () => {
    const id = await seedRichCase();
    renderInPanel(<EvidenceList />, await panelOnTab(id));
    await waitFor(() => expect(evidenceRows()).toHaveLength(1));
    fireEvent.click(screen.getByRole('button', { name: 'Save page snapshot' }));
    await waitFor(() => expect(evidenceRows()).toHaveLength(2));
    const bundle = await loadCaseBundle(id);
    const item = bundle.ok ? bundle.value.evidence.find((e) => e.type === 'application/json') : undefined;
    expect(item).toMatchObject({
      kind: 'screenshot',
      name: expect.stringMatching(/^page-snapshot-202611241015330044-.+\.json$/),
    });
    const bytes = await loadEvidenceBytes(item!.id);
    const snapshot = JSON.parse(new TextDecoder().decode(bytes.ok ? bytes.value : new Uint8Array()));
    expect(snapshot).toMatchObject({
      url: 'http://127.0.0.1:5173/zh/order-1001.html',
      fields: { orderNo: '202611241015330044', cardMasked: '622588******5678', amountMinor: 12_800 },
      edits: { amountMinor: 12_000 },
      text: expect.arrayContaining([{ field: 'amountMinor', label: '金额', text: '¥128.00' }]),
    });
    expect(Date.parse(snapshot.savedAt)).toBeGreaterThanOrEqual(Date.parse(snapshot.capturedAt));
    expect(statusText()).toContain('Page snapshot saved.');
  });

  it('saves a screenshot of the target tab as a PNG', async () => {
    shoot.mockResolvedValue({ ok: true, bytes: PNG, covered: 2 });
    const id = await seedRichCase();
    renderInPanel(<EvidenceList />, await panelOnTab(id));
    fireEvent.click(screen.getByRole('button', { name: 'Take screenshot' }));
    await waitFor(() => expect(statusText()).toContain('Screenshot saved'));
    expect(shoot).toHaveBeenCalledWith(7, { keepStart: 3, keepEnd: 4 });
    const bundle = await loadCaseBundle(id, { bytes: true });
    const shot = bundle.ok
      ? bundle.value.evidence.find((e) => e.type === 'image/png' && e.kind === 'screenshot')
      : undefined;
    expect(shot?.name).toMatch(/^screenshot-202611241015330044-.+\.png$/);
    expect(bundle.ok && [...(bundle.value.bytes[shot!.id] ?? [])]).toEqual([...PNG]);
  });

  it('explains how to enable screenshots, and retries after the agent grants them', async () => {
    shoot.mockResolvedValueOnce({
      ok: false,
      reason: 'permission',
      detail: "Either the '<all_urls>' or 'activeTab' permission is required.",
    });
    shoot.mockResolvedValueOnce({ ok: true, bytes: PNG, covered: 0 });
    askGrant.mockResolvedValue(true);
    const id = await seedRichCase();
    renderInPanel(<EvidenceList />, await panelOnTab(id));
    fireEvent.click(screen.getByRole('button', { name: 'Take screenshot' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(
      'Click the CancelDesk toolbar button, or press the capture shortcut (Alt+Shift+O)',
    );
    expect(alert.textContent).toContain('covers card and ID numbers first');
    fireEvent.click(within(alert).getByRole('button', { name: 'Allow screenshots' }));
    await waitFor(() => expect(statusText()).toContain('Screenshot saved'));
    expect(askGrant).toHaveBeenCalledTimes(1);
    expect(shoot).toHaveBeenCalledTimes(2);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('keeps the instructions but drops the offer once declined', async () => {
    shoot.mockResolvedValue({ ok: false, reason: 'permission', detail: 'activeTab' });
    const id = await seedRichCase();
    renderInPanel(<EvidenceList />, await panelOnTab(id));
    fireEvent.click(screen.getByRole('button', { name: 'Take screenshot' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Not now' }));
    expect(screen.getByRole('alert').textContent).toContain('toolbar button');
    expect(screen.queryByRole('button', { name: 'Allow screenshots' })).toBeNull();
    expect(askGrant).not.toHaveBeenCalled();
  });

  it.each([
    ['cover_failed', 'Card and ID numbers could not be covered, so no screenshot was taken: page_error'],
    ['failed', 'The screenshot failed: page_error'],
    ['tab_closed', 'The tab this panel was pinned to is closed.'],
  ] as const)('says so when the screenshot ends with %s, and saves nothing', async (reason, text) => {
    shoot.mockResolvedValue({ ok: false, reason, detail: 'page_error' });
    const id = await seedRichCase();
    renderInPanel(<EvidenceList />, await panelOnTab(id));
    fireEvent.click(screen.getByRole('button', { name: 'Take screenshot' }));
    await waitFor(() => expect(statusText()).toContain(text));
    expect(await db.evidence.count()).toBe(1);
  });

  it('offers no screenshot without a tab', async () => {
    const id = await seedRichCase();
    renderInPanel(<EvidenceList />, await makePanel({ caseId: id }));
    expect((screen.getByRole('button', { name: 'Take screenshot' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
