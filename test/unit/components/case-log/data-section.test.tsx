import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DataSection } from '../../../../components/options/data-section';
import { createCaseStore, db, loadCaseBundle, verifyCase } from '../../../../lib/db';
import { caseToJsonText } from '../../../../lib/export';
import { IMPORT_MAX_FILE_BYTES } from '../../../../lib/export/import-limits';
import { translator } from '../../../../lib/i18n';
import { loadNoteTemplates } from '../../../../lib/settings/note-templates';
import { loadRetention, saveRetention } from '../../../../lib/settings/retention';
import { dumpCaseDb, makeClock, makeRichCase } from '../../../builders/case';
import { liveStore, resetCaseDb, seedRichCase } from './panel-harness';

let blobs: Blob[] = [];
let downloads: string[] = [];

beforeEach(async () => {
  fakeBrowser.reset();
  await resetCaseDb();
  blobs = [];
  downloads = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => (blobs.push(blob as Blob), 'blob:test'));
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push(this.download);
  });
  Object.defineProperty(navigator, 'storage', {
    value: { estimate: async () => ({ usage: 3 * 1024 * 1024, quota: 512 * 1024 * 1024 }) },
    configurable: true,
  });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const renderSection = () => render(<DataSection t={translator('en')} lang="en" />);
const upload = (label: string, file: File) =>
  fireEvent.change(screen.getByLabelText(label), { target: { files: [file] } });
const texts = () =>
  [...document.querySelectorAll('[role=status],[role=alert],li')].map((e) => e.textContent).join('\n');

