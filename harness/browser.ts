// Real Chromium with the built extension loaded, and a static server on 127.0.0.1 for test pages.
// Shared by the end-to-end tests, the demo and the benchmark.
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..');
export const CHROME_BUILD = join(ROOT, '.output', 'chrome-mv3');

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function chromiumPath(): string {
  const found = CANDIDATES.find((p) => p && existsSync(p));
  if (!found) {
    throw new Error('Chromium was not found. Install it (Debian/Ubuntu: apt-get install chromium) or set CHROMIUM_PATH.');
  }
  return found;
}

export interface Launched {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  profile: string;
  close(keepProfile?: boolean): Promise<void>;
}

/** Launches Chromium with the extension (or without, for baselines), on a given or fresh profile. */
export async function launch(
  options: { extension?: string | null; profile?: string; args?: string[]; device?: { viewport: { width: number; height: number }; hasTouch?: boolean; isMobile?: boolean } } = {},
): Promise<Launched> {
  const ext = options.extension === undefined ? CHROME_BUILD : options.extension;
  if (ext && !existsSync(join(ext, 'manifest.json'))) throw new Error(`No built extension at ${ext}: run npm run build first.`);
  const profile = options.profile ?? mkdtempSync(join(tmpdir(), 'backstory-profile-'));
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-dev-shm-usage',
  ];
  if (ext) args.push(`--disable-extensions-except=${ext}`, `--load-extension=${ext}`);
  args.push(...(options.args ?? []));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args,
    viewport: { width: 1200, height: 900 },
    ...options.device,
  });
  let worker = context.serviceWorkers()[0];
  if (ext && !worker) worker = await context.waitForEvent('serviceworker', { timeout: 60_000 });
  const extensionId = worker ? new URL(worker.url()).host : '';
  return {
    context,
    extensionId,
    worker,
    profile,
    async close(keepProfile = false) {
      await context.close();
      if (!keepProfile) rmSync(profile, { recursive: true, force: true });
    },
  };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface Served {
  url(path: string): string;
  close(): Promise<void>;
}

/** Serves a folder on 127.0.0.1. `headers` adds response headers per path (for CSP tests). */
export async function serve(dir: string, headers: (path: string) => Record<string, string> = () => ({})): Promise<Served> {
  // Absolute, so a relative folder serves its files rather than 404s; only files under it are served
  // (a page that asks for a folder or for ../ gets a 404, and the server stays up).
  const root = resolve(dir);
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(root, path));
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers(path) });
    res.end(readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  return {
    url: (path) => `http://127.0.0.1:${port}/${path.replace(/^\//, '')}`,
    close: () => new Promise((r) => server.close(() => r())),
  };
}
