import type { Actor } from '../db';
import { usePanelState } from './panel-context';

/** Who is acting, for the events a component writes: the agent named in settings. */
export function useActor(): Actor {
  const agent = usePanelState((s) => s.settings.agent.name);
  return agent.trim() ? { agent: agent.trim() } : {};
}
