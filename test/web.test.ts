/**
 * The web UI in a real headless Chromium (Debian's, driven by playwright-core; never a browser download),
 * against `serve()` on an ephemeral port over a temporary database holding the sample corpus and, when
 * ../shared is there, the seed articles. Clicks home → event → entity → article and asserts what each page
 * shows; saves a screenshot of each page at laptop and phone width under test-output/screenshots/.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { serve } from '../src/api/server.js';
import { ingestPaths } from '../src/ingest/batch.js';
import { repoPath } from '../src/pipeline/paths.js';
import { SqliteStore } from '../src/store/sqlite/store.js';
import { sharedDir } from './helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const SHOTS = resolve('test-output', 'screenshots');
const TOKEN = 'web-test-token';
const VIEWPORTS = { laptop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } } as const;

/** Waits until the page for the current hash has rendered (the app marks <main> when it is done). */
async function ready(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const m = document.getElementById('main');
    return m?.getAttribute('aria-busy') === 'false' && m.dataset['ready'] === (location.hash.replace(/^#/, '') || '/');
  });
  assert.notEqual(await page.textContent('main h1'), 'Something went wrong', await page.textContent('main') ?? '');
}

/** A full-page screenshot at both widths; the page is left at laptop width. */
async function shoot(page: Page, name: string): Promise<void> {
  for (const [width, size] of Object.entries(VIEWPORTS)) {
    await page.setViewportSize(size);
    await page.screenshot({ path: join(SHOTS, `${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize(VIEWPORTS.laptop);
}

test('web UI: home → event → entity → article in Chromium, with screenshots', { skip: existsSync(CHROMIUM) ? false : `no ${CHROMIUM} (apt-get install chromium) — the browser test is skipped` }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-web-'));
  const store = new SqliteStore(join(dir, 'web.db'));
  const seeds = sharedDir('seeds');
  const summary = await ingestPaths([repoPath('samples'), ...(seeds ? [seeds] : [])], store, {});
  assert.ok(summary.ingested >= 7, JSON.stringify(summary.failed));
  const server = await serve({ store, token: TOKEN, port: 0, lastIngest: summary.ids });
  let browser: Browser | null = null;
  mkdirSync(SHOTS, { recursive: true });
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    const page = await browser.newPage({ viewport: VIEWPORTS.laptop });
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => void (m.type() === 'error' && problems.push(`console: ${m.text()}`)));

    // Home: storylines, latest events, what the last ingest changed.
    await page.goto(`${server.url}/`);
    await ready(page);
    assert.equal(await page.textContent('main h1'), 'Briefing');
    assert.ok(await page.locator('main h3', { hasText: /^Storyline 1:/ }).count() > 0);
    assert.match(await page.locator('section', { hasText: 'What changed since the last ingest' }).innerText(), /articles? added/);
    assert.ok(await page.locator('.outlet', { hasText: 'Meridian' }).count() > 0, 'the sample outlets are listed');
    await shoot(page, 'home');

    // Home → event: the first of the latest events, by its link.
    await page.locator('section', { hasText: 'Latest events' }).locator('a').first().click();
    await ready(page);
    assert.match(page.url(), /#\/event\/ev\d+$/);
    assert.ok(await page.locator('.report').count() >= 1, 'at least one report card');
    assert.ok(await page.locator('table th', { hasText: 'fact' }).count() === 1, 'the coverage matrix');

    // A rewrite's report is shown beside its source and marked derived: the sample wire story and its rewrite.
    await page.goto(`${server.url}/#/timeline`);
    await ready(page);
    await page.fill('input[name="entity"]', 'Ingrid Solberg-Hauge');
    await page.click('form.filters button[type="submit"]');
    await ready(page);
    assert.match(page.url(), /entity=Ingrid\+Solberg-Hauge/);
    assert.ok(await page.locator('svg.chart a.mark').count() > 0, 'events on the time axis');
    assert.ok(await page.locator('svg.chart a.mark.planned').count() > 0, 'planned events drawn apart from occurred ones');
    const before = await page.locator('svg.chart a.mark').count();
    await page.click('button[aria-label="Zoom in"]');
    assert.ok(await page.locator('svg.chart a.mark').count() <= before, 'zooming in shows a narrower span');
    await shoot(page, 'timeline');
    await page.goto(`${server.url}/#/timeline?entity=Odhiambo`);
    await ready(page);
    const derivedEvent = await findEvent(page, server.url, (ev) => ev.participants.includes('Ingrid Solberg-Hauge') && ev.reports.length >= 2 && ev.reports.some((r) => r.derivedFrom && ev.reports.some((s) => s.article.id === r.derivedFrom!.id)));
    assert.ok(derivedEvent, 'a sample event with Ingrid Solberg-Hauge reported by a wire and by its rewrite');
    await page.locator(`a[href="#/event/${derivedEvent}"]`).first().click();
    await ready(page);
    const derivedCard = page.locator('.report.derived').first();
    assert.equal(await derivedCard.locator('.badge.derived').innerText().then((t) => t.toLowerCase()), 'derived');
    assert.match(await derivedCard.innerText(), /Retells/);
    await shoot(page, 'event');

    // Event → entity: a participant's page with offices over time, meetings and whom they meet most.
    await page.locator('main > p a[href^="#/entity/"]', { hasText: 'Ingrid Solberg-Hauge' }).first().click();
    await ready(page);
    assert.equal(await page.textContent('main h1'), 'Ingrid Solberg-Hauge');
    assert.match(await page.locator('ul.offices').innerText(), /Foreign Minister of Norway/);
    assert.ok(await page.locator('svg.bars rect.bar').count() > 0, 'offices drawn on a time axis');
    assert.ok(await page.locator('section', { hasText: 'Meets most' }).locator('a').count() > 0);
    await shoot(page, 'entity');

    // Entity → article: highlighted text, provenance on hover, the removed furniture behind a toggle.
    await page.locator('section', { hasText: /^Articles/ }).locator('a[href^="#/article/"]').first().click();
    await ready(page);
    assert.ok(await page.locator('.article-text .hl-entity').count() > 0, 'entities highlighted');
    await page.locator('.article-text .hl-entity').first().hover();
    assert.match(await page.locator('.prov').innerText(), /stage/);
    const removed = page.locator('details.removed');
    assert.equal(await removed.evaluate((d) => (d as HTMLDetailsElement).open), false);
    await removed.locator('summary').click();
    assert.equal(await removed.evaluate((d) => (d as HTMLDetailsElement).open), true);
    await page.uncheck('fieldset.layers input >> nth=0');
    assert.equal(await page.locator('.article-text.show-entity').count(), 0, 'a highlight layer can be switched off');
    await shoot(page, 'article');

    if (seeds) await seedPages(page, server.url);

    for (const [hash, name] of [['#/graph', 'graph'], ['#/map', 'map'], ['#/search?q=fisheries', 'search']] as const) {
      await page.goto(`${server.url}/${hash}`);
      await ready(page);
      await shoot(page, name);
    }
    assert.ok(await page.locator('main li a[href^="#/article/"]').count() > 0, 'search finds the fisheries articles');

    // Ingest by upload with the pasted token; the article's text stays text, never markup.
    await page.goto(`${server.url}/#/ingest`);
    await ready(page);
    await page.fill('#token', TOKEN);
    await page.dispatchEvent('#token', 'change');
    const hostile = 'HARBOURTOWN, May 2 -- The council met <img src=x onerror="window.__pwned=1"> on Friday to approve the <b>ferry</b> budget, a spokesman said.\n';
    await page.setInputFiles('#files', { name: 'hostile.txt', mimeType: 'text/plain', buffer: Buffer.from(hostile) });
    await page.locator('main li', { hasText: 'ingested 1' }).waitFor();
    assert.equal(await page.evaluate(() => sessionStorage.getItem('parallax-token')), TOKEN);
    await shoot(page, 'ingest');
    await page.locator('main li', { hasText: 'ingested 1' }).locator('a').first().click();
    await ready(page);
    assert.match(await page.locator('.article-text').innerText(), /<img src=x onerror="window.__pwned=1">/);
    assert.equal(await page.locator('main img, main b').count(), 0, 'no element made from article text');
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);

    // Keyboard: on a fresh load the skip link comes first, then the navigation; a link opens by Enter.
    await page.goto('about:blank');
    await page.goto(`${server.url}/#/`);
    await ready(page);
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Skip to content');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Timeline');
    await page.keyboard.press('Enter');
    await ready(page);
    assert.equal(await page.textContent('main h1'), 'Timeline');
    assert.deepEqual(problems, []);
  } finally {
    await browser?.close();
    await server.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

interface EventDetail { participants: string[]; reports: Array<{ article: { id: string }; derivedFrom: { id: string } | null }> }

/** The first linked event on the current timeline page whose detail passes `want`. */
async function findEvent(page: Page, base: string, want: (ev: EventDetail) => boolean): Promise<string | null> {
  const ids = await page.locator('main a[href^="#/event/"]').evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute('href')!.slice('#/event/'.length)))]);
  for (const id of ids) {
    const ev = (await (await fetch(`${base}/api/timeline/${id}`)).json()) as EventDetail;
    if (want(ev)) return id;
  }
  return null;
}

