// `npm run demo`: serves the demo merchant portal on 127.0.0.1 and opens Chromium with CancelDesk loaded.
// Headless where there is no display (or with --check, which verifies the setup and exits).
import { mkdirSync } from 'node:fs';
import { launchWithExtension, extensionId } from '../support/browser';
import { serveStatic } from '../support/static-server';

const check = process.argv.includes('--check');
const headless =
  check ||
  process.argv.includes('--headless') ||
  (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);
const port = Number(process.env.PORT ?? 8710);

const portal = await serveStatic('test/fixtures/portals/demo', port);
mkdirSync('.demo-profile', { recursive: true });
const context = await launchWithExtension({
  userDataDir: '.demo-profile',
  headless,
  extensionDir: '.output/chrome-mv3-demo',
});
const id = await extensionId(context);
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(`${portal.origin}/zh/order-1001.html`);
console.log(`Demo portal: ${portal.origin}/  (extension id ${id})`);
console.log(
  `Open the CancelDesk side panel from the toolbar button, or visit chrome-extension://${id}/sidepanel.html in its own tab.`,
);

if (check) {
  const title = await page.title();
  await context.close();
  await portal.close();
  console.log(`demo check ok: portal served ("${title}"), extension loaded`);
} else {
  console.log(
    headless
      ? 'Running headless (no display found). Ctrl-C to stop.'
      : 'Close the browser window or press Ctrl-C to stop.',
  );
  context.on('close', () => void portal.close().then(() => process.exit(0)));
  process.on('SIGINT', () => void context.close());
}
