import { browser } from 'wxt/browser';
import { sendMessage, type PanelCommand } from '../messaging';

const COMMANDS: readonly PanelCommand[] = ['capture-order', 'fill-form'];

/** Runs a keyboard shortcut: opens the panel in the current window (the shortcut is a user gesture) and asks it to act. */
export async function runCommand(command: string, windowId?: number): Promise<void> {
  if (!COMMANDS.includes(command as PanelCommand)) return;
  const sidePanel = (browser as { sidePanel?: typeof chrome.sidePanel }).sidePanel;
  if (sidePanel && windowId !== undefined) await sidePanel.open({ windowId }).catch(() => undefined);
  await sendMessage('panelCommand', { command: command as PanelCommand }).catch(() => undefined);
}

/** Listens for the extension's keyboard shortcuts. */
export function registerCommands(): void {
  browser.commands?.onCommand.addListener((command, tab) => void runCommand(command, tab?.windowId));
}
