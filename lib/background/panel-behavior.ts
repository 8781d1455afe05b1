import { browser } from 'wxt/browser';

/** Makes the toolbar button open the side panel (Chrome); Firefox's sidebar opens from its own button. */
export async function setupPanelBehavior(): Promise<void> {
  const sidePanel = (browser as { sidePanel?: typeof chrome.sidePanel }).sidePanel;
  if (!sidePanel) return;
  await sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
}
