import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { dataActions } from '../../lib/store/data-actions';
import App from './App';
import '../sidepanel/style.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// A restore that died mid-way leaves a scratch database: clear it once the page is up.
void dataActions.removeStaleRestores();
