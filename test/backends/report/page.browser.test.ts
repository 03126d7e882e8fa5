// The running example's report opened in headless Chromium through playwright-core: the page shows its parts,
// every norm and conflict, loads nothing from the network, and the filter — typed into the box, chosen in the
// selects, or given in the address as a shared link would — shows exactly the norms and conflicts that match.
// Skipped when Chromium is missing, except in CI (CI=true), where it must run.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page } from 'playwright-core';
import { runningExample, visibleText } from './helpers.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
];
const available = existsSync(CHROMIUM);

interface Card {
  id: string;
  kind: string;
  origin: string;
  /** The card's text and its clause's, lower case: what the filter searches. */
  text: string;
}

/** The norm cards of the report as written, each with the text of the clause it stands under. */
function cardsOf(report: string): Card[] {
  return report.split('<div class="clause').slice(1).flatMap((chunk) => {
    const clause = visibleText(/<p class="clause-text">([\s\S]*?)<\/p>/.exec(chunk)?.[1] ?? '');
    return [...chunk.matchAll(/<article class="norm[^"]*" id="([^"]+)" data-kind="(\w+)" data-origin="(\w+)"[^>]*>([\s\S]*?)<\/article>/g)].map((m) => ({
      id: m[1]!, kind: m[2]!, origin: m[3]!, text: `${visibleText(m[4]!)} ${clause}`.toLowerCase(),
    }));
  });
}

/** The conflicts of the report as written: id, the kinds of their norms, their text. */
function conflictsOf(report: string): { id: string; kinds: string; text: string }[] {
  return [...report.matchAll(/<article class="conflict [^"]*" id="([^"]+)" data-kinds="([^"]*)"[^>]*>([\s\S]*?)<\/article>/g)].map((m) => ({
    id: m[1]!, kinds: m[2]!, text: visibleText(m[3]!).toLowerCase(),
  }));
}

const visibleIds = (page: Page, selector: string) => page.locator(`${selector}:visible`).evaluateAll((els) => els.map((e) => e.id));
const byId = (page: Page, id: string) => page.locator(`[id="${id}"]`);

describe(`backends/report in Chromium${available ? '' : ` — skipped: no Chromium at ${CHROMIUM} (set CHROMIUM_PATH)`}`, function () {
  this.timeout(180000);
  let dir = '';
  let url = '';
  let context: BrowserContext | undefined;
  let page: Page;
  let cards: Card[] = [];
  let conflicts: ReturnType<typeof conflictsOf> = [];
  const requests: string[] = [];

  before(async function () {
    if (!available) {
      if (process.env.CI === 'true') throw new Error(`Chromium is required in CI and was not found at ${CHROMIUM} (set CHROMIUM_PATH)`);
      this.skip();
    }
    const { report } = await runningExample();
    cards = cardsOf(report);
    conflicts = conflictsOf(report);
    dir = mkdtempSync(join(tmpdir(), 'regc-report-'));
    writeFileSync(join(dir, 'report.html'), report);
    url = pathToFileURL(join(dir, 'report.html')).href;
    context = await chromium.launchPersistentContext(join(dir, 'profile'), { executablePath: CHROMIUM, headless: true, args: FLAGS, viewport: { width: 1280, height: 900 } });
    context.on('request', (r) => requests.push(r.url()));
    page = context.pages()[0] ?? (await context.newPage());
  });
  after(async () => {
    await context?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('shows its parts, every norm and every conflict, and loads nothing but itself', async () => {
    await page.goto(url);
    assert.equal(await page.locator('h1').innerText(), 'regc compile report');
    for (const heading of ['Summary', 'Global Business Conduct Guidelines', 'Orbis Assist Conduct Policy', `Conflicts (${conflicts.length})`]) {
      assert.ok(await page.getByRole('heading', { name: heading }).first().isVisible(), heading);
    }
    assert.ok(cards.length > 100 && conflicts.length > 10);
    assert.deepEqual(await visibleIds(page, '.norm'), cards.map((c) => c.id));
    assert.deepEqual(await visibleIds(page, '.conflict'), conflicts.map((c) => c.id));
    assert.equal(await byId(page, 'report:filter-count').innerText(), `${cards.length} norms, ${conflicts.length} conflicts`);
    assert.deepEqual(requests.filter((r) => !r.startsWith('file:')), []);
  });

  it('goes to a norm by its anchor', async () => {
    const target = cards.find((c) => c.id === 'orbis-conduct/gift-limits/1/n1')!;
    await page.goto(`${url}#${target.id}`);
    assert.ok(await byId(page, target.id).isVisible());
    const box = await byId(page, target.id).boundingBox();
    const bar = await page.locator('header.topbar').boundingBox();
    assert.ok(box && bar && box.y >= bar.y + bar.height && box.y < page.viewportSize()!.height, `scrolled below the top bar: ${JSON.stringify([box, bar])}`);
  });

  it('filters as the analyst types and chooses, keeps the filter in the address, and clears it with Escape', async () => {
    await page.goto(url);
    const box = byId(page, 'report:filter-text');
    await box.fill('cash');
    await byId(page, 'report:filter-kind').selectOption('prohibition');
    const keep = cards.filter((c) => c.kind === 'prohibition' && c.text.includes('cash'));
    const keepConflicts = conflicts.filter((c) => c.kinds.split(' ').includes('prohibition') && c.text.includes('cash'));
    assert.ok(keep.length > 0 && keep.length < cards.length);
    assert.deepEqual(await visibleIds(page, '.norm'), keep.map((c) => c.id));
    assert.deepEqual(await visibleIds(page, '.conflict'), keepConflicts.map((c) => c.id));
    assert.equal(await byId(page, 'report:filter-count').innerText(), `${keep.length} of ${cards.length} norms, ${keepConflicts.length} of ${conflicts.length} conflicts`);
    assert.match(page.url(), /\?q=cash&kind=prohibition$/);
    assert.ok(!(await page.locator('.clause.empty:visible').count()), 'clauses without a matching norm are hidden');
    await box.press('Escape');
    assert.deepEqual(await visibleIds(page, '.norm'), cards.filter((c) => c.kind === 'prohibition').map((c) => c.id));
    assert.match(page.url(), /\?kind=prohibition$/);
    await byId(page, 'report:filter-kind').selectOption('');
    assert.equal((await visibleIds(page, '.norm')).length, cards.length);
    assert.doesNotMatch(page.url(), /\?/);
  });

  const shouldFilter = (query: string, keep: (c: Card) => boolean, keepConflict: (c: { kinds: string; text: string }) => boolean) =>
    it(`opens filtered by the address ${query}`, async () => {
      await page.goto(url + query);
      const shown = cards.filter(keep);
      const shownConflicts = conflicts.filter(keepConflict);
      assert.deepEqual(await visibleIds(page, '.norm'), shown.map((c) => c.id));
      assert.deepEqual(await visibleIds(page, '.conflict'), shownConflicts.map((c) => c.id));
      assert.equal(await byId(page, 'report:documents-none').isVisible(), shown.length === 0);
      assert.equal(await byId(page, 'report:conflicts-none').isVisible(), shownConflicts.length === 0);
    });
  shouldFilter('?kind=permission', (c) => c.kind === 'permission', (c) => c.kinds.split(' ').includes('permission'));
  shouldFilter('?q=Ethics%20Office&origin=analyst', (c) => c.origin === 'analyst' && c.text.includes('ethics office'), () => false);
  shouldFilter('?q=%3Cscript%3E', () => false, () => false);
});
