import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { kB, pageScriptSize } from '../bench/panel-size';

/**
 * Fails when the production build's JavaScript outgrows its budgets (gzipped, zlib's default level, as the
 * panel-size bench measures). Sizes are deterministic, so `npm test` checks them; timings are only benched.
 * Run after `npm run build`; the folder may be given as the first argument.
 */
const BUILD_DIR = process.argv[2] ?? '.output/chrome-mv3';

interface Budget {
  name: string;
  /** Built files it counts, relative to the build folder. */
  files: () => Promise<string[]>;
  maxGzip: number;
}

const gzipOf = async (files: string[]) => {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = await readFile(join(BUILD_DIR, file));
    raw += bytes.length;
    gzip += gzipSync(bytes).length;
  }
  return { raw, gzip };
};

const BUDGETS: Budget[] = [
  { name: 'service worker', files: async () => ['background.js'], maxGzip: 40_000 },
  {
    name: 'content script',
    files: async () =>
      (await readdir(join(BUILD_DIR, 'content-scripts')))
        .filter((f) => f.endsWith('.js'))
        .map((f) => `content-scripts/${f}`),
    maxGzip: 30_000,
  },
  {
    name: 'panel first load',
    files: async () => (await pageScriptSize(BUILD_DIR, 'sidepanel.html')).files,
    maxGzip: 150_000,
  },
];

let over = 0;
for (const { name, files, maxGzip } of BUDGETS) {
  let counted: string[];
  let size: { raw: number; gzip: number };
  try {
    counted = await files();
    size = await gzipOf(counted);
  } catch (e) {
    over++;
    console.log(`FAIL ${name}: not in ${BUILD_DIR} (${e instanceof Error ? e.message : String(e)}); build first`);
    continue;
  }
  const ok = size.gzip <= maxGzip;
  if (!ok) over++;
  console.log(
    `${ok ? 'ok  ' : 'OVER'} ${name}: ${kB(size.gzip)} gzipped (${kB(size.raw)} raw), budget ${kB(maxGzip)}; ${counted.join(', ')}`,
  );
}
if (over) {
  console.error(`${over} of ${BUDGETS.length} bundles over budget or missing (issue 16)`);
  process.exitCode = 1;
}
