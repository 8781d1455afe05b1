import { describe, expect, it } from 'vitest';
import { isForThisPanel, type PanelPlace } from '../../../lib/store/panel-commands';

const PORTAL_WINDOW = 1;
const PORTAL_TAB = 10;
const POPUP_WINDOW = 2;
const POPUP_TAB = 20;

const sidePanel: PanelPlace = { windowId: PORTAL_WINDOW, pinned: null, ownTab: undefined };
const poppedOut: PanelPlace = { windowId: POPUP_WINDOW, pinned: PORTAL_TAB, ownTab: POPUP_TAB };
const poppedOutElsewhere: PanelPlace = { windowId: 3, pinned: 99, ownTab: 30 };
const pinnedGone: PanelPlace = { windowId: PORTAL_WINDOW, pinned: -1, ownTab: 40 };

describe('isForThisPanel: one panel answers a shortcut', () => {
  it.each([
    [
      'pressed on the portal, no popped-out panel: the side panel',
      sidePanel,
      { windowId: PORTAL_WINDOW, tabId: PORTAL_TAB },
      false,
      true,
    ],
    [
      'pressed on the portal with a popped-out panel: not the side panel',
      sidePanel,
      { windowId: PORTAL_WINDOW, tabId: PORTAL_TAB },
      true,
      false,
    ],
    [
      'pressed on the portal: the panel popped out for it',
      poppedOut,
      { windowId: PORTAL_WINDOW, tabId: PORTAL_TAB },
      true,
      true,
    ],
    [
      'pressed in the popped-out panel itself: that panel',
      poppedOut,
      { windowId: POPUP_WINDOW, tabId: POPUP_TAB },
      true,
      true,
    ],
    [
      'pressed in the popped-out panel itself: not the side panel of another window',
      sidePanel,
      { windowId: POPUP_WINDOW, tabId: POPUP_TAB },
      true,
      false,
    ],
    [
      'pressed on the portal: not a panel popped out for another tab',
      poppedOutElsewhere,
      { windowId: PORTAL_WINDOW, tabId: PORTAL_TAB },
      false,
      false,
    ],
    [
      'pressed on the portal: not a panel whose tab is gone',
      pinnedGone,
      { windowId: PORTAL_WINDOW, tabId: PORTAL_TAB },
      false,
      false,
    ],
    ['pressed in another window: not the side panel', sidePanel, { windowId: 7, tabId: 70 }, false, false],
    ['pressed with no tab known: the panel of that window', sidePanel, { windowId: PORTAL_WINDOW }, false, true],
    ['sent with no window (the e2e hook): every panel', poppedOutElsewhere, {}, false, true],
  ] as const)('%s', async (_, here, pressed, tabHasPanel, expected) => {
    expect(await isForThisPanel({ command: 'capture-order', ...pressed }, here, async () => tabHasPanel)).toBe(
      expected,
    );
  });
});
