import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { StatusControl } from '../../../../components/case-log/status-control';
import { getCase, recordCapture, setStatus } from '../../../../lib/db';
import type { CaseStatus, StatusTransition } from '../../../../lib/schema/case';
import { makeCaptureInput } from '../../../builders/case';
import { makePanel, renderInPanel, resetCaseDb } from './panel-harness';

beforeEach(async () => {
  fakeBrowser.reset();
  await resetCaseDb();
});
afterEach(cleanup);

const PATH: Record<CaseStatus, StatusTransition[]> = {
  draft: [],
  submitted: [{ to: 'submitted', channel: 'email', requestId: 'R-9' }],
  under_review: [{ to: 'submitted', channel: 'email', requestId: 'R-9' }, { to: 'under_review' }],
  approved: [{ to: 'submitted', channel: 'email', requestId: 'R-9' }, { to: 'under_review' }, { to: 'approved' }],
  rejected: [
    { to: 'submitted', channel: 'email', requestId: 'R-9' },
    { to: 'under_review' },
    { to: 'rejected', reason: 'Settled already' },
  ],
  closed: [{ to: 'closed' }],
};

async function caseIn(status: CaseStatus): Promise<string> {
  const saved = await recordCapture(makeCaptureInput());
  if (!saved.ok) throw new Error(saved.error.message);
  for (const step of PATH[status]) {
    const moved = await setStatus(saved.value.id, step);
    if (!moved.ok) throw new Error(moved.error.message);
  }
  return saved.value.id;
}

const stepButtons = () =>
  screen
    .getAllByRole('button')
    .map((b) => b.textContent)
    .filter((name) => name !== 'Delete case');

describe('StatusControl', () => {
  it.each([
    ['draft', 'Draft', ['Mark as submitted', 'Close the case']],
    ['submitted', 'Submitted', ['Mark as under review']],
    ['under_review', 'Under review', ['Mark as approved', 'Mark as rejected']],
    ['approved', 'Approved', ['Close the case']],
    ['rejected', 'Rejected', ['Close the case']],
    ['closed', 'Closed', []],
  ] as const)('a %s case offers only the next steps of the workflow', async (status, label, steps) => {
    renderInPanel(<StatusControl />, await makePanel({ caseId: await caseIn(status) }));
    expect(screen.getByTestId('case-status').textContent).toBe(`Status: ${label}`);
    expect(stepButtons()).toEqual(steps);
    if (status === 'closed') expect(screen.getByText('The case is closed; there are no further steps.')).toBeTruthy();
  });

  it('records a submission with its channel and the acquirer’s request id, and asks for the id first', async () => {
    const id = await caseIn('draft');
    const store = await makePanel({ caseId: id, agent: 'Zhou' });
    renderInPanel(<StatusControl />, store);
    fireEvent.click(screen.getByRole('button', { name: 'Mark as submitted' }));
    const form = screen.getByRole('form', { name: 'Mark as submitted' });
    fireEvent.click(within(form).getByRole('button', { name: 'Confirm' }));
    expect(screen.getByRole('alert').textContent).toBe('Enter the request ID the acquirer gave you.');
    expect((await getCase(id))?.status).toBe('draft');
    fireEvent.change(screen.getByLabelText('Channel'), { target: { value: 'phone' } });
    fireEvent.change(screen.getByLabelText('Acquirer request ID'), { target: { value: ' ACQ-2026-118 ' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(screen.getByTestId('case-status').textContent).toBe('Status: Submitted'));
    expect(screen.getByText('Submitted by phone, request ACQ-2026-118')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    const stored = await getCase(id);
    expect(stored?.submission).toMatchObject({ channel: 'phone', requestId: 'ACQ-2026-118' });
    expect(stored?.agent).toBe('Zhou');
    expect(store.getState().currentCase?.status).toBe('submitted');
  });

  it('records a rejection only with its reason', async () => {
    const id = await caseIn('under_review');
    renderInPanel(<StatusControl />, await makePanel({ caseId: id }));
    fireEvent.click(screen.getByRole('button', { name: 'Mark as rejected' }));
    fireEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(screen.getByRole('alert').textContent).toBe('Enter the reason the acquirer gave.');
    fireEvent.change(screen.getByLabelText('Reason for rejection'), { target: { value: 'Already settled' } });
    fireEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(screen.getByText('Rejected: Already settled')).toBeTruthy());
    expect((await getCase(id))?.rejectionReason).toBe('Already settled');
  });

  it('shows the store’s refusal when the case moved on elsewhere', async () => {
    const id = await caseIn('draft');
    renderInPanel(<StatusControl />, await makePanel({ caseId: id }));
    await setStatus(id, { to: 'submitted', channel: 'online_form', requestId: 'X' });
    fireEvent.click(screen.getByRole('button', { name: 'Close the case' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The case could not be saved: A case cannot go from submitted to closed.',
    );
    expect((await getCase(id))?.status).toBe('submitted');
  });

  it('deletes the case for good after a confirmation', async () => {
    const id = await caseIn('draft');
    const store = await makePanel({ caseId: id });
    renderInPanel(<StatusControl />, store);
    fireEvent.click(screen.getByRole('button', { name: 'Delete case' }));
    expect(screen.getByText(/Delete order 202611241015330044 with all its history/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Delete for good' }));
    await waitFor(() => expect(store.getState().currentCase).toBeNull());
    expect(await getCase(id)).toBeUndefined();
  });
});
