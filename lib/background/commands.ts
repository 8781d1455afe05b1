import { defineExtensionMessaging } from '@webext-core/messaging';
import { browser } from 'wxt/browser';
import type { PanelCommand, ProtocolMap } from '../messaging';

// The worker sends only this message; the panel checks it against the full protocol (lib/messaging.ts), whose
// zod schemas would be most of the worker's size.
const { sendMessage } = defineExtensionMessaging<Pick<ProtocolMap, 'panelCommand'>>();

const COMMANDS: Record<PanelCommand, true> = { 'capture-order': true, 'fill-form': true };
const isCommand = (c: string): c is PanelCommand => Object.hasOwn(COMMANDS, c);
const isId = (n: number | undefined) => n === undefined || Number.isInteger(n);

/**
 * Runs a keyboard shortcut: opens the panel in the window it was pressed in (the shortcut is a user gesture)
 * and asks the panels for that window or that tab to act; panels open for other windows stay as they are.
 */
export async function runCommand(command: string, windowId?: number, tabId?: number): Promise<void> {
  if (!isCommand(command) || !isId(windowId) || !isId(tabId)) return;
  const sidePanel = (browser as { sidePanel?: typeof chrome.sidePanel }).sidePanel;
  if (sidePanel && windowId !== undefined) {
    // Opening fails only where the panel cannot open (the window closed): the message still reaches open panels.
    await sidePanel.open({ windowId }).catch(() => undefined);
  }
  // Rejected when no panel is open to receive it, which is no error: there is nothing to act.
  await sendMessage('panelCommand', { command, windowId, tabId }).catch(() => undefined);
}

/** Listens for the extension's keyboard shortcuts. */
export function registerCommands(): void {
  browser.commands?.onCommand.addListener((command, tab) => void runCommand(command, tab?.windowId, tab?.id));
}
