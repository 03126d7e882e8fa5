// The running example's report opened in a real browser (headless Chromium): the page parses into the elements
// it was written as, the script runs, and the filter — driven through the address, as a shared link would — hides
// exactly the norms and conflicts that do not match. Skipped when Chromium is missing, except in CI.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runningExample, visibleText } from './helpers.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
];

interface Card {
  id: string;
  kind: string;
  origin: string;
  hidden: boolean;
  /** The card's text and its clause's, lower case: what the filter searches. */
  text: string;
}

/** The DOM after load and scripts, as Chromium serialises it. */
function dumpDom(dir: string, query: string): string {
  const profile = mkdtempSync(join(dir, 'profile-'));
  const url = pathToFileURL(join(dir, 'report.html')).href + query;
  return execFileSync(CHROMIUM, [...FLAGS, `--user-data-dir=${profile}`, '--virtual-time-budget=5000', '--dump-dom', url], {
    encoding: 'utf8', timeout: 60000, maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'],
  });
}

/** Norm cards of the DOM, each with the text of the clause it stands under. */
function cards(dom: string): Card[] {
  return dom.split('<div class="clause').slice(1).flatMap((chunk) => {
    const clause = visibleText(/<p class="clause-text">([\s\S]*?)<\/p>/.exec(chunk)?.[1] ?? '');
    return [...chunk.matchAll(/<article class="norm[^"]*" id="([^"]+)" data-kind="(\w+)" data-origin="(\w+)"[^>]*?( hidden="")?>([\s\S]*?)<\/article>/g)].map((m) => ({
      id: m[1]!, kind: m[2]!, origin: m[3]!, hidden: m[4] !== undefined, text: `${visibleText(m[5]!)} ${clause}`.toLowerCase(),
    }));
  });
}

/** Whether the note "No norm (conflict) matches the filter" is shown. */
const noteShown = (dom: string, part: string) => /^<p [^>]*>/.exec(dom.slice(dom.indexOf(`<p id="report:${part}-none"`)))![0].includes('hidden') === false;
const filterCount = (dom: string) => /id="report:filter-count"[^>]*>([^<]*)</.exec(dom)?.[1];

const available = existsSync(CHROMIUM);

describe(`backends/report in Chromium${available ? '' : ` — skipped: no Chromium at ${CHROMIUM} (set CHROMIUM_PATH)`}`, function () {
  this.timeout(180000);
  let dir = '';
  let norms = 0;
  let conflicts = 0;

  before(async function () {
    if (!available) {
      if (process.env.CI === 'true') throw new Error(`Chromium is required in CI and was not found at ${CHROMIUM} (set CHROMIUM_PATH)`);
      this.skip();
    }
    const { report } = await runningExample();
    dir = mkdtempSync(join(tmpdir(), 'regc-report-'));
    writeFileSync(join(dir, 'report.html'), report);
    norms = report.split('<article class="norm ').length - 1;
    conflicts = report.split('<article class="conflict ').length - 1;
  });
  after(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('shows every part, every norm and every conflict when nothing is filtered', () => {
    const dom = dumpDom(dir, '');
    const text = visibleText(dom);
    for (const part of ['Summary', 'Global Business Conduct Guidelines', 'Orbis Assist Conduct Policy', 'Conflicts (13)', 'Diagnostics (']) assert.ok(text.includes(part), part);
    const all = cards(dom);
    assert.equal(all.length, norms, 'the browser parsed one card per norm, each under its clause');
    assert.deepEqual(all.filter((c) => c.hidden).map((c) => c.id), []);
    assert.equal(filterCount(dom), `${norms} norms, ${conflicts} conflicts`);
    assert.doesNotMatch(dom, /<article class="conflict[^>]* hidden=""/);
    assert.deepEqual([noteShown(dom, 'documents'), noteShown(dom, 'conflicts')], [false, false]);
  });

  const shouldFilter = (query: string, keep: (c: Card) => boolean, keepConflict: (html: string) => boolean) =>
    it(`filters by ${query}`, () => {
      const dom = dumpDom(dir, query);
      const all = cards(dom);
      const shown = all.filter((c) => !c.hidden);
      assert.ok(shown.length < all.length, `${shown.length} of ${all.length}`);
      assert.deepEqual(shown.map((c) => c.id), all.filter(keep).map((c) => c.id));
      const conflictCards = [...dom.matchAll(/<article class="conflict[^>]*?( hidden="")?>([\s\S]*?)<\/article>/g)];
      const shownConflicts = conflictCards.filter((m) => m[1] === undefined);
      assert.deepEqual(shownConflicts.map((m) => m[0].slice(0, 200)), conflictCards.filter((m) => keepConflict(m[0])).map((m) => m[0].slice(0, 200)));
      assert.equal(filterCount(dom), `${shown.length} of ${norms} norms, ${shownConflicts.length} of ${conflicts} conflicts`);
      assert.deepEqual([noteShown(dom, 'documents'), noteShown(dom, 'conflicts')], [shown.length === 0, shownConflicts.length === 0]);
    });

  shouldFilter('?q=cash&kind=prohibition', (c) => c.kind === 'prohibition' && c.text.includes('cash'), (html) => /data-kinds="[^"]*prohibition/.test(html) && visibleText(html).toLowerCase().includes('cash'));
  shouldFilter('?kind=permission', (c) => c.kind === 'permission', (html) => /data-kinds="[^"]*permission/.test(html));
  shouldFilter('?q=Ethics%20Office&origin=analyst', (c) => c.origin === 'analyst' && c.text.includes('ethics office'), (html) => /data-origins="[^"]*analyst/.test(html) && visibleText(html).toLowerCase().includes('ethics office'));
  shouldFilter('?q=%3Cscript%3E', () => false, () => false);
});
