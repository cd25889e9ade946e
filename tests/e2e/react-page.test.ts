// A framework page: server-rendered markup hydrated by a React app, then state updates that
// re-render the text around marked terms, a term replaced by another, and the list re-ordered. The
// app keeps working with no framework error, and the highlights follow the new text.
import { describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launch, ROOT } from '../../harness/browser';
import { useBrowser } from '../support/suite';
import { highlightTexts, MARKS, recordOriginal, serialisations } from '../../harness/page';

const SOURCE = join(ROOT, 'tests', 'fixtures', 'react');
/** Real React when installed; otherwise preact/compat stands in for it with the same API. */
const HAS_REACT = existsSync(join(ROOT, 'node_modules', 'react-dom', 'client.js'));
const COMPAT = {
  react: 'preact/compat',
  'react-dom': 'preact/compat',
  'react-dom/client': 'preact/compat/client',
  'react/jsx-runtime': 'preact/jsx-runtime',
};
/** Backstory rescans 250 ms after the page changes; a re-render is seen well within this. */
const FOLLOW_MS = 5000;

// The app, bundled into the folder the test serves.
const suite = useBrowser(launch, async (out) => {
  await build({
    entryPoints: [join(SOURCE, 'app.jsx')],
    bundle: true,
    outfile: join(out, 'app.js'),
    format: 'iife',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"development"' },
    alias: HAS_REACT ? {} : COMPAT,
    logLevel: 'silent',
  });
  copyFileSync(join(SOURCE, 'index.html'), join(out, 'index.html'));
});

/** The app's list items, in order, as the reader sees them. */
const items = (page: Page) => page.locator('#root li').allTextContents();
const act = (page: Page, what: 'update' | 'replace' | 'reorder' | 'next') =>
  page.evaluate((w) => (window as unknown as { __app: Record<string, () => void> }).__app[w](), what);

describe(`a ${HAS_REACT ? 'React' : 'preact/compat (React API)'} page`, () => {
  it('hydrates, re-renders and re-orders with no framework error, and the highlights follow the text', async () => {
    const page = await suite.browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && errors.push(m.text()));
    await recordOriginal(page);
    await page.goto(suite.server.url('index.html'));

    // Server-rendered text is marked before the app takes over.
    await expect.poll(() => highlightTexts(page), { timeout: 10_000 }).toEqual(['New START treaty', 'APEC', 'Minsk agreements']);
    // Hydration adopts the server's nodes: nothing for it to trip over, and the marks stay.
    await page.evaluate(() => (window as unknown as { __hydrate(): void }).__hydrate());
    await act(page, 'next');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Morning briefing, edition 2');
    expect(await highlightTexts(page)).toEqual(['New START treaty', 'APEC', 'Minsk agreements']);

    // The text around a marked term re-renders: the mark is found again in the new text.
    await act(page, 'update');
    const updated = 'On Tuesday, trade ministers at the APEC meetings agreed to study export controls.';
    await expect.poll(() => items(page)).toContain(updated);
    await expect
      .poll(() => page.evaluate((name) => [...(CSS.highlights.get(name) as unknown as Set<Range>)].map((r) => `${r.toString()}@${r.startOffset}`), MARKS), {
        timeout: FOLLOW_MS,
      })
      .toContain(`APEC@${updated.indexOf('APEC')}`);

    // A marked term is replaced by another.
    await act(page, 'replace');
    await expect.poll(() => highlightTexts(page), { timeout: FOLLOW_MS }).toEqual(['Abraham Accords', 'APEC', 'Minsk agreements']);

    // The list is re-ordered: the marks follow the new reading order.
    await act(page, 'reorder');
    await expect.poll(() => items(page)).toEqual([
      'Diplomats recalled the Minsk agreements, signed but never carried out.',
      'On Tuesday, trade ministers at the APEC meetings agreed to study export controls.',
      'Negotiators in Geneva discussed how the Abraham Accords came about.',
    ]);
    await expect.poll(() => highlightTexts(page), { timeout: FOLLOW_MS }).toEqual(['Minsk agreements', 'APEC', 'Abraham Accords']);

    // Every mark sits on text that is in the page now (none left on removed nodes).
    const detached = await page.evaluate((name) => [...(CSS.highlights.get(name) as unknown as Set<Range>)].filter((r) => !r.startContainer.isConnected).length, MARKS);
    expect(detached).toBe(0);
    expect(errors).toEqual([]);
    // Backstory added nothing to the app's tree: what differs from the first load is the app's own doing.
    const { now } = await serialisations(page);
    expect(now).not.toContain('backstory-mark');
    await page.close();
  });
});
