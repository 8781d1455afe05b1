import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ensureTemporal } from '../../lib/format/ensure-temporal';
import { LANGS, loadDictionary } from '../../lib/i18n';
import { createPanelStore } from '../../lib/store/panel-store';
import { readRecentCasesEarly } from '../../lib/store/use-recent-cases';
import App from './App';
import './style.css';

const store = createPanelStore(location.search, navigator.language);
await Promise.all([ensureTemporal(), loadDictionary(store.getState().lang), readRecentCasesEarly()]);
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App store={store} />
  </StrictMode>,
);

// The page's chores read the database too, so they wait until the case list has been read: the reminder
// schedule for the worker and the daily evidence purge, then, when the page is idle, the scratch databases a
// restore that died mid-way left behind.
void store.whenListRead.then(async () => {
  // Every language's words, for what is written in a language other than the panel's: a portal's form, a note template.
  await Promise.all(LANGS.map(loadDictionary));
  (await import('../../lib/reminders/panel-chores')).runPanelChores();
  const { dataActions } = await import('../../lib/store/data-actions');
  requestIdleCallback(() => void dataActions.removeStaleRestores(), { timeout: 5000 });
});

// Vite replaces the mode at build time, so production bundles drop this branch and the module entirely.
if (import.meta.env.MODE === 'e2e') void import('../../lib/testing/e2e-hooks').then((m) => m.installE2eHooks());
