// One browser and one 127.0.0.1 server for a test file: started before its tests, closed after.
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { ROOT, serve, type Served } from './browser';

export interface Suite<B> {
  browser: B;
  server: Served;
}

export function useBrowser<B extends { close(): Promise<unknown> }>(start: () => Promise<B>, dir = join(ROOT, 'tests', 'fixtures')): Suite<B> {
  const suite = {} as Suite<B>;
  beforeAll(async () => {
    suite.server = await serve(dir);
    suite.browser = await start();
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.server?.close();
  });
  return suite;
}
