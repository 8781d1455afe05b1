import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { runCommand } from '../../../lib/background/commands';
import { checkMessage } from '../../../lib/messaging';

const ID = 'test-extension-id';
const SELF = { id: ID, base: `chrome-extension://${ID}/` };

/** What the worker hands the browser, as the runtime delivers it to a panel (Chrome gives the worker no URL). */
function capture(): unknown[] {
  const sent: unknown[] = [];
  vi.stubGlobal('chrome', {
    runtime: {
      sendMessage: (message: object, reply: (response: unknown) => void) => {
        sent.push({ ...message, sender: { id: ID } });
        reply({ res: { ok: true, value: { handled: true } } });
      },
    },
  });
  return sent;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('runCommand', () => {
  it.each([
    ['capture-order', undefined, undefined],
    ['fill-form', 7, 12],
  ] as const)('sends %s as a panelCommand the panels accept', async (command, windowId, tabId) => {
    const sent = capture();
    const open = vi.spyOn(fakeBrowser.sidePanel, 'open').mockResolvedValue(undefined);
    await runCommand(command, windowId, tabId);
    // The shortcut is a user gesture: the panel opens in its window first.
    expect(open.mock.calls).toEqual(windowId === undefined ? [] : [[{ windowId }]]);
    expect(sent).toHaveLength(1);
    expect(checkMessage('panelCommand', sent[0], SELF)).toEqual({
      ok: true,
      data: { command, ...(windowId === undefined ? {} : { windowId, tabId }) },
    });
  });

  it.each([
    ['a command the extension does not have', 'rm -rf', 1, 2],
    ['a window that is not a whole number', 'fill-form', 1.5, 2],
    ['an inherited property name', 'toString', 1, 2],
  ])('sends nothing for %s', async (_, command, windowId, tabId) => {
    const sent = capture();
    await runCommand(command, windowId, tabId);
    expect(sent).toEqual([]);
  });
});
