import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { explainRecord, findRecord, isRecordId } from '../../src/graph/explain-record.js';
import { runningExample, ID } from '../backends/auditor/fixture.js';

const NORM = `${ID}orbis-conduct/cash/2.a/n1`;

function outDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'regc-rec-'));
  mkdirSync(join(dir, 'auditor'), { recursive: true });
  mkdirSync(join(dir, 'framer/splits/heldout'), { recursive: true });
  const rec = (id: string, provenance: object) => JSON.stringify({ id, type: 'scenario', provenance });
  writeFileSync(join(dir, 'auditor/suite.jsonl'), [rec('audit:00000000000000aa', { norms: [] }), rec('audit:00000000000000bb', { norms: [NORM], clauses: [] })].join('\n') + '\n');
  writeFileSync(join(dir, 'auditor/inspect.jsonl'), JSON.stringify({ id: 'audit:00000000000000bb', input: [] }) + '\n');
  writeFileSync(join(dir, 'framer/splits/heldout/sft.jsonl'), rec('sft:00000000000000cc', { norms: [NORM] }) + '\n');
  return dir;
}

describe('graph/explain-record', function () {
  this.timeout(180_000);

  it('record ids: a prefix, a colon, hex digits', () => {
    assert.deepEqual(['audit:0123456789abcdef', 'sft:00ff00ff', 'id:orbis/x', 'orbis-conduct/gifts/3', 'audit:xyz'].map(isRecordId), [true, true, false, false, false]);
  });

  it('finds a record by its id in any JSON Lines file of the output, with its line (the one with provenance)', () => {
    const found = findRecord(outDir(), 'audit:00000000000000bb');
    assert.deepEqual([found?.file, found?.line], ['auditor/suite.jsonl', 2]);
  });

  it('split copies are not searched; unknown ids are not found', () => {
    assert.equal(findRecord(outDir(), 'sft:00000000000000cc'), undefined);
    assert.equal(findRecord(outDir(), 'audit:00000000000000ff'), undefined);
  });

  it('explains a record through the norms of its provenance', async () => {
    const ex = await runningExample();
    const r = explainRecord(ex.input.graph, findRecord(outDir(), 'audit:00000000000000bb')!)!;
    assert.deepEqual([r.type, r.iri, r.label], ['derived', 'audit:00000000000000bb', 'record scenario at auditor/suite.jsonl:2']);
    assert.equal(r.sources.length, 1);
    const norm = r.sources[0]!;
    assert.ok(norm.type === 'norm' && norm.clause?.id === 'orbis-conduct/cash/2.a' && norm.source?.file === 'regulations/orbis-conduct.md');
  });

  it('a record whose provenance names nothing in the graph is not explained', async () => {
    const ex = await runningExample();
    assert.equal(explainRecord(ex.input.graph, findRecord(outDir(), 'audit:00000000000000aa')!), undefined);
  });
});