describe('DataSection: storage and retention', () => {
  it('shows the storage used', async () => {
    renderSection();
    await waitFor(() =>
      expect(screen.getByTestId('storage-used').textContent).toBe('Storage used: 3 MB of 512 MB available'),
    );
  });

  it('edits the retention and follow-up settings, refusing what is invalid', async () => {
    renderSection();
    const days = screen.getByLabelText('Keep evidence files of closed cases (days)') as HTMLInputElement;
    await waitFor(() => expect(days.value).toBe('180'));
    expect(
      (screen.getByLabelText('Remind to follow up on cases under review after (hours)') as HTMLInputElement).value,
    ).toBe('4');
    fireEvent.change(days, { target: { value: '0' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save retention settings' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/^Retention: .*\n {2}→ at retentionDays$/);
    expect((await loadRetention()).retentionDays).toBe(180);
    fireEvent.change(days, { target: { value: '30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save retention settings' }));
    await waitFor(() => expect(texts()).toContain('Saved.'));
    expect(await loadRetention()).toEqual({ retentionDays: 30, followupHours: 4 });
  });

  it('purges the evidence files of cases closed longer than the retention period', async () => {
    await saveRetention({ retentionDays: 30, followupHours: 4 });
    const past = createCaseStore(db, { now: makeClock('2020-01-01T00:00:00.000Z') });
    const old = await makeRichCase(past, { orderNo: 'OLD-1' });
    await past.setStatus(old, { to: 'under_review' });
    await past.setStatus(old, { to: 'approved' });
    await past.setStatus(old, { to: 'closed' });
    await seedRichCase({ orderNo: 'NEW-1' });
    renderSection();
    fireEvent.click(screen.getByRole('button', { name: 'Purge now' }));
    await waitFor(() => expect(texts()).toContain('Purged 1 files from 1 cases.'));
    const bundle = await loadCaseBundle(old);
    expect(bundle.ok && bundle.value.evidence[0]?.purgedAt).toBeTruthy();
    expect(await db.evidenceBlobs.count()).toBe(1);
    expect(await verifyCase(old)).toEqual({ ok: true });
  });
});

describe('DataSection: backup, restore and import', () => {
  it('downloads a full backup and restores it after a warning', async () => {
    await seedRichCase({ orderNo: 'A-1' });
    await seedRichCase({ orderNo: 'B-2' });
    const before = await dumpCaseDb(liveStore());
    renderSection();
    fireEvent.click(screen.getByRole('button', { name: 'Download full backup' }));
    await waitFor(() =>
      expect(downloads).toEqual([expect.stringMatching(/^canceldesk-backup-\d{4}-\d\d-\d\d\.json$/)]),
    );
    const backup = new File([await blobs[0]!.arrayBuffer()], 'backup.json', { type: 'application/json' });
    await resetCaseDb();
    await seedRichCase({ orderNo: 'REPLACED' });
    upload('Restore from a backup', backup);
    expect(screen.getByText('Restoring replaces every case in CancelDesk with those in backup.json.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Replace all cases' }));
    await waitFor(() => expect(texts()).toContain('Restored 2 cases with 12 events.'));
    expect(await dumpCaseDb(liveStore())).toEqual(before);
  });

  it('refuses a file that is not a backup, changing nothing', async () => {
    await seedRichCase();
    const before = await dumpCaseDb(liveStore());
    renderSection();
    upload('Restore from a backup', new File(['{"hello":1}'], 'notes.json', { type: 'application/json' }));
    fireEvent.click(screen.getByRole('button', { name: 'Replace all cases' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Nothing was restored and your cases are unchanged. It is not a file CancelDesk can read, or it is damaged. (This file is not a CancelDesk backup.)',
    );
    expect(await dumpCaseDb(liveStore())).toEqual(before);
  });

  it('imports a case JSON once, and says so when it is already there', async () => {
    const id = await seedRichCase();
    const bundle = await loadCaseBundle(id);
    if (!bundle.ok) throw new Error(bundle.error.message);
    const file = new File([caseToJsonText(bundle.value)], 'case.json', { type: 'application/json' });
    await resetCaseDb();
    renderSection();
    upload('Import case JSON or ZIP', file);
    await waitFor(() => expect(texts()).toContain('case.json: 1 added, 0 updated, 0 already here.'));
    upload('Import case JSON or ZIP', file);
    await waitFor(() => expect(texts()).toContain('case.json: 0 added, 0 updated, 1 already here.'));
    expect(await db.cases.count()).toBe(1);
    expect(await verifyCase(id)).toEqual({ ok: true });
  });

  it('says precisely what is wrong with a tampered case file', async () => {
    const id = await seedRichCase();
    const bundle = await loadCaseBundle(id);
    if (!bundle.ok) throw new Error(bundle.error.message);
    const json = JSON.parse(caseToJsonText(bundle.value));
    json.events[2].agent = 'Someone else';
    await resetCaseDb();
    renderSection();
    upload('Import case JSON or ZIP', new File([JSON.stringify(json)], 'edited.json'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(
      /^edited\.json: nothing was imported\. Its history fails the tamper check: something in it was changed after export\. \(edited\.json, events\[2\]: /,
    );
    expect(await db.cases.count()).toBe(0);
  });
});

describe('DataSection: refusals in the agent’s language', () => {
  const zh = translator('zh');

  it.each<[string, () => void, string]>([
    [
      'a case file over the limit, refused before it is read',
      () => {
        const huge = new File(['not read'], '大文件.zip');
        Object.defineProperty(huge, 'size', { value: IMPORT_MAX_FILE_BYTES + 1 });
        upload(zh('log.importCases'), huge);
      },
      zh('log.importFailed', {
        file: '大文件.zip',
        why: zh('log.fileWhy.tooLarge'),
        detail: zh('log.importReason.fileTooLarge', {
          size: `${IMPORT_MAX_FILE_BYTES + 1} bytes`,
          limit: `${IMPORT_MAX_FILE_BYTES} bytes`,
        }),
      }),
    ],
    [
      'a restore of a file that is no backup',
      () => {
        upload(zh('log.restore'), new File(['{"hello":1}'], 'notes.json', { type: 'application/json' }));
        fireEvent.click(screen.getByRole('button', { name: zh('log.restoreConfirm') }));
      },
      zh('log.restoreFailed', { why: zh('log.fileWhy.invalid'), detail: zh('log.importReason.notBackup') }),
    ],
  ])('%s', async (_name, act, expected) => {
    render(<DataSection t={zh} lang="zh" />);
    act();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(expected);
    // Two English words in a row would be an English sentence inside the Chinese one.
    expect(alert.textContent).not.toMatch(/\b[A-Za-z]{2,}\s+[A-Za-z]{2,}\b/);
  });
});

describe('DataSection: note templates', () => {
  it('edits a template and refuses an unknown variable by name', async () => {
    renderSection();
    const text = (await screen.findByLabelText('Text', { selector: '#tpl-text-0' })) as HTMLTextAreaElement;
    fireEvent.change(text, { target: { value: '客户 {customer} 来电，订单 {orderNo}' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save templates' }));
    expect((await screen.findByRole('alert')).textContent).toContain('已提交申请, text: unknown variable {customer}');
    fireEvent.change(text, { target: { value: '客户来电，订单 {orderNo}' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save templates' }));
    await waitFor(async () => expect((await loadNoteTemplates())[0]?.text).toBe('客户来电，订单 {orderNo}'));
  });

  it('adds and removes templates', async () => {
    renderSection();
    await screen.findByRole('button', { name: 'Add template' });
    const count = (await loadNoteTemplates()).length;
    fireEvent.click(screen.getByRole('button', { name: 'Add template' }));
    fireEvent.change(screen.getByLabelText('Name', { selector: `#tpl-name-${count}` }), {
      target: { value: 'Escalation' },
    });
    fireEvent.change(screen.getByLabelText('Language', { selector: `#tpl-lang-${count}` }), {
      target: { value: 'en' },
    });
    fireEvent.change(screen.getByLabelText('Text', { selector: `#tpl-text-${count}` }), {
      target: { value: 'Escalated {orderNo} to {agent}.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Remove template Customer called' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save templates' }));
    await waitFor(async () =>
      expect((await loadNoteTemplates()).map((t) => t.name)).toEqual([
        '已提交申请',
        '客户来电',
        'Request submitted',
        'Escalation',
      ]),
    );
  });
});
