// The local server that tests, tools and benchmarks load saved pages from (harness/browser.ts): it
// serves the files under its folder, however the folder is named, and a 404 for anything else
// without falling over (a saved page may ask it for a folder).
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serve } from '../../harness/browser';

describe('serve', () => {
  it('serves the files under a folder given by a relative path, and 404s for folders and what is outside it', async () => {
    const fixtures = relative(process.cwd(), `${import.meta.dirname}/../fixtures`);
    const s = await serve(fixtures);
    try {
      const page = await fetch(s.url('experience/shadow.html'));
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toContain('text/html');
      expect(await page.text()).toContain('<story-body>');
      for (const path of ['experience', 'experience/', 'nothing-here.html', '%2e%2e/unit/serve.test.ts']) expect((await fetch(s.url(path))).status, path).toBe(404);
      expect((await fetch(s.url('experience/shadow.html'))).status).toBe(200); // still up
    } finally {
      await s.close();
    }
  });
});
