// The core flow in real Chromium with the built extension: highlights on the seed article, the page
// left as it was, the tooltip on hover, the popup's page terms, and the per-site switch.
import { describe, expect, it } from 'vitest';
import { launch } from '../../harness/browser';
import { useBrowser } from '../support/suite';
import { highlightCount, highlightTexts, hover, shotOf, openPopup, recordOriginal, serialisations, tooltipTitle } from '../../harness/page';

const suite = useBrowser(() => launch());

async function openSeed() {
  const page = await suite.browser.context.newPage();
  await recordOriginal(page);
  await page.goto(suite.server.url('seed-article.html'));
  await expect.poll(() => highlightCount(page), { timeout: 10_000 }).toBeGreaterThan(5);
  return page;
}

describe('Backstory in Chromium', () => {
  it('marks the seed article without changing its DOM', async () => {
    const page = await openSeed();
    const texts = await highlightTexts(page);
    expect(texts).toContain('nuclear arms race');
    expect(texts).toContain('APEC');
    await hover(page, 'APEC');
    await tooltipTitle(page);
    const { before, now } = await serialisations(page);
    expect(before.length).toBeGreaterThan(10_000);
    expect(now).toBe(before);
    await page.close();
  });

  it('shows the right card on hover and closes it on Escape', async () => {
    const page = await openSeed();
    await hover(page, 'nuclear arms race');
    expect(await tooltipTitle(page)).toBe('Arms race');
    await expect.poll(() => page.locator('backstory-root a', { hasText: 'Read more on Wikipedia' }).getAttribute('href')).toBe(
      'https://en.wikipedia.org/wiki/Arms_race',
    );
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('backstory-root h2').count()).toBe(0);
    await page.close();
  });

  it('lists the page terms in the popup and switches the site off, remembered after reload', async () => {
    const page = await openSeed();
    const popup = await openPopup(suite.browser.context, suite.browser.worker, suite.browser.extensionId, page);
    const onPage = popup.locator('section[aria-labelledby="on-page"] .title');
    await expect.poll(() => onPage.allTextContents()).toContain('Arms race');
    expect(await onPage.allTextContents()).toContain('Asia-Pacific Economic Cooperation');

    const marked = await shotOf(page, 'APEC');
    await popup.getByRole('button', { name: 'On for 127.0.0.1' }).click();
    await expect.poll(() => highlightCount(page)).toBe(0);
    // The mark is painted, and gone from the screen once off.
    await expect.poll(async () => (await page.screenshot({ clip: marked.clip })).equals(marked.image)).toBe(false);
    await popup.getByRole('button', { name: 'Off for 127.0.0.1' }).waitFor();
    await page.reload();
    await page.waitForLoadState('load');
    await page.waitForTimeout(1000);
    expect(await highlightCount(page)).toBe(0);

    await popup.getByRole('button', { name: 'Off for 127.0.0.1' }).click();
    await expect.poll(() => highlightCount(page), { timeout: 10_000 }).toBeGreaterThan(5);
    await popup.close();
    await page.close();
  });
});
