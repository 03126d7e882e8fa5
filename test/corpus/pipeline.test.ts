/**
 * The whole compiler — front end, extraction, graph, SHACL, reasoner, every back end — on the real corpora
 * (read from `../shared/corpora/`, copied only into a temporary directory): no error diagnostics, and every
 * Model Spec section with an `authority=` heading attribute carries that authority level in the graph.
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compile } from '../../src/compile.js';
import type { CompileResult } from '../../src/compile.js';
import { runQuery } from '../../src/graph/index.js';
import { CORPORA } from './corpora.js';

describe('corpus: the whole pipeline', function () {
  this.timeout(300_000);
  let dir = '';
  let result: CompileResult;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'regc-corpus-'));
    mkdirSync(join(dir, 'regulations'));
    for (const f of ['contributor-covenant-2.1.md', 'openai-model-spec-2025-12-18.md']) copyFileSync(join(CORPORA, f), join(dir, 'regulations', f));
    result = await compile({ regulations: join(dir, 'regulations'), ontologies: 'ontologies', out: join(dir, 'out'), dryRun: true, defaultBearer: 'assistant' });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('compiles both corpora with no error diagnostics (SHACL and reasoner included)', () =>
    assert.deepEqual(result.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.span?.file}:${d.span?.line}`), []));

  it('emits every output', () => {
    const paths = new Set(result.files.map((f) => f.path));
    for (const p of ['graph.ttl', 'norms.jsonl', 'conflicts.json', 'odrl.ttl', 'report.html', 'framer/sft.jsonl', 'instructor/context/system-prompt.md', 'auditor/suite.jsonl', 'manifest.json']) {
      assert.ok(paths.has(p), p);
    }
  });

  it('gives every Model Spec section with an authority attribute that authority level in the graph', async () => {
    const doc = result.documents.find((d) => d.file.endsWith('openai-model-spec-2025-12-18.md'))!;
    const r = await runQuery(result.graph!, `SELECT ?section ?level WHERE { ?section a regc:Section ; dct:isPartOf* <${doc.iri}> ; regc:authority ?level }`);
    assert.equal(r.kind, 'select');
    if (r.kind !== 'select') return;
    const levels = new Map(r.rows.map((row) => [row['section']!.value, row['level']!.value]));
    const withAttribute = doc.sections.filter((s) => 'authority' in s.attributes);
    assert.ok(withAttribute.length > 50);
    for (const s of withAttribute) assert.equal(levels.get(s.iri)?.replace(/^.*\//, ''), s.attributes['authority'], s.heading);
  });
});
