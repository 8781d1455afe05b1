import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import App from './App';
import './style.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// A restore that died mid-way leaves a scratch database: clear it once the page is up.
void import('../../lib/store/data-actions').then((m) => m.dataActions.removeStaleRestores());
// The reminder schedule for the worker and the daily evidence purge, once the page is up.
void import('../../lib/reminders/panel-chores').then((m) => m.runPanelChores());

// Vite replaces the mode at build time, so production bundles drop this branch and the module entirely.
if (import.meta.env.MODE === 'e2e') void import('../../lib/testing/e2e-hooks').then((m) => m.installE2eHooks());
