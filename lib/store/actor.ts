import type { Actor } from '../db';
import type { Settings } from '../schema/settings';

/** Who is acting, for the events an action writes: the agent named in settings, trimmed; nobody when unnamed. */
export function actorOf(settings: Pick<Settings, 'agent'>): Actor {
  const agent = settings.agent.name.trim();
  return agent ? { agent } : {};
}
