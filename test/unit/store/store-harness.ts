import { db, getCase, recordCapture } from '../../../lib/db';
import { createPanelStore, type PanelStore } from '../../../lib/store/panel-store';
import { makeCaptureInput, makeDraft } from '../../builders/case';

export const PORTAL = 'http://127.0.0.1:5173';

/** Empties every table of the extension's database (fake-indexeddb) between tests. */
export async function resetCaseDb(): Promise<void> {
  await Promise.all(db.all.map((t) => t.clear()));
}

/** A stored case of the demo portal, captured in the extension's own database; its id. */
export async function seedCase(orderNo = '202611241015330044'): Promise<string> {
  const saved = await recordCapture(makeCaptureInput({ draft: makeDraft({ orderNo }) }));
  if (!saved.ok) throw new Error(saved.error.message);
  return saved.value.id;
}

/** A panel store on a tab of the demo portal, an agent named, and the stored case open when given. */
export async function makeStore(caseId?: string): Promise<PanelStore> {
  const store = createPanelStore('?tab=7', 'en');
  const currentCase = caseId ? ((await getCase(caseId)) ?? null) : null;
  store.setState((s) => ({
    target: { kind: 'tab', tabId: 7, url: `${PORTAL}/zh/order-1001.html`, title: 'Order', pinned: true },
    currentCase,
    settings: { ...s.settings, agent: { ...s.settings.agent, name: ' Li Wei ' } },
  }));
  return store;
}

/** The types of a stored case's events, oldest first. */
export async function eventTypes(caseId: string): Promise<string[]> {
  const events = await db.events.where('caseId').equals(caseId).sortBy('seq');
  return events.map((e) => e.type);
}
