/** The library entry exposes the stages and the main calls. */
import assert from 'node:assert/strict';
import * as regc from '../src/index.js';

describe('index', () => {
  const shouldExport = (name: string, kind: string) => it(`exports ${name}`, () => assert.equal(typeof (regc as Record<string, unknown>)[name], kind));
  for (const f of ['compile', 'readSource', 'parseMarkdown', 'parseOdrl', 'extractNorms', 'lowerToGraph', 'readNorms', 'runQuery', 'explain', 'reason', 'evaluate', 'runAudit', 'diag']) shouldExport(f, 'function');
  for (const ns of ['vocab', 'frontend', 'extract', 'graph', 'reasoner', 'backends', 'auditor', 'llm']) shouldExport(ns, 'object');
  it('compiles the running example through the library entry', async () => {
    const r = await regc.compile({ regulations: 'regulations', ontologies: 'ontologies', out: 'compiled', dryRun: true });
    assert.equal(r.ok, true);
    assert.equal(r.documents.length, 4);
  }).timeout(60_000);
});
