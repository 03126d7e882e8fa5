import assert from 'node:assert/strict';
import { retrievalRecords } from '../../../src/backends/instructor/retrieval.js';
import { RetrievalRecord } from '../../../src/backends/instructor/schemas.js';
import { readView } from '../../../src/backends/instructor/view.js';
import { fixtureInput } from './helpers.js';

describe('backends/instructor/retrieval', () => {
  const i = fixtureInput();
  const records = retrievalRecords(readView(i.graph, i.ontology));
  const byId = new Map(records.map((r) => [r.id, r]));

  it('has one record per clause, norms or not', () => assert.deepEqual(records.map((r) => r.id), ['global/gifts/1', 'global/gifts/2', 'global/gifts/3', 'global/press/1', 'regional/hospitality/1']));
  it('places the text in its document and section, without the title heading', () => assert.equal(byId.get('global/press/1')!.contents, 'Global Rules > 2. Press: Employees must not speak to the press.'));
  it('carries authority, date, norms and conflicts', () => {
    const m = byId.get('regional/hospitality/1')!.metadata;
    assert.deepEqual([m.authority, m.effective, m.norms.map((n) => n.kind), m.conflicts.length], ['regional-guideline', '2026-03-01', ['permission'], 1]);
    assert.deepEqual(byId.get('global/gifts/3')!.metadata.norms, []);
  });
  it('matches the schema', () => { for (const r of records) assert.ok(RetrievalRecord.safeParse(r).success, r.id); });
});
