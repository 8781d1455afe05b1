import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ExportMenu } from '../../../../components/case-log/export-menu';
import { getCase, loadCaseBundle, verifyCase } from '../../../../lib/db';
import { makePanel, renderInPanel, resetCaseDb, seedRichCase } from './panel-harness';

let blobs: Blob[] = [];
let downloads: string[] = [];

beforeEach(async () => {
  fakeBrowser.reset();
  await resetCaseDb();
  blobs = [];
  downloads = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation(
    (blob) => (blobs.push(blob as Blob), `blob:test/${blobs.length}`),
  );
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push(this.download);
  });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const button = () => screen.getByRole('button', { name: 'Export' });
const menu = () => screen.getByRole('menu', { hidden: true });
const items = () => screen.getAllByRole('menuitem', { hidden: true });
const focused = () => document.activeElement?.textContent;

async function openMenu() {
  const id = await seedRichCase();
  const store = await makePanel({ caseId: id });
  renderInPanel(<ExportMenu />, store);
  return { id, store };
}

async function choose(name: string) {
  fireEvent.keyDown(button(), { key: 'ArrowDown' });
  const target = items().find((i) => i.textContent === name)!;
  target.focus();
  fireEvent.keyDown(target, { key: 'Enter' });
}

describe('ExportMenu keyboard', () => {
  it('is a closed menu button named Export with exactly the five formats', async () => {
    await openMenu();
    expect(button().getAttribute('aria-haspopup')).toBe('menu');
    expect(button().getAttribute('aria-expanded')).toBe('false');
    expect(menu().hidden).toBe(true);
    expect(items().map((i) => i.textContent)).toEqual(['Copy as text', 'Markdown', 'Print', 'Case JSON', 'Case ZIP']);
  });

  it.each([
    ['Enter', 'Copy as text'],
    [' ', 'Copy as text'],
    ['ArrowDown', 'Copy as text'],
    ['ArrowUp', 'Case ZIP'],
  ])('%j on the button opens the menu on %s', async (key, first) => {
    await openMenu();
    fireEvent.keyDown(button(), { key });
    expect(menu().hidden).toBe(false);
    expect(button().getAttribute('aria-expanded')).toBe('true');
    await waitFor(() => expect(focused()).toBe(first));
  });

  it('moves with the arrows, Home and End, wrapping around, and Escape closes back to the button', async () => {
    await openMenu();
    fireEvent.keyDown(button(), { key: 'ArrowDown' });
    const seen: (string | undefined)[] = [];
    for (const key of ['ArrowDown', 'ArrowDown', 'ArrowUp', 'End', 'ArrowDown', 'Home', 'ArrowUp']) {
      fireEvent.keyDown(document.activeElement!, { key });
      await waitFor(() => expect(focused()).not.toBeUndefined());
      seen.push(focused());
    }
    expect(seen).toEqual(['Markdown', 'Print', 'Markdown', 'Case ZIP', 'Copy as text', 'Copy as text', 'Case ZIP']);
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(menu().hidden).toBe(true);
    expect(document.activeElement).toBe(button());
  });

  it('closes when the pointer goes elsewhere', async () => {
    await openMenu();
    fireEvent.click(button());
    expect(menu().hidden).toBe(false);
    fireEvent.pointerDown(document.body);
    expect(menu().hidden).toBe(true);
  });
});

describe('ExportMenu formats', () => {
  it('downloads the case JSON, which already records its own export', async () => {
    const { id, store } = await openMenu();
    await choose('Case JSON');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved case-202611241015330044.json.'));
    expect(downloads).toEqual(['case-202611241015330044.json']);
    const json = JSON.parse(await blobs[0]!.text());
    expect(json.case.id).toBe(id);
    expect(json.events.at(-1)).toMatchObject({ type: 'exported', data: { format: 'json' }, agent: 'Li Wei' });
    expect(store.getState().currentCase?.eventCount).toBe(7);
    expect(await verifyCase(id)).toEqual({ ok: true });
  });

  it('downloads a ZIP with the JSON, the evidence bytes and a manifest', async () => {
    const { id } = await openMenu();
    await choose('Case ZIP');
    await waitFor(() => expect(downloads).toEqual(['case-202611241015330044.zip']));
    const files = unzipSync(new Uint8Array(await blobs[0]!.arrayBuffer()));
    const bundle = await loadCaseBundle(id);
    const evidenceId = bundle.ok ? bundle.value.evidence[0]!.id : '';
    expect(Object.keys(files).sort()).toEqual([
      `cases/${id}.json`,
      `evidence/${id}/${evidenceId}-slip.png`,
      'manifest.json',
    ]);
    expect(JSON.parse(strFromU8(files['manifest.json']!)).format).toBe('canceldesk-cases');
  });

  it('downloads Markdown', async () => {
    await openMenu();
    await choose('Markdown');
    await waitFor(() => expect(downloads).toEqual(['case-202611241015330044.md']));
    expect(await blobs[0]!.text()).toContain('# Cancellation case 202611241015330044');
  });

  it('copies the case as text for a ticket', async () => {
    const write = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: write }, configurable: true });
    await openMenu();
    await choose('Copy as text');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Case notes copied to the clipboard.'));
    expect(write).toHaveBeenCalledTimes(1);
    expect(write.mock.calls[0]).toEqual([expect.stringContaining('Cancellation case 202611241015330044')]);
    expect(downloads).toEqual([]);
  });

  it('says so when the clipboard refuses', async () => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: async () => Promise.reject(new Error('Document is not focused.')) },
      configurable: true,
    });
    await openMenu();
    await choose('Copy as text');
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('Copying failed: Document is not focused.'),
    );
  });

  it.each([
    [{} as Window, 'The printable page opened in a new tab; print it from there (Ctrl+P).'],
    [null, 'Export failed: the new tab was blocked'],
  ])('opens the printable page in a new tab (window.open → %j)', async (opened, text) => {
    const open = vi.spyOn(window, 'open').mockReturnValue(opened);
    const { id } = await openMenu();
    await choose('Print');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(text));
    expect(open).toHaveBeenCalledWith('blob:test/1', '_blank');
    expect(await blobs[0]!.text()).toMatch(/^<!DOCTYPE html>/);
    expect((await getCase(id))?.eventCount).toBe(7);
  });
});
