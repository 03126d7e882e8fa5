import assert from 'node:assert/strict';
import N3 from 'n3';
import { reportModel } from '../../../src/backends/report/model.js';
import { summarize } from '../../../src/backends/report/summary.js';
import type { Summary } from '../../../src/backends/report/summary.js';
import { RDF, REGC, documentIri } from '../../../src/vocab/index.js';
import { fixtureModel, runningExample } from './helpers.js';

const { namedNode } = N3.DataFactory;
const summary = summarize(fixtureModel());
const shouldCount = (what: string, read: (s: Summary) => unknown, expected: unknown) => it(`${what}: ${JSON.stringify(expected)}`, () => assert.deepEqual(read(summary), expected));

const PRINCIPLE: Record<string, string> = {
  [REGC.explicit]: 'explicit', [REGC.lexSuperior]: 'lex-superior', [REGC.lexSpecialis]: 'lex-specialis', [REGC.lexPosterior]: 'lex-posterior', [REGC.odrlStrategy]: 'odrl-strategy',
};

/** Counts read straight off the triples, without the graph module's readers. */
function countsInGraph(graph: N3.Store) {
  const subjects = (p: string, o?: string) => graph.getQuads(null, namedNode(p), o ? namedNode(o) : null, null);
  const norms = graph.getQuads(null, namedNode(REGC.kind), null, null).filter((q) => ['obligation', 'permission', 'prohibition'].includes(q.object.value));
  const byDoc: Record<string, Record<string, number>> = {};
  for (const q of norms) {
    const doc = graph.getObjects(q.subject, namedNode(REGC.document), null)[0]!.value;
    const strict = graph.countQuads(q.subject, namedNode(REGC.strength), namedNode(REGC.strict), null) > 0 ? 'strict' : 'advisory';
    byDoc[doc] ??= { total: 0, obligation: 0, permission: 0, prohibition: 0, strict: 0, advisory: 0 };
    for (const k of ['total', q.object.value, strict]) byDoc[doc]![k]!++;
  }
  const conflicts = subjects(RDF.type, REGC.Conflict).map((q) => q.subject);
  const status = (s: string) => conflicts.filter((c) => graph.countQuads(c, namedNode(REGC.conflictStatus), namedNode(s), null) > 0).length;
  const principle: Record<string, number> = {};
  for (const c of conflicts) {
    const r = graph.getObjects(c, namedNode(REGC.resolution), null)[0];
    const p = r ? PRINCIPLE[graph.getObjects(r, namedNode(REGC.principle), null)[0]!.value]! : 'unresolved';
    principle[p] = (principle[p] ?? 0) + 1;
  }
  return { byDoc, total: norms.length, conflicts: conflicts.length, definite: status(REGC.definite), possible: status(REGC.possible), principle };
}

describe('backends/report/summary', () => {
  shouldCount('norms by kind', (s) => s.norms.kind, { obligation: 1, permission: 3, prohibition: 1 });
  shouldCount('norms by origin', (s) => s.norms.origin, { rules: 3, llm: 0, analyst: 0, turtle: 1, odrl: 1 });
  shouldCount('norms by strength', (s) => s.norms.strength, { strict: 5, advisory: 0 });
  shouldCount('norms per document (the stray norm in none)', (s) => s.documents.map((d) => [d.iri, d.norms.total]), [[documentIri('global'), 3], [documentIri('regional'), 1]]);
  shouldCount('conflicts by status', (s) => s.conflicts.status, { definite: 0, possible: 2 });
  shouldCount('conflicts by principle', (s) => s.conflicts.principle, { explicit: 0, 'lex-superior': 1, 'lex-specialis': 0, 'lex-posterior': 0, 'odrl-strategy': 0, unresolved: 1 });
  shouldCount('diagnostics by severity', (s) => s.diagnostics, { total: 2, severity: { error: 0, warning: 2, info: 0 } });

  describe('the running example', () => {
    it('counts what the graph holds', async () => {
      const { graph, ontology, diagnostics } = await runningExample();
      const s = summarize(reportModel(graph, ontology, diagnostics));
      const g = countsInGraph(graph);
      assert.equal(s.norms.total, g.total);
      for (const d of s.documents) {
        const expected = g.byDoc[d.iri]!;
        assert.deepEqual({ total: d.norms.total, ...d.norms.kind, ...d.norms.strength }, expected, d.iri);
      }
      assert.equal(s.documents.reduce((a, d) => a + d.norms.total, 0), g.total);
      assert.deepEqual([s.conflicts.total, s.conflicts.status.definite, s.conflicts.status.possible], [g.conflicts, g.definite, g.possible]);
      assert.deepEqual(Object.fromEntries(Object.entries(s.conflicts.principle).filter(([, n]) => n > 0)), g.principle);
      assert.equal(s.diagnostics.total, diagnostics.length);
    });
  });
});
