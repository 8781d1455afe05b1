import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type BrowserContext } from '@playwright/test';

/** The Chromium to drive: CHROMIUM_PATH, then Debian's, then Playwright's own (on a developer laptop). */
export function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'];
  return candidates.find((p): p is string => !!p && existsSync(p));
}

export const EXTENSION_DIR = resolve(process.env.EXTENSION_DIR ?? '.output/chrome-mv3-e2e');

/** Launches Chromium with the built extension in a persistent profile (a fresh temp one when dir is ''). */
export async function launchWithExtension(
  opts: { userDataDir?: string; headless?: boolean; extensionDir?: string } = {},
): Promise<BrowserContext> {
  const dir = opts.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(resolve(dir, 'manifest.json'))) throw new Error(`No built extension at ${dir}: run the build first.`);
  return chromium.launchPersistentContext(opts.userDataDir ?? '', {
    headless: opts.headless ?? true,
    executablePath: chromiumPath(),
    viewport: null,
    args: [
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--no-default-browser-check',
    ],
  });
}

/** The extension's id, read from its service worker's address. */
export async function extensionId(context: BrowserContext): Promise<string> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return new URL(worker.url()).host;
}
