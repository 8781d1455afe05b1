import type { Page } from '@playwright/test';
import type { PanelPage } from './pages/panel-page';

/** The two fixtures that open a portal page and a panel pinned to its tab (see fixtures.ts). */
export interface Openers {
  openPortal: (path: string) => Promise<{ page: Page; tabId: number }>;
  openPanel: (tabId: number, options?: { time?: string }) => Promise<PanelPage>;
}

/** Opens a portal page and a panel pinned to its tab (its clock fixed at `time`, if given), and captures the order. */
export async function capturedPanel(
  { openPortal, openPanel }: Openers,
  path: string,
  time?: string,
): Promise<{ page: Page; tabId: number; panel: PanelPage }> {
  const { page, tabId } = await openPortal(path);
  const panel = await openPanel(tabId, { time });
  await panel.capture();
  return { page, tabId, panel };
}
