import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** What the case database holds, read straight from IndexedDB; evidence bytes as SHA-256 hex. */
export interface StoredCases {
  cases: Record<string, unknown>[];
  events: { caseId: string; seq: number; hash: string; type: string }[];
  /** The notes as the note_added events hold them: since database version 5 they have no table of their own. */
  notes: Record<string, unknown>[];
  evidence: Record<string, unknown>[];
  blobs: { id: string; sha256: string; size: number }[];
  /** Every string in every store, evidence bytes decoded as Latin-1, for privacy scans. */
  text: string;
}

/** Reads the extension's case database with the plain IndexedDB API, from any extension page. */
export async function readCaseDb(page: Page): Promise<StoredCases> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('canceldesk');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const all = (name: string) =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const req = db.transaction(name).objectStore(name).getAll();
        req.onsuccess = () => resolve(req.result as Record<string, unknown>[]);
        req.onerror = () => reject(req.error);
      });
    const [cases, events, noteMismatches, evidence, rawBlobs] = await Promise.all([
      all('cases'),
      all('events'),
      all('noteMismatches'),
      all('evidence'),
      all('evidenceBlobs'),
    ] as const);
    db.close();
    const hex = (buf: ArrayBuffer) => [...new Uint8Array(buf)].map((b) => b.toString(16).padStart(2, '0')).join('');
    const blobs = await Promise.all(
      rawBlobs.map(async (b) => {
        const bytes = b.bytes as Uint8Array<ArrayBuffer>;
        return {
          id: b.id as string,
          sha256: hex(await crypto.subtle.digest('SHA-256', bytes)),
          size: bytes.length,
          latin1: new TextDecoder('latin1').decode(bytes),
        };
      }),
    );
    type StoredEvent = { caseId: string; seq: number; hash: string; type: string; at: string; agent: unknown };
    const sorted = (events as StoredEvent[]).sort((a, b) => a.caseId.localeCompare(b.caseId) || a.seq - b.seq);
    const notes = sorted.flatMap((e) => {
      if (e.type !== 'note_added') return [];
      const data = (e as StoredEvent & { data: { noteId: string; text: string } }).data;
      return [{ id: data.noteId, caseId: e.caseId, at: e.at, agent: e.agent, text: data.text }];
    });
    return {
      cases,
      events: sorted.map(({ caseId, seq, hash, type }) => ({ caseId, seq, hash, type })),
      notes,
      evidence,
      blobs: blobs.map(({ id, sha256, size }) => ({ id, sha256, size })),
      text: JSON.stringify([cases, events, noteMismatches, evidence]) + blobs.map((b) => b.latin1).join('\n'),
    };
  });
}

/** The case-log parts of the side panel: history, notes, evidence, status and export. */
export class CaseLogPage {
  constructor(readonly page: Page) {}

  region(name: string): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }

  chainCheck(): Locator {
    return this.page.getByTestId('chain-check');
  }

  timelineEntries(): Locator {
    return this.region('History').getByRole('listitem');
  }

  evidenceRows(): Locator {
    return this.region('Evidence').getByRole('listitem');
  }

  async addNote(text: string): Promise<void> {
    const notes = this.region('Notes');
    await notes.getByLabel('New note').fill(text);
    await notes.getByRole('button', { name: 'Add note', exact: true }).click();
    await expect(notes.getByRole('status')).toHaveText('Note added.');
  }

  async takeScreenshot(): Promise<void> {
    const evidence = this.region('Evidence');
    await evidence.getByRole('button', { name: 'Take screenshot', exact: true }).click();
    await expect(evidence.getByRole('status')).toContainText('Screenshot saved', { timeout: 15_000 });
  }

  async savePageSnapshot(): Promise<void> {
    const evidence = this.region('Evidence');
    await evidence.getByRole('button', { name: 'Save page snapshot', exact: true }).click();
    await expect(evidence.getByRole('status')).toHaveText('Page snapshot saved.');
  }

  async markSubmitted(channel: 'online form' | 'phone' | 'email', requestId: string): Promise<void> {
    const status = this.region('Case status');
    await status.getByRole('button', { name: 'Mark as submitted', exact: true }).click();
    await status.getByLabel('Channel').selectOption({ label: channel });
    await status.getByLabel('Acquirer request ID').fill(requestId);
    await status.getByRole('button', { name: 'Confirm', exact: true }).click();
    await expect(this.page.getByTestId('case-status')).toHaveText('Status: Submitted');
  }

  /** Picks an item of the Export menu with the keyboard, as the menu button pattern allows. */
  async exportWith(item: 'Copy as text' | 'Markdown' | 'Print' | 'Case JSON' | 'Case ZIP'): Promise<void> {
    const button = this.page.getByRole('button', { name: 'Export', exact: true });
    await button.focus();
    await button.press('ArrowDown');
    const target = this.page.getByRole('menuitem', { name: item, exact: true });
    for (let i = 0; i < 5 && !(await target.evaluate((el) => el === document.activeElement)); i++)
      await this.page.keyboard.press('ArrowDown');
    await this.page.keyboard.press('Enter');
  }

  /** Exports as a file and waits for the browser's download. */
  async download(item: 'Markdown' | 'Case JSON' | 'Case ZIP'): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.exportWith(item);
    return download;
  }
}
