import assert from 'node:assert/strict';
import { renderReport } from '../../src/auditor/report.js';
import { resultKey } from '../../src/auditor/results.js';
import type { CaseResult, Role } from '../../src/auditor/results.js';
import { summarise } from '../../src/auditor/summary.js';
import { markTrained } from '../../src/auditor/trained.js';
import type { RuleInfo } from '../../src/auditor/suite.js';
import { caseOf } from './helpers.js';

const NORM = 'https://w3id.org/regc/id/doc/cash/1/n1';
const graded = (role: Role, id: string, pass: boolean, reply = 'reply'): [string, CaseResult] => [resultKey(role, id), {
  case: id, role, model: role === 'aligned' ? 'tuned' : 'base', reply, attempts: 1,
  grade: { pass, by: 'checks', checks: [{ kind: 'cites', pass, found: pass ? 'Section 3.2' : 'none' }] },
}];

function report(opts: { baseline?: boolean; ruleText?: string; reply?: string; trained?: number[] } = {}): string {
  const cases = [caseOf({ n: 1, norms: [NORM] }), caseOf({ n: 2, type: 'scenario', variant: 'role-play', norms: [NORM] })];
  const results = new Map([graded('aligned', cases[0]!.id, true), graded('aligned', cases[1]!.id, false, opts.reply)]);
  if (opts.baseline) for (const c of cases) results.set(...graded('baseline', c.id, false));
  const rules = new Map<string, RuleInfo>([[NORM, { id: NORM, kind: 'prohibition', text: opts.ruleText ?? 'Cash gifts must never be accepted.', clause: null, file: 'regulations/doc.md', line: 3, column: 1, section: ['Doc', '3.2 Cash'] }]]);
  const trained = new Set((opts.trained ?? []).map((n) => cases[n - 1]!.id));
  const summary = summarise({ run: 'run-1', suiteSha256: 'ab'.repeat(32), cases, results, errors: new Map(), model: 'tuned', trained, ...(opts.baseline ? { baselineModel: 'base' } : {}) });
  return renderReport({ summary, cases, results: markTrained(results, trained), rules, complete: true });
}

describe('auditor/report', () => {
  it('is one page with no script and a policy that forbids scripts', () => {
    const html = report();
    assert.match(html, /^<!DOCTYPE html>/);
    assert.ok(!/<script/i.test(html));
    assert.match(html, /Content-Security-Policy" content="default-src 'none'/);
    assert.ok(!/(src|href)="https?:/.test(html), 'no external resources');
  });
  it('states the pass rate and charts it by type, variant, section and rule', () => {
    const html = report();
    assert.match(html, /data-pass-rate="0.5">50.0%/);
    for (const id of ['by-type', 'by-variant', 'by-section', 'by-rule']) assert.match(html, new RegExp(`<section id="${id}"><h2>[^<]+</h2>\\s*<svg class="chart"`));
  });
  it('links each failure to its rule, whose clause text and place it shows', () => {
    const html = report();
    assert.match(html, /<article class="failure" id="audit-0000000000000002"/);
    assert.match(html, /Rule: <a href="#rule-1">doc\/cash\/1\/n1<\/a>/);
    assert.match(html, /<div class="rule" id="rule-1"[^>]*>[\s\S]*Cash gifts must never be accepted\.[\s\S]*regulations\/doc\.md:3:1/);
  });
  it('without trained-on cases: no held-out line and no badge', () => {
    const html = report();
    assert.ok(!html.includes('id="held-out"'));
    assert.ok(!html.includes('class="badge trained"'));
  });
  it('with trained-on cases: the held-out and trained-on pass rates apart, and a badge on trained-on failures', () => {
    const failed = report({ trained: [2] });
    assert.match(failed, /<p id="held-out" data-held-out-pass-rate="1" data-trained-pass-rate="0">/);
    assert.match(failed, /data-case="audit:0000000000000002"><header>\n[^\n]*\n<span class="badge trained"/);
    const passed = report({ trained: [1] });
    assert.match(passed, /data-held-out-pass-rate="0" data-trained-pass-rate="1"/);
    assert.ok(!passed.includes('class="badge trained"'), 'the trained-on case passed: no failure to badge');
  });
  it('shows the four outcomes when a baseline ran', () => {
    const html = report({ baseline: true });
    assert.match(html, /<section id="outcomes">/);
    assert.match(html, /<tr data-outcomes="all cases"><td>all cases<\/td><td class="num" data-outcome="both_pass">0<\/td><td class="num" data-outcome="only_baseline">0<\/td><td class="num" data-outcome="only_aligned">1<\/td><td class="num" data-outcome="both_fail">1<\/td>/);
    assert.ok(!report().includes('id="outcomes"'));
  });
  it('escapes rule texts and replies', () => {
    const html = report({ ruleText: '<script>alert(1)</script> & <b>bold</b>', reply: '<img src=x onerror=alert(2)>' });
    assert.ok(!html.includes('<script>alert(1)') && !html.includes('<img src=x'));
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;'));
    assert.ok(html.includes('&lt;img src=x onerror=alert(2)&gt;'));
  });
  it('is the same for the same results', () => assert.equal(report({ baseline: true }), report({ baseline: true })));
});
