import type { BrowserContext } from '@playwright/test';

/**
 * Stops the extension's service worker the way Chromium does when it is idle, through the DevTools
 * ServiceWorker domain, and resolves once it has stopped. The next extension event starts a fresh one.
 */
export async function stopExtensionWorker(context: BrowserContext, extensionId: string): Promise<void> {
  const page = context.pages()[0] ?? (await context.newPage());
  const session = await context.newCDPSession(page);
  const scriptPrefix = `chrome-extension://${extensionId}/`;
  let versionId: string | undefined;
  const stopped = new Promise<void>((resolve) => {
    session.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      for (const v of versions) {
        if (!v.scriptURL.startsWith(scriptPrefix)) continue;
        versionId ??= v.versionId;
        if (v.versionId === versionId && v.runningStatus === 'stopped') resolve();
      }
    });
  });
  await session.send('ServiceWorker.enable');
  for (let i = 0; i < 50 && versionId === undefined; i++) await new Promise((r) => setTimeout(r, 100));
  if (versionId === undefined) throw new Error(`no service worker for ${scriptPrefix}`);
  await session.send('ServiceWorker.stopWorker', { versionId });
  const timeout = new Promise<never>((_, reject) =>
    setTimeout(() => reject(new Error(`the service worker of ${scriptPrefix} did not stop`)), 10_000).unref(),
  );
  await Promise.race([stopped, timeout]);
  await session.detach();
}
