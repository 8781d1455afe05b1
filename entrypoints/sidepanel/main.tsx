import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import App from './App';
import './style.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// Vite replaces the mode at build time, so production bundles drop this branch and the module entirely.
if (import.meta.env.MODE === 'e2e') void import('../../lib/testing/e2e-hooks').then((m) => m.installE2eHooks());
