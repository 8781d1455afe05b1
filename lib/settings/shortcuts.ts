import { browser } from 'wxt/browser';
import { logOnce } from '../errors';
import type { PanelCommand } from '../messaging';

export type Shortcuts = Partial<Record<PanelCommand, string>>;

const COMMANDS: readonly PanelCommand[] = ['capture-order', 'fill-form'];

/** The keys the browser has bound to the panel's commands now; the agent may have changed or cleared them. */
export async function readShortcuts(): Promise<Shortcuts> {
  try {
    const all = await browser.commands.getAll();
    const found: Shortcuts = {};
    for (const c of all) {
      if (c.name && (COMMANDS as readonly string[]).includes(c.name) && c.shortcut)
        found[c.name as PanelCommand] = c.shortcut;
    }
    return found;
  } catch (e) {
    logOnce('readShortcuts', e);
    return {};
  }
}

/** Opens the browser's own page for changing extension shortcuts (extensions cannot change them). */
export async function openShortcutSettings(): Promise<void> {
  const commands = browser.commands as typeof browser.commands & { openShortcutSettings?: () => Promise<void> };
  if (commands.openShortcutSettings) return commands.openShortcutSettings();
  await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}
