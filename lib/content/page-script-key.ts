/**
 * The global a page script sets in its frame's isolated world once its handlers are registered: the script checks
 * it to register once, and the panel checks it to inject only a script the page does not hold yet.
 */
export function pageScriptKey(name: string): string {
  return `canceldesk.${name}`;
}