/** The seeds' storyline: the 2024 Wang Yi–Shoigu meeting told by Xinhua and by a rewrite; the offices over time. */
async function seedPages(page: Page, base: string): Promise<void> {
  await page.goto(`${base}/#/timeline?entity=Shoigu`);
  await ready(page);
  const meeting = page.locator('main li.event-item', { hasText: /meet: .*Wang Yi/ }).filter({ hasText: '2024-09-10' });
  await meeting.locator('a').first().click();
  await ready(page);
  const cards = page.locator('.report');
  assert.equal(await cards.count(), 2, 'Xinhua and the rewrite side by side');
  const source = page.locator('.report:not(.derived)');
  assert.equal(await source.count(), 1);
  assert.equal(await source.locator('.outlet').first().innerText(), 'Xinhua', 'Xinhua is the source');
  const rewrite = page.locator('.report.derived');
  assert.equal(await rewrite.count(), 1, 'the rewrite is marked derived');
  assert.match(await rewrite.locator('.derived-from').innerText(), /Retells\s+Xinhua/);
  const [first, second] = await cards.evaluateAll((els) => els.map((e) => e.getBoundingClientRect()));
  assert.ok(Math.abs(first!.top - second!.top) < 2 && second!.left > first!.right, 'the two reports sit side by side at laptop width');
  await shoot(page, 'seed-event');

  await page.locator('main > p a', { hasText: 'Wang Yi' }).click();
  await ready(page);
  const offices = await page.locator('ul.offices li').allInnerTexts();
  assert.ok(offices.some((o) => /^Foreign Minister of China 2023-09(-\d\d)? – 2024-09/.test(o)), offices.join('\n'));
  assert.ok(offices.some((o) => /Director of the Office of the Central Commission for Foreign Affairs as of 2024-09-10/.test(o)));
  await shoot(page, 'seed-entity');

  await page.goto(`${base}/#/entity/${encodeURIComponent('Sergei Shoigu')}`);
  await ready(page);
  await page.locator('ul.offices a', { hasText: 'Secretary of the Security Council of Russia' }).click();
  await ready(page);
  const holders = await page.locator('ol.holders li').allInnerTexts();
  assert.match(holders[0] ?? '', /^Nikolai Patrushev as of 2023-02-22/);
  assert.match(holders[1] ?? '', /^Sergei Shoigu 2024-09 – 2024-09-10/);
  await shoot(page, 'seed-office');
}
