import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadOntologies } from '../../src/graph/ontology.js';

const FIXTURES = 'test/golden/ontologies';

/** Loads a fixture directory, shown as `NAME` in diagnostics. */
const load = (name: string) => loadOntologies(join(FIXTURES, name), name);

/** Loads a directory made of the given files (name → bytes or text). */
async function loadFiles(files: Record<string, string | Uint8Array>) {
  const dir = mkdtempSync(join(tmpdir(), 'regc-ont-'));
  try {
    for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
    return await loadOntologies(dir, 'onto');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

type Where = { file: string; line: number; column: number };
const where = (d: { span?: { file: string; line: number; column: number } }) =>
  d.span && { file: d.span.file, line: d.span.line, column: d.span.column };

function shouldReport(files: Record<string, string | Uint8Array>, code: string, at: Where) {
  return async () => {
    const { ontology, diagnostics } = await loadFiles(files);
    assert.equal(ontology, undefined);
    assert.deepEqual(diagnostics.map((d) => [d.code, where(d)]), [[code, at]]);
  };
}

const PREFIX = '@prefix fx: <https://example.org/fixture#> .\n';

describe('graph/ontology: loadOntologies', () => {
  it('reads every .ttl file in name order and skips other files', async () => {
    const { ontology, diagnostics } = await load('good');
    assert.deepEqual(diagnostics, []);
    assert.deepEqual(ontology!.files.map((f) => f.path), ['good/levels.ttl', 'good/roles.ttl', 'good/shapes.ttl', 'good/things.ttl']);
    assert.ok(ontology!.files.every((f) => /^[0-9a-f]{64}$/.test(f.sha256)));
  });

  it('puts files of SHACL shapes into `shapes`, the rest into `store`', async () => {
    const { ontology } = await load('good');
    const shapeClass = 'http://www.w3.org/ns/shacl#NodeShape';
    assert.equal(ontology!.shapes.getSubjects(null, shapeClass, null).length, 1);
    assert.equal(ontology!.store.getSubjects(null, shapeClass, null).length, 0);
    assert.ok(ontology!.store.size > 40);
  });

  it('labels blank nodes per file, so they do not depend on what was parsed before', async () => {
    const a = await load('good');
    const b = await load('good');
    const labels = (o: typeof a) => o.ontology!.shapes.getQuads(null, null, null, null).filter((q) => q.object.termType === 'BlankNode').map((q) => q.object.value);
    assert.deepEqual(labels(a), labels(b));
  });

  it('loads the project ontologies without diagnostics', async () => {
    const { ontology, diagnostics } = await loadOntologies('ontologies');
    assert.deepEqual(diagnostics, []);
    assert.ok(ontology!.files.some((f) => f.path === 'ontologies/regc.ttl'));
    assert.ok(ontology!.files.some((f) => f.path === 'ontologies/shapes.ttl'));
  });

  it('reports a Turtle syntax error at the line and column n3 gives, with the line as excerpt', async () => {
    const { ontology, diagnostics } = await load('bad-syntax');
    assert.equal(ontology, undefined);
    assert.deepEqual(diagnostics.map((d) => [d.code, d.severity, where(d), d.excerpt]), [
      ['RC3001', 'error', { file: 'bad-syntax/broken.ttl', line: 4, column: 16 }, '    fx:broader nope:person .'],
    ]);
  });

  describe('bad files', () => {
    it('a statement missing its object', shouldReport({ 'x.ttl': `${PREFIX}fx:a fx:b fx:c .\nfx:a fx:b .\n` }, 'RC3001', { file: 'onto/x.ttl', line: 3, column: 11 }));
    it('an unterminated string', shouldReport({ 'x.ttl': `${PREFIX}\nfx:a fx:b "open .\n` }, 'RC3001', { file: 'onto/x.ttl', line: 3, column: 11 }));
    it('an undefined prefix', shouldReport({ 'x.ttl': `fx:a fx:b fx:c .\n` }, 'RC3001', { file: 'onto/x.ttl', line: 1, column: 1 }));
    it('four terms in a triple', shouldReport({ 'x.ttl': `${PREFIX}  fx:a fx:b fx:c fx:d .\n` }, 'RC3001', { file: 'onto/x.ttl', line: 2, column: 18 }));
    it('an error after a CRLF line', shouldReport({ 'x.ttl': `${PREFIX.trimEnd()}\r\nfx:a fx:b fx:c .\r\nfx:a ;\r\n` }, 'RC3001', { file: 'onto/x.ttl', line: 3, column: 6 }));
    it('bytes that are not UTF-8', shouldReport({ 'x.ttl': Buffer.concat([Buffer.from(`${PREFIX}fx:a fx:b "caf`), Buffer.from([0xe9]), Buffer.from('" .\n')]) }, 'RC1001', { file: 'onto/x.ttl', line: 2, column: 15 }));
    it('a binary file', shouldReport({ 'x.ttl': Buffer.from('fx:a\nfx\0\0\0\u0001') }, 'RC1002', { file: 'onto/x.ttl', line: 2, column: 3 }));
  });

  it('reports every bad file, in file order, and gives no ontology', async () => {
    const { ontology, diagnostics } = await loadFiles({ 'b.ttl': 'fx:a fx:b fx:c .\n', 'a.ttl': `${PREFIX}fx:a fx:b .\n`, 'c.ttl': `${PREFIX}fx:a fx:b fx:c .\n` });
    assert.equal(ontology, undefined);
    assert.deepEqual(diagnostics.map((d) => [d.code, d.span?.file]), [['RC3001', 'onto/a.ttl'], ['RC3001', 'onto/b.ttl']]);
  });

  it('a missing directory is RC9001', async () => {
    const { ontology, diagnostics } = await loadOntologies(join(FIXTURES, 'no-such-dir'), 'no-such-dir');
    assert.equal(ontology, undefined);
    assert.deepEqual(diagnostics.map((d) => d.code), ['RC9001']);
  });

  it('an empty directory gives an empty ontology', async () => {
    const { ontology, diagnostics } = await loadFiles({});
    assert.deepEqual(diagnostics, []);
    assert.deepEqual([ontology!.store.size, ontology!.shapes.size, ontology!.concepts, ontology!.authorities, ontology!.files], [0, 0, [], [], []]);
  });
});
