import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const PORTALS = join(__dirname, '../../fixtures/portals');

/** Capture fixtures: folders with an expected.json (the demo portal's expectations live in its own test). */
export function portalNames(): string[] {
  return readdirSync(PORTALS, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(PORTALS, d.name, 'expected.json')))
    .map((d) => d.name)
    .sort();
}

/**
 * Loads a portal page into happy-dom's document: stylesheets are dropped (happy-dom does not fetch them),
 * srcdoc iframes are awaited, and shadow hosts that the page's own script would fill (happy-dom may not run
 * it) get their open shadow root from their template.
 */
export async function loadPortal(file: string): Promise<Document> {
  const html = readFileSync(join(PORTALS, file), 'utf8').replace(/<link\b[^>]*>/gi, '');
  document.open();
  document.write(html);
  document.close();
  for (const frame of document.querySelectorAll('iframe')) {
    for (let i = 0; i < 50 && !frame.contentDocument?.body?.childElementCount; i++)
      await new Promise((r) => setTimeout(r, 10));
  }
  for (const host of document.querySelectorAll<HTMLElement>('[data-shadow-template]')) {
    if (host.shadowRoot) continue;
    const template = document.getElementById(host.dataset.shadowTemplate ?? '') as HTMLTemplateElement | null;
    if (template) host.attachShadow({ mode: 'open' }).append(template.content.cloneNode(true));
  }
  return document;
}

/** Reads a fixture's expected.json. */
export function expectedFor<T>(name: string): T {
  return JSON.parse(readFileSync(join(PORTALS, name, 'expected.json'), 'utf8')) as T;
}
