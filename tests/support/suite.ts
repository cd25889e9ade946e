// One browser and one 127.0.0.1 server for a test file: started before its tests, closed after.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { ROOT, serve, type Served } from '../../harness/browser';

export interface Suite<B> {
  browser: B;
  server: Served;
}

/**
 * `pages` is the folder to serve, or a function that writes the pages into a fresh temporary folder
 * it is given (a generated page, a bundled app); that folder is removed after the tests.
 */
export function useBrowser<B extends { close(): Promise<unknown> }>(
  start: () => Promise<B>,
  pages: string | ((dir: string) => Promise<void> | void) = join(ROOT, 'tests', 'fixtures'),
): Suite<B> {
  const suite = {} as Suite<B>;
  let temp: string | null = null;
  beforeAll(async () => {
    let dir: string;
    if (typeof pages === 'string') dir = pages;
    else await pages((dir = temp = mkdtempSync(join(tmpdir(), 'backstory-pages-'))));
    suite.server = await serve(dir);
    suite.browser = await start();
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.server?.close();
    if (temp) rmSync(temp, { recursive: true, force: true });
  });
  return suite;
}
