import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ScriptSize {
  files: string[];
  raw: number;
  gzip: number;
}

/** Static imports of a built ES module chunk; dynamic import() chunks load later, if ever, so they do not count. */
const STATIC_IMPORT =
  /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{},\s]*?\s*from\s*)?["'`]((?:\.{1,2})?\/[^"'`]+\.js)["'`]/g;

/**
 * The JavaScript an extension page loads when it opens: its module scripts, the chunks it modulepreloads, and
 * every chunk those import statically. Paths are relative to the build folder.
 */
export async function pageScripts(buildDir: string, html: string): Promise<string[]> {
  const page = await readFile(join(buildDir, html), 'utf8');
  const queue = [
    ...page.matchAll(/<script[^>]*\bsrc="([^"]+\.js)"|<link[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+\.js)"/g),
  ].map((m) => posix.normalize((m[1] ?? m[2]!).replace(/^\//, '')));
  const seen = new Set<string>();
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = await readFile(join(buildDir, file), 'utf8');
    for (const m of code.matchAll(STATIC_IMPORT)) {
      const spec = m[1]!;
      queue.push(spec.startsWith('/') ? spec.slice(1) : posix.join(posix.dirname(file), spec));
    }
  }
  return [...seen].sort();
}

/** The language chunks (lib/i18n/en.ts, zh.ts): a page loads the one it shows before it paints. */
const DICTIONARY = /^(?:en|zh)-[\w-]+\.js$/;

/**
 * What the side panel loads before its first paint: its page scripts and one language's words, counted as the
 * larger language so the figure holds whichever the agent reads.
 */
export async function panelFirstLoad(buildDir: string): Promise<ScriptSize> {
  const scripts = await pageScripts(buildDir, 'sidepanel.html');
  const languages = (await readdir(join(buildDir, 'chunks'))).filter((f) => DICTIONARY.test(f));
  if (languages.length !== 2)
    throw new Error(`expected the en and zh chunks in ${buildDir}/chunks, found ${languages}`);
  const sized = await Promise.all(languages.map(async (f) => ({ f, ...(await filesSize(buildDir, [`chunks/${f}`])) })));
  const largest = sized.sort((a, b) => b.gzip - a.gzip)[0]!;
  const files = [...scripts, `chunks/${largest.f}`];
  return { files, ...(await filesSize(buildDir, files)) };
}

/** Raw and gzipped (zlib default level) bytes of built files, relative to the build folder. */
export async function filesSize(buildDir: string, files: readonly string[]): Promise<{ raw: number; gzip: number }> {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = await readFile(join(buildDir, file));
    raw += bytes.length;
    gzip += gzipSync(bytes).length;
  }
  return { raw, gzip };
}

// Run in a child process: WXT's build spinner writes to stdout, which would break up the benchmark table.
const BUILD = `import { build } from 'wxt';
await build({ mode: 'production', browser: 'chrome', outDir: process.argv[1] });`;

/**
 * Builds the production Chrome extension into a temporary folder (the e2e build bundles React's development
 * build, so its size says nothing about what ships), hands its folder to `use`, then removes it.
 */
export async function withProductionBuild<T>(use: (buildDir: string) => Promise<T>): Promise<T> {
  const outDir = await mkdtemp(join(tmpdir(), 'canceldesk-size-'));
  try {
    await new Promise<void>((done, fail) => {
      const child = spawn(process.execPath, ['--input-type=module', '-e', BUILD, outDir], {
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let errors = '';
      child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
      child.on('error', fail);
      child.on('exit', (code) =>
        code === 0 ? done() : fail(new Error(`production build failed (${code}): ${errors.slice(-2000)}`)),
      );
    });
    return await use(join(outDir, 'chrome-mv3'));
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

/** Bytes as kB (1,000 bytes), one decimal. */
export const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
