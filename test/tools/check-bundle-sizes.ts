import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { filesSize, kB, panelFirstLoad } from '../bench/panel-size';

/**
 * Fails when the production build's JavaScript outgrows issue 16's budgets (gzipped, zlib's default level, as the
 * panel-size bench measures). Sizes are deterministic, so `npm test` checks them; timings are only benched.
 * Run after `npm run build`; the build folder may be given as the first argument.
 */
const BUILD_DIR = process.argv[2] ?? '.output/chrome-mv3';

interface Budget {
  name: string;
  /** Built files it counts, relative to the build folder. */
  files: string[];
  maxGzip: number;
}

/** Each script injected into a portal page is injected alone, on demand, so each has the budget on its own. */
async function contentScripts(): Promise<Budget[]> {
  const names = (await readdir(join(BUILD_DIR, 'content-scripts'))).filter((f) => f.endsWith('.js')).sort();
  return names.map((f) => ({ name: `content script ${f}`, files: [`content-scripts/${f}`], maxGzip: 30_000 }));
}

async function budgets(): Promise<Budget[]> {
  return [
    { name: 'service worker', files: ['background.js'], maxGzip: 40_000 },
    ...(await contentScripts()),
    // What the side panel loads before its first paint: its page scripts (one chunk, see wxt.config.ts) and the
    // larger language's words.
    { name: 'panel first load', files: (await panelFirstLoad(BUILD_DIR)).files, maxGzip: 150_000 },
  ];
}

let failed = 0;
try {
  const all = await budgets();
  for (const { name, files, maxGzip } of all) {
    const { raw, gzip } = await filesSize(BUILD_DIR, files);
    const ok = gzip <= maxGzip;
    if (!ok) failed++;
    console.log(
      `${ok ? 'ok  ' : 'OVER'} ${name}: ${kB(gzip)} gzipped (${kB(raw)} raw), budget ${kB(maxGzip)}; ${files.join(', ')}`,
    );
  }
  if (failed) console.error(`${failed} of ${all.length} bundles over budget (issue 16)`);
} catch (e) {
  failed++;
  console.error(`No production build to measure in ${BUILD_DIR}; run \`npm run build\` first.`, e);
}
if (failed) process.exitCode = 1;
