import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Registered = chrome.scripting.RegisteredContentScript;
type Listener = (p: { origins?: string[] }) => void;

/** What the fake browser holds: the granted origins, the registered content scripts, and what was asked of it. */
export interface FakeGrants {
  origins: string[];
  scripts: Map<string, Registered>;
  calls: string[];
  /** Grants (or withdraws) an origin and tells the listeners, as the browser does after a prompt or a removal. */
  grant(pattern: string): void;
  revoke(pattern: string): void;
}

/**
 * Gives the fake browser (which leaves them unimplemented) the permissions and content-script registration
 * calls the page preload makes, with Chrome's refusals: a second registration of an id, an update of none.
 */
export function installFakeGrants(origins: string[] = []): FakeGrants {
  const added: Listener[] = [];
  const removed: Listener[] = [];
  const state: FakeGrants = {
    origins: [...origins],
    scripts: new Map(),
    calls: [],
    grant(pattern) {
      state.origins.push(pattern);
      for (const l of added) l({ origins: [pattern] });
    },
    revoke(pattern) {
      state.origins = state.origins.filter((o) => o !== pattern);
      for (const l of removed) l({ origins: [pattern] });
    },
  };
  const { permissions, scripting } = fakeBrowser;
  vi.spyOn(permissions, 'getAll').mockImplementation(async () => ({ origins: [...state.origins], permissions: [] }));
  vi.spyOn(permissions.onAdded, 'addListener').mockImplementation((l) => void added.push(l as Listener));
  vi.spyOn(permissions.onRemoved, 'addListener').mockImplementation((l) => void removed.push(l as Listener));
  vi.spyOn(scripting, 'getRegisteredContentScripts').mockImplementation(async (filter) =>
    [...state.scripts.values()].filter((s) => !filter?.ids || filter.ids.includes(s.id)),
  );
  vi.spyOn(scripting, 'registerContentScripts').mockImplementation(async (scripts) => {
    for (const s of scripts) {
      if (state.scripts.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
      state.calls.push(`register ${s.id}`);
      state.scripts.set(s.id, { ...s });
    }
  });
  vi.spyOn(scripting, 'updateContentScripts').mockImplementation(async (scripts) => {
    for (const s of scripts) {
      const current = state.scripts.get(s.id);
      if (!current) throw new Error(`Content script with ID '${s.id}' does not exist`);
      state.calls.push(`update ${s.id}`);
      state.scripts.set(s.id, { ...current, ...s });
    }
  });
  vi.spyOn(scripting, 'unregisterContentScripts').mockImplementation(async (filter) => {
    for (const id of filter?.ids ?? [...state.scripts.keys()]) {
      if (!state.scripts.delete(id)) throw new Error(`Nonexistent script ID '${id}'`);
      state.calls.push(`unregister ${id}`);
    }
  });
  return state;
}
