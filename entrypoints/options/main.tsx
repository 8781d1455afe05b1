import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { removeStaleRestores } from '../../lib/db';
import App from './App';
import '../sidepanel/style.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// A restore that died mid-way leaves a scratch database: clear it once the page is up.
removeStaleRestores().catch((e: unknown) => console.warn('CancelDesk: could not remove stale restore databases', e));
