// Backstory on pages with a strict Content-Security-Policy, and with Trusted Types enforced: the
// highlights appear, the card opens styled, the page's own script runs, and Backstory causes no
// policy violation. Each test ends by breaking the policy on purpose from the page, which proves the
// policy is in force and that the violation listener would have caught Backstory.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, serve, ROOT, type Launched, type Served } from '../../harness/browser';
import { HOST, highlightCount, highlightTexts, hover, tooltipTitle } from '../../harness/page';

const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";
const POLICIES: Record<string, string> = {
  csp: STRICT_CSP,
  tt: `${STRICT_CSP}; require-trusted-types-for 'script'; trusted-types page`,
};

interface Violation {
  directive: string;
  blocked: string;
  source: string;
}

let browser: Launched;
const servers: Record<string, Served> = {};

beforeAll(async () => {
  // One server per policy, each sending its header with every file of the folder.
  for (const [name, policy] of Object.entries(POLICIES)) {
    servers[name] = await serve(`${ROOT}/tests/fixtures/strict`, () => ({ 'content-security-policy': policy }));
  }
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await Promise.all(Object.values(servers).map((s) => s.close()));
});

/** Records every policy violation the page sees, from before any script (Backstory's included) runs. */
async function open(policy: string): Promise<{ page: Page; errors: string[]; violations: () => Promise<Violation[]> }> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.addInitScript(() => {
    const seen: Violation[] = [];
    (window as unknown as { __violations: Violation[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push({ directive: e.effectiveDirective, blocked: e.blockedURI, source: e.sourceFile }),
    );
  });
  await page.goto(servers[policy].url('article.html'));
  const violations = () => page.evaluate(() => (window as unknown as { __violations: Violation[] }).__violations);
  return { page, errors, violations };
}

async function worksFully(page: Page): Promise<void> {
  await expect.poll(() => highlightCount(page), { timeout: 10_000 }).toBeGreaterThanOrEqual(3);
  expect(await page.locator('#marker').textContent()).toBe('The page script ran.');
  const term = (await highlightTexts(page)).find((t) => t.startsWith('New START'));
  expect(term).toBeDefined();
  await hover(page, term!);
  expect(await tooltipTitle(page)).toMatch(/New START/);
  // The card's constructed stylesheet applied (a strict style-src must not strip it).
  const radius = await page.locator(`${HOST} .card`).evaluate((el) => getComputedStyle(el).borderTopLeftRadius);
  expect(radius).toBe('10px');
}

describe('strict pages', () => {
  it(`works under "${STRICT_CSP}" with no violation`, async () => {
    const { page, errors, violations } = await open('csp');
    await worksFully(page);
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);

    // Now break the policy on purpose: an inline script and an inline style are blocked and reported.
    const ran = await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__inline = true';
      document.body.append(s);
      const st = document.createElement('style');
      st.textContent = 'body { color: red }';
      document.head.append(st);
      return (window as unknown as { __inline?: boolean }).__inline === true;
    });
    expect(ran).toBe(false);
    await expect.poll(async () => (await violations()).map((v) => v.directive).sort()).toEqual(['script-src-elem', 'style-src-elem']);
    await page.close();
  });

  it('works with Trusted Types enforced, with no violation', async () => {
    const { page, errors, violations } = await open('tt');
    await worksFully(page);
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);

    // An HTML string assigned to a sink without a policy is refused and reported.
    const outcome = await page.evaluate(() => {
      try {
        document.createElement('div').innerHTML = '<b>x</b>';
        return 'allowed';
      } catch (e) {
        return (e as Error).name;
      }
    });
    expect(outcome).toBe('TypeError');
    await expect.poll(async () => (await violations()).map((v) => v.directive)).toEqual(['require-trusted-types-for']);
    await page.close();
  });
});
