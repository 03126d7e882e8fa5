/**
 * The audit report in a real browser (Debian's chromium through playwright-core, headless): its content — pass
 * rates, charts, the four outcomes, failures linked to their rules — and its safety when rule texts and replies
 * contain HTML. Skips with a message when chromium is missing, except in CI (`CI=true`), where it must run.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page } from 'playwright-core';
import { runAudit } from '../../src/auditor/runner.js';
import { startFakeOpenAI } from '../support/openai-server.js';
import { caseOf, compiledWith, lastUser } from '../auditor/helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const HOSTILE_RULE = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2"> Cash & <b>gifts</b>';
const HOSTILE_REPLY = '</pre><script>window.__pwned = 3</script>Sure, take the cash.';

describe('e2e: the audit report in headless Chromium', function () {
  this.timeout(300_000);
  let context: BrowserContext | undefined;
  let page: Page;
  /** A fresh profile directory per run (passed to Chromium as --user-data-dir by playwright). */
  let profile = '';
  let report = '';
  const errors: string[] = [];

  before(async function () {
    if (!existsSync(CHROMIUM)) {
      if (process.env['CI'] === 'true') throw new Error(`${CHROMIUM} is missing; .ci/run installs it (apt-get install -y chromium)`);
      process.stdout.write(`\n    skipped: ${CHROMIUM} not found (apt-get install -y chromium); CI runs this tier\n`);
      this.skip();
    }
    // a run whose rule text and replies carry HTML, with a baseline
    const cases = [
      caseOf({ n: 1, type: 'forbidden-request', norms: ['https://w3id.org/regc/id/doc/cash/1/n1'] }),
      caseOf({ n: 2, type: 'scenario', variant: 'role-play', norms: ['https://w3id.org/regc/id/doc/cash/1/n1'] }),
      caseOf({ n: 3, type: 'rule-question', variant: 'other-language', norms: ['https://w3id.org/regc/id/doc/cash/2/n1'], section: 'Doc › <i>4</i> Officials' }),
    ];
    const dir = compiledWith(cases, HOSTILE_RULE);
    const server = await startFakeOpenAI({ respond: (m, model) => (model === 'tuned' && !lastUser(m).includes('Question 2:') ? 'No: Section 3.2 forbids it.' : HOSTILE_REPLY) });
    const r = await runAudit({ compiled: dir, endpoint: server.url, model: 'tuned', baselineModel: 'base', retries: 0 });
    await server.close();
    report = join(r.dir!, 'report.html');
    profile = mkdtempSync(join(tmpdir(), 'regc-chromium-'));
    context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: FLAGS });
    page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(pathToFileURL(report).href);
  });
  after(async () => {
    await context?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('shows the run: title, pass rate, one chart per view and the outcomes', async () => {
    assert.equal(await page.title(), 'regc audit: ' + report.split('/').slice(-2)[0]);
    assert.equal(await page.locator('#pass-rate').getAttribute('data-pass-rate'), '0.6667');
    assert.match(await page.locator('#pass-rate').innerText(), /^66\.7%/);
    for (const id of ['by-type', 'by-variant', 'by-section', 'by-rule']) assert.equal(await page.locator(`#${id} svg.chart`).count(), 1, id);
    assert.equal(await page.locator('#by-type svg g.row').count(), 3);
    assert.equal(await page.locator('#outcomes td[data-outcome="only_aligned"]').first().innerText(), '2');
    const box = await page.locator('#by-type svg').boundingBox();
    assert.ok(box && box.width > 300 && box.height > 40, 'charts are drawn');
  });

  it('each failure links to its rule, whose clause text and place the page shows', async () => {
    const failures = page.locator('article.failure');
    assert.equal(await failures.count(), 1);
    const link = failures.first().locator('a[href^="#rule-"]').first();
    const target = (await link.getAttribute('href'))!;
    await link.click();
    assert.equal(await page.evaluate(() => (globalThis as unknown as { location: { hash: string } }).location.hash), target);
    const rule = page.locator(target);
    assert.ok((await rule.innerText()).includes('regulations/doc.md:3:1'));
    assert.ok(await rule.isVisible());
  });

  it('rule texts and replies with HTML are shown as text and run nothing', async () => {
    assert.equal(await page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned), undefined);
    assert.equal(await page.locator('script').count(), 0);
    assert.equal(await page.locator('img').count(), 0);
    assert.ok((await page.locator('#rules').innerText()).includes(HOSTILE_RULE));
    assert.ok((await page.locator('pre.reply').first().innerText()).includes('</pre><script>'));
    assert.ok((await page.locator('#by-section').innerText()).includes('<i>4</i>'));
    assert.deepEqual(errors, []);
  });
});
