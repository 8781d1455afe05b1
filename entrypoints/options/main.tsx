import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ensureTemporal } from '../../lib/format/ensure-temporal';
import { dataActions } from '../../lib/store/data-actions';
import App from './App';
import '../sidepanel/style.css';

await ensureTemporal();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// A restore that died mid-way leaves a scratch database: clear it once the page is up.
void dataActions.removeStaleRestores();
