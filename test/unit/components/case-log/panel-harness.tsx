import { render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import { PanelContext } from '../../../../lib/store/panel-context';
import { createCaseStore, db, getCase, type CaseStore } from '../../../../lib/db';
import { createPanelStore, type PanelStore } from '../../../../lib/store/panel-store';
import { makeRichCase, type RichCaseOptions } from '../../../builders/case';

/** The panel's case store over the extension's own database, which the components write to. */
export const liveStore = (): CaseStore => createCaseStore(db);

/** Empties every table of the extension's database (fake-indexeddb) between tests. */
export async function resetCaseDb(): Promise<void> {
  await Promise.all(db.all.map((t) => t.clear()));
}

/** A real panel store in a language, showing a stored case when given its id. */
export async function makePanel(
  options: { lang?: 'en' | 'zh'; caseId?: string; agent?: string } = {},
): Promise<PanelStore> {
  const store = createPanelStore('', 'en-US');
  const currentCase = options.caseId ? ((await getCase(options.caseId)) ?? null) : null;
  store.setState((s) => ({
    lang: options.lang ?? 'en',
    currentCase,
    settings: { ...s.settings, agent: { ...s.settings.agent, name: options.agent ?? 'Li Wei' } },
  }));
  return store;
}

/** Renders components inside the panel's context. */
export function renderInPanel(ui: ReactNode, store: PanelStore): RenderResult {
  return render(<PanelContext.Provider value={store}>{ui}</PanelContext.Provider>);
}

/** A stored case that went through capture, edit, verdict, note, evidence and submission; its id. */
export function seedRichCase(options: RichCaseOptions = {}): Promise<string> {
  return makeRichCase(liveStore(), options);
}
