import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import N3 from 'n3';
import type { FramerOutput } from '../../../src/backends/framer/index.js';
import { createFramerBackend, emitFramer, FRAMER_FILES } from '../../../src/backends/framer/index.js';
import { KtoRecordSchema, PreferenceRecordSchema, ScenarioRecordSchema, SftRecordSchema } from '../../../src/backends/framer/schemas.js';
import { explainRecord, findRecord } from '../../../src/graph/index.js';
import { evaluateSituationText, loadReasoned } from '../../../src/reasoner/index.js';
import { labelOf } from '../../../src/backends/framer/answers.js';
import { build, norm, runningExample } from './fixtures.js';

const SEED = 20240306;
const lines = (out: FramerOutput, path: string): Record<string, unknown>[] =>
  out.files.find((f) => f.path === path)!.content.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);

describe('framer (back end)', function () {
  this.timeout(300_000);
  let out: FramerOutput;
  let graph: N3.Store;
  before(async () => {
    const b = await runningExample();
    graph = b.graph;
    out = await emitFramer({ graph: b.graph, ontology: b.ontology, seed: SEED });
  });

  it('writes the files the Instructor and the Auditor read, each record once', () => {
    const paths = out.files.map((f) => f.path).sort();
    assert.deepEqual(paths, [FRAMER_FILES.coverage, FRAMER_FILES.kto, FRAMER_FILES.preferences, FRAMER_FILES.scenarios, FRAMER_FILES.sft].sort());
  });
  it('the running example: at least 30 instruction records and 20 scenarios per norm, deduplicated', () => {
    const norms = out.coverage.norms.length;
    const sft = lines(out, FRAMER_FILES.sft);
    const scenarios = lines(out, FRAMER_FILES.scenarios);
    assert.ok(sft.length / norms >= 30, `${sft.length / norms} conversations per norm`);
    assert.ok(scenarios.length / norms >= 20, `${scenarios.length / norms} scenarios per norm`);
    const users = sft.map((r) => ((r['messages'] as { content: string }[])[1]!.content.toLowerCase()));
    assert.equal(new Set(users).size, users.length, 'no two conversations ask the same');
    assert.equal(new Set(scenarios.map((s) => s['id'])).size, scenarios.length);
  });
  it('covers every norm, every concept a norm uses and every resolved conflict in training data', () => {
    const s = out.coverage.summary;
    assert.deepEqual([s.norms.percent, s.concepts.percent, s.conflicts.percent], [100, 100, 100]);
    assert.deepEqual(out.coverage.uncovered, { norms: [], concepts: [], conflicts: [] });
    assert.ok(s.conflicts.resolved > 5);
    assert.deepEqual(out.diagnostics.filter((d) => d.code === 'RC5001'), []);
  });
  it('every label is present, and every kind of wrong answer', () => {
    for (const n of Object.values(out.coverage.labels)) assert.ok(n > 100);
    assert.deepEqual(Object.keys(out.coverage.errors), ['applies-overridden-rule', 'guesses-missing-fact', 'ignores-rule', 'misses-exception', 'over-refuses']);
  });
  it('every line matches its schema, sorted by id', () => {
    for (const [path, schema] of [[FRAMER_FILES.sft, SftRecordSchema], [FRAMER_FILES.scenarios, ScenarioRecordSchema], [FRAMER_FILES.preferences, PreferenceRecordSchema], [FRAMER_FILES.kto, KtoRecordSchema]] as const) {
      const rs = lines(out, path);
      for (const r of rs) assert.ok((schema as { safeParse(x: unknown): { success: boolean } }).safeParse(r).success, `${path}: ${String(r['id'])}`);
      const ids = rs.map((r) => String(r['id']));
      assert.deepEqual(ids, [...ids].sort());
    }
  });
  it('every scenario written, read back as a regc evaluate file, gets its status and label from the reasoner', async () => {
    const b = await runningExample();
    const reasoned = loadReasoned(b.graph, b.ontology);
    for (const s of lines(out, FRAMER_FILES.scenarios)) {
      const e = evaluateSituationText(JSON.stringify(s['situation']), 'scenario.json', reasoned);
      assert.ok(e.evaluation, String(s['id']));
      assert.equal(e.evaluation.status, s['status'], String(s['id']));
      assert.equal(labelOf(e.evaluation, s['performed'] as boolean), s['label'], String(s['id']));
      assert.equal(e.evaluation.deciding?.iri ?? null, s['deciding'], String(s['id']));
    }
  });
  it('every IRI of every provenance resolves in the graph', () => {
    const known = new Set<string>();
    const has = (iri: string) => {
      if (!known.has(iri) && graph.countQuads(N3.DataFactory.namedNode(iri), null, null, null) > 0) known.add(iri);
      return known.has(iri);
    };
    for (const path of [FRAMER_FILES.sft, FRAMER_FILES.scenarios, FRAMER_FILES.preferences, FRAMER_FILES.kto]) {
      for (const r of lines(out, path)) {
        const p = r['provenance'] as Record<string, string[]>;
        for (const iri of Object.values(p).flat()) assert.ok(has(iri), `${String(r['id'])}: ${iri}`);
      }
    }
  });
  it('marks every record with its split, as coverage counts them, and held-out records share nothing with training', () => {
    for (const name of ['sft', 'scenarios', 'preferences', 'kto'] as const) {
      const all = lines(out, FRAMER_FILES[name]);
      for (const split of ['train', 'validation', 'heldout'] as const) {
        const part = all.filter((r) => r['split'] === split);
        assert.equal(part.length, out.coverage.splits[split][name], `${name} ${split}`);
        assert.ok(part.length > 0, `${name} ${split}`);
      }
      assert.ok(all.every((r) => ['train', 'validation', 'heldout'].includes(r['split'] as string)), name);
    }
    assert.deepEqual(out.coverage.split.leaks, { situations: 0, userTexts: 0 });
    const held = lines(out, FRAMER_FILES.scenarios).filter((r) => r['split'] === 'heldout');
    assert.ok(held.length > 100);
  });
  it('the same graph and seed give the same bytes', async () => {
    const b = await runningExample();
    const again = await emitFramer({ graph: b.graph, ontology: b.ontology, seed: SEED });
    assert.deepEqual(again.files, out.files);
  });
  it('reproduces the committed compiled/framer/ byte for byte', function () {
    if (!existsSync('compiled/framer/sft.jsonl')) this.skip();
    for (const f of out.files) assert.equal(readFileSync(join('compiled', f.path), 'utf8'), f.content, f.path);
  });
  it('regc explain leads from a record id to its norms and clauses', () => {
    const dir = mkdtempSync(join(tmpdir(), 'regc-framer-'));
    try {
      for (const f of out.files.filter((x) => x.path.endsWith('.jsonl'))) {
        mkdirSync(dirname(join(dir, f.path)), { recursive: true });
        writeFileSync(join(dir, f.path), f.content);
      }
      const record = lines(out, FRAMER_FILES.scenarios).find((r) => (r['tags'] as string[]).includes('precedence'))!;
      const found = findRecord(dir, String(record['id']));
      assert.equal(found?.file, FRAMER_FILES.scenarios);
      const explained = explainRecord(graph, found!);
      assert.ok(explained && explained.sources.length >= 2);
      assert.ok(explained.sources.every((s) => s.type === 'norm' && s.clause?.id !== undefined));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('as a back end: files, coverage figures for the manifest, diagnostics', async () => {
    const b = build([norm('1', 'prohibition', { target: 'gift' })]);
    const got = await createFramerBackend().emit({ ...b, seed: 1 });
    assert.ok(!Array.isArray(got));
    if (Array.isArray(got)) return;
    assert.equal(got.metrics?.['norm_coverage_percent'], 100);
    assert.ok(got.files.some((f) => f.path === FRAMER_FILES.coverage));
  });
});
