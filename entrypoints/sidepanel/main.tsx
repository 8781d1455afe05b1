import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { removeStaleRestores } from '../../lib/db';
import App from './App';
import './style.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// A restore that died mid-way leaves a scratch database: clear it once the page is up.
removeStaleRestores().catch((e: unknown) => console.warn('CancelDesk: could not remove stale restore databases', e));

// Vite replaces the mode at build time, so production bundles drop this branch and the module entirely.
if (import.meta.env.MODE === 'e2e') void import('../../lib/testing/e2e-hooks').then((m) => m.installE2eHooks());
