import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { db, recordCapture, setStatus } from '../../../lib/db';
import { runPanelChores } from '../../../lib/reminders/panel-chores';
import { scheduleItem, type FollowupEntry } from '../../../lib/reminders/schedule-item';
import { saveRetention } from '../../../lib/settings/retention';
import { loadSettings, saveSettings } from '../../../lib/settings/settings-storage';
import { makeCaptureInput, makeDraft } from '../../builders/case';

let stop: (() => void) | undefined;

beforeEach(async () => {
  fakeBrowser.reset();
  await Promise.all(db.all.map((t) => t.clear()));
});

afterEach(() => stop?.());

async function caseUnderReview(): Promise<void> {
  const saved = await recordCapture(makeCaptureInput({ draft: makeDraft({ orderNo: 'P-1' }) }));
  if (!saved.ok) throw new Error(saved.error.message);
  await setStatus(saved.value.id, { to: 'submitted', channel: 'phone', requestId: 'REQ-1' });
  await setStatus(saved.value.id, { to: 'under_review' });
}

const followup = async () => (await scheduleItem.getValue())[0] as FollowupEntry | undefined;

describe('runPanelChores', () => {
  it('publishes the schedule when the panel opens, and again when the follow-up setting or the language changes', async () => {
    await caseUnderReview();
    stop = runPanelChores();
    await expect.poll(followup).toMatchObject({ hours: 4, title: 'Follow up: order P-1' });

    await saveRetention({ retentionDays: 180, followupHours: 12 });
    await expect.poll(followup).toMatchObject({ hours: 12 });

    await saveSettings({ ...(await loadSettings()), uiLanguage: 'zh' });
    await expect.poll(followup).toMatchObject({ title: '请跟进：订单 P-1' });
  });

  it('remembers the evidence purge for a day', async () => {
    stop = runPanelChores();
    await expect
      .poll(() => fakeBrowser.storage.local.get('lastEvidencePurge'))
      .toMatchObject({
        lastEvidencePurge: expect.any(Number),
      });
  });
});
