import { browser } from 'wxt/browser';
import { failure, onMessage, type PanelCommand } from '../messaging';
import { PanelCommandRequest } from '../schema/messages';

/**
 * Runs the keyboard shortcuts meant for this panel until the returned function is called. A shortcut pressed
 * in one window is not meant for a panel open in another, unless that panel was popped out for the very tab
 * the shortcut was pressed on.
 */
export async function listenForCommands(run: Record<PanelCommand, () => Promise<void>>, pinnedTab: () => number | null): Promise<() => void> {
  const windowId = await browser.windows
    .getCurrent()
    .then((w) => w.id)
    .catch(() => undefined);
  return onMessage('panelCommand', ({ data }) => {
    const request = PanelCommandRequest.safeParse(data);
    if (!request.success) return failure({ code: 'invalid_request', detail: request.error.issues[0]?.message });
    const { command, windowId: pressedIn, tabId: pressedOn } = request.data;
    const mine = pressedIn === undefined || pressedIn === windowId || (pressedOn !== undefined && pressedOn === pinnedTab());
    if (mine) void run[command]();
    return { ok: true, value: { handled: mine } };
  });
}
