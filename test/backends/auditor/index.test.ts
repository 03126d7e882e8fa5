import assert from 'node:assert/strict';
import { emitAuditor, createAuditorBackend, AUDITOR_FILES } from '../../../src/backends/auditor/index.js';
import { CASE_TYPES, VARIANTS, caseSchema, inspectSampleSchema } from '../../../src/backends/auditor/schema.js';
import type { AuditCase, FeedbackRecord } from '../../../src/backends/auditor/schema.js';
import { parse } from 'yaml';
import { runningExample } from './fixture.js';
import type { Example } from './fixture.js';

describe('backends/auditor', function () {
  this.timeout(180_000);
  let ex: Example;
  let suite: AuditCase[];
  before(async () => {
    ex = await runningExample();
    suite = ex.auditor.cases;
  });
  const file = (path: string) => ex.auditor.files.find((f) => f.path === path)?.content ?? '';

  it('emits the suite, the promptfoo configuration, the Inspect dataset and the figures', () => {
    assert.deepEqual(ex.auditor.files.map((f) => f.path), [AUDITOR_FILES.suite, AUDITOR_FILES.promptfoo, AUDITOR_FILES.inspect, AUDITOR_FILES.stats]);
    const lines = file(AUDITOR_FILES.suite).trim().split('\n');
    assert.equal(lines.length, suite.length);
    for (const l of lines) caseSchema.parse(JSON.parse(l));
    for (const l of file(AUDITOR_FILES.inspect).trim().split('\n')) inspectSampleSchema.parse(JSON.parse(l));
    assert.equal((parse(file(AUDITOR_FILES.promptfoo)) as { tests: unknown[] }).tests.length, suite.length);
    assert.deepEqual(ex.auditor.diagnostics, []);
  });

  it('every case type and every red-team variant is there', () => {
    assert.deepEqual([...new Set(suite.map((c) => c.type))].sort(), [...CASE_TYPES].sort());
    assert.deepEqual([...new Set(suite.map((c) => c.variant))].sort(), [...VARIANTS].sort());
  });

  it('every norm of the graph is tested by some case', () => {
    const tested = new Set(suite.flatMap((c) => c.norms));
    const missing = [...ex.ctx.view.byIri.keys()].filter((n) => !tested.has(n));
    assert.deepEqual(missing, []);
    assert.deepEqual(ex.auditor.stats.norms.total, ex.auditor.stats.norms.tested);
  });

  it('ids are unique; each line starts with its id (for lookups); lines line up base case and variants', () => {
    assert.equal(new Set(suite.map((c) => c.id)).size, suite.length);
    assert.ok(file(AUDITOR_FILES.suite).split('\n').filter(Boolean).every((l, i) => l.startsWith(`{"id":"${suite[i]!.id}",`)));
    const ids = new Set(suite.map((c) => c.id));
    for (const c of suite) if (c.base) assert.ok(ids.has(c.base), `base of ${c.id}`);
  });

  it('a variant keeps its base case’s expected behaviour, checks and rules', () => {
    const byId = new Map(suite.map((c) => [c.id, c]));
    for (const v of suite.filter((c) => c.base)) {
      const b = byId.get(v.base!)!;
      assert.deepEqual([v.type, v.expected, v.checks, v.norms, v.cite], [b.type, b.expected, b.checks, b.norms, b.cite], v.id);
    }
  });

  it('held-out records are the source of the scenario-based cases', () => {
    for (const t of ['scenario', 'needs-more-information', 'over-refusal'] as const) {
      assert.ok(suite.some((c) => c.type === t && c.provenance.heldout.some((h) => h.startsWith('scn:'))), t);
    }
  });

  it('the same input gives the same bytes', async () => {
    const again = emitAuditor({ ...ex.input, emitted: ex.framer });
    assert.deepEqual(again.files, ex.auditor.files);
  });

  it('without the Framer’s data the suite comes from the graph alone, with RC5003', () => {
    const alone = emitAuditor(ex.input);
    assert.deepEqual(alone.diagnostics.map((d) => d.code), ['RC5003']);
    assert.deepEqual([...new Set(alone.cases.map((c) => c.type))].sort(), ['forbidden-request', 'precedence', 'rule-question']);
    assert.equal(alone.stats.norms.tested, alone.stats.norms.total);
  });

  it('carries the feedback of earlier audits forward as Framer data, valid records only', async () => {
    const good: FeedbackRecord = {
      id: 'feedback:0123456789abcdef', case: suite[0]!.id, run: 'r', model: 'm', type: suite[0]!.type, variant: 'base',
      messages: [...suite[0]!.messages, { role: 'assistant', content: suite[0]!.expected.answer }], rejected: 'no', failed: ['cites'],
      provenance: { norms: suite[0]!.norms, clauses: [], documents: [], conflicts: [], concepts: [] },
    };
    const bad = { ...good, id: 'feedback:nothex' };
    const out = await createAuditorBackend().emit({ ...ex.input, emitted: ex.framer, feedback: [good, bad, good] });
    const files = Array.isArray(out) ? out : out.files;
    const carried = files.find((f) => f.path === AUDITOR_FILES.feedback)!;
    assert.deepEqual(carried.content.trim().split('\n').map((l) => (JSON.parse(l) as FeedbackRecord).id), [good.id]);
    assert.deepEqual(Array.isArray(out) ? [] : out.diagnostics?.map((d) => d.code), ['RC5002']);
  });

  it('metrics give the suite size by type and variant', () => {
    const m = ex.auditor.metrics!;
    assert.equal(m['cases'], suite.length);
    assert.equal(m['type.forbidden-request'], suite.filter((c) => c.type === 'forbidden-request').length);
    assert.equal(m['variant.other-language'], suite.filter((c) => c.variant === 'other-language').length);
  });
});
