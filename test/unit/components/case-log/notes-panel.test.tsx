import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { NotesPanel } from '../../../../components/case-log/notes-panel';
import { loadCaseBundle, verifyCase } from '../../../../lib/db';
import { saveNoteTemplates } from '../../../../lib/settings/note-templates';
import { makePanel, renderInPanel, resetCaseDb, seedRichCase } from './panel-harness';

beforeEach(async () => {
  fakeBrowser.reset();
  await resetCaseDb();
});
afterEach(cleanup);

const noteBox = () => screen.getByLabelText('New note') as HTMLTextAreaElement;

describe('NotesPanel', () => {
  it('adds a plain-text note with the agent and shows it first', async () => {
    const id = await seedRichCase();
    renderInPanel(<NotesPanel />, await makePanel({ caseId: id, agent: '王丽' }));
    expect(await screen.findByText(/Customer asked to cancel/)).toBeTruthy();
    fireEvent.change(noteBox(), { target: { value: '  <b>Called</b> the acquirer\nline two  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add note' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Note added.'));
    await waitFor(() =>
      expect(screen.getAllByRole('listitem')[0]?.textContent).toContain('<b>Called</b> the acquirer\nline two'),
    );
    expect(screen.getAllByRole('listitem')[0]?.textContent).toContain('王丽');
    expect(noteBox().value).toBe('');
    const bundle = await loadCaseBundle(id);
    expect(bundle.ok && bundle.value.notes.map((n) => [n.text, n.agent])).toContainEqual([
      '<b>Called</b> the acquirer\nline two',
      '王丽',
    ]);
    expect(await verifyCase(id)).toEqual({ ok: true });
  });

  it('cannot add an empty note', async () => {
    const id = await seedRichCase();
    renderInPanel(<NotesPanel />, await makePanel({ caseId: id }));
    fireEvent.change(noteBox(), { target: { value: '   ' } });
    expect((screen.getByRole('button', { name: 'Add note' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it.each([
    [
      'zh-call',
      '订单 202611241015330044 已由 Li Wei 受理，金额 ¥120.00，处理方式 撤销，截止 2026-11-24 23:00（Asia/Shanghai）。',
    ],
    ['en-call', 'Order 202611241015330044 taken by Li Wei: ¥120.00, Void before 2026-11-24 23:00 (Asia/Shanghai).'],
  ])('fills template %s with the case’s values in the template’s language', async (templateId, expected) => {
    await saveNoteTemplates([
      {
        id: 'zh-call',
        name: '受理',
        lang: 'zh',
        text: '订单 {orderNo} 已由 {agent} 受理，金额 {amount}，处理方式 {action}，截止 {deadline}。',
      },
      {
        id: 'en-call',
        name: 'Taken',
        lang: 'en',
        text: 'Order {orderNo} taken by {agent}: {amount}, {action} before {deadline}.',
      },
    ]);
    const id = await seedRichCase();
    renderInPanel(<NotesPanel />, await makePanel({ caseId: id, agent: 'Li Wei' }));
    fireEvent.change(await screen.findByLabelText('Template'), { target: { value: templateId } });
    expect(noteBox().value).toBe(expected);
  });

  it('appends a template below text already typed', async () => {
    await saveNoteTemplates([{ id: 'a', name: 'A', lang: 'en', text: 'Order {orderNo}.' }]);
    const id = await seedRichCase();
    renderInPanel(<NotesPanel />, await makePanel({ caseId: id }));
    fireEvent.change(noteBox(), { target: { value: 'First line' } });
    fireEvent.change(await screen.findByLabelText('Template'), { target: { value: 'a' } });
    expect(noteBox().value).toBe('First line\nOrder 202611241015330044.');
  });
});
