import { browser } from 'wxt/browser';
import { sendMessage } from '../messaging';
import { PanelCommandRequest } from '../schema/messages';

/**
 * Runs a keyboard shortcut: opens the panel in the window it was pressed in (the shortcut is a user gesture)
 * and asks the panels for that window or that tab to act; panels open for other windows stay as they are.
 */
export async function runCommand(command: string, windowId?: number, tabId?: number): Promise<void> {
  const request = PanelCommandRequest.safeParse({ command, windowId, tabId });
  if (!request.success) return;
  const sidePanel = (browser as { sidePanel?: typeof chrome.sidePanel }).sidePanel;
  if (sidePanel && windowId !== undefined) await sidePanel.open({ windowId }).catch(() => undefined);
  await sendMessage('panelCommand', request.data).catch(() => undefined);
}

/** Listens for the extension's keyboard shortcuts. */
export function registerCommands(): void {
  browser.commands?.onCommand.addListener((command, tab) => void runCommand(command, tab?.windowId, tab?.id));
}
