import { cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CaseList } from '../../../components/case-list';
import { db } from '../../../lib/db';
import { makeCaseRecord } from '../../builders/case';
import { makePanel, renderInPanel, resetCaseDb } from './case-log/panel-harness';

beforeEach(async () => {
  fakeBrowser.reset();
  await resetCaseDb();
});
afterEach(cleanup);

describe('CaseList', () => {
  it.each([
    ['Asia/Shanghai', '2026-11-25 16:05'],
    ['America/New_York', '2026-11-25 03:05'],
    ['+05:30', '2026-11-25 13:35'],
  ])('shows when a case was updated in the portal zone %s, whatever the machine zone', async (portalZone, shown) => {
    await db.cases.put(makeCaseRecord({ orderNo: 'A-1', updatedAt: '2026-11-25T08:05:00.000Z' }));
    const store = await makePanel();
    store.setState((s) => ({ settings: { ...s.settings, portalZone } }));
    renderInPanel(<CaseList />, store);
    await waitFor(() => expect(screen.getByRole('button', { name: /A-1/ }).textContent).toContain(`Updated ${shown}`));
  });
});
