import { browser } from 'wxt/browser';

/** Makes the toolbar button open the side panel (Chrome); Firefox's sidebar opens from its own button. */
export async function setupPanelBehavior(): Promise<void> {
  const sidePanel = (browser as { sidePanel?: typeof chrome.sidePanel }).sidePanel;
  if (!sidePanel) return;
  // Refused only by a browser without the behaviour; the panel then opens from its own menu, as in Firefox.
  await sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
}
