/** The analyst files: Turtle norms and the review file yield exactly the analyst norms of the gold standard. */
import assert from 'node:assert/strict';
import N3 from 'n3';
import type { Norm } from '../../src/ir/index.js';
import { ID } from '../../src/vocab/index.js';
import { readSource } from '../../src/frontend/load.js';
import { ConceptIndex, applyReviews, extractNorms, parseReview } from '../../src/extract/index.js';
import { ALL_CLAUSE_IDS, EXPECTED_CLAUSES, ORBIS_DOCUMENTS, type ExpectedNorm } from './expected.js';
import { local, readText, shipped } from './helpers.js';

const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const ODRL = 'http://www.w3.org/ns/odrl/2/';
const PROV = 'http://www.w3.org/ns/prov#';
const RDFS = 'http://www.w3.org/2000/01/rdf-schema#';
const RULES: Record<string, ExpectedNorm['kind']> = { [ODRL + 'Permission']: 'permission', [ODRL + 'Prohibition']: 'prohibition', [ODRL + 'Duty']: 'obligation' };
const LINKS: Record<ExpectedNorm['kind'], string> = { permission: ODRL + 'permission', prohibition: ODRL + 'prohibition', obligation: ODRL + 'obligation' };

/** The gold norms of one origin, as comparable facts. */
const goldOf = (origin: 'analyst' | 'turtle') =>
  EXPECTED_CLAUSES.flatMap((c) => c.norms.filter((n) => n.origin === origin).map((n) => ({ clause: c.id, kind: n.kind, bearer: n.bearer, action: n.action, target: n.target })))
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
const factsOf = (clause: string, n: { kind: string; bearer?: string; action?: string; target?: string }) => ({ clause, kind: n.kind, bearer: n.bearer, action: n.action, target: n.target });

describe('regulations: analyst files', () => {
  describe('orbis-conduct.norms.ttl', () => {
    const store = new N3.Store(new N3.Parser().parse(readText('regulations/orbis-conduct.norms.ttl')));
    const norms = Object.keys(RULES).flatMap((cls) => store.getSubjects(RDF_TYPE, cls, null).map((s) => s.value)).sort();
    const one = (s: string, p: string) => store.getObjects(s, p, null).map((t) => t.value);

    it('has no blank nodes', () => {
      for (const q of store.getQuads(null, null, null, null)) assert.ok(q.subject.termType !== 'BlankNode' && q.object.termType !== 'BlankNode');
    });
    it('states the norms of the gold standard with origin turtle', () => {
      const got = norms.map((s) => {
        const clause = one(s, PROV + 'wasDerivedFrom')[0]!.slice(ID.length);
        const kind = RULES[store.getObjects(s, RDF_TYPE, null).map((t) => t.value).find((t) => t in RULES)!]!;
        return factsOf(clause, { kind, bearer: one(s, ODRL + 'assignee')[0], action: one(s, ODRL + 'action')[0], target: one(s, ODRL + 'target')[0] });
      });
      assert.deepEqual(got.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))), goldOf('turtle'));
    });
    for (const s of norms) {
      it(`${s.slice(ID.length)} is derived from a clause of the text, says why, and belongs to its document`, () => {
        assert.ok(ALL_CLAUSE_IDS.includes(one(s, PROV + 'wasDerivedFrom')[0]!.slice(ID.length)));
        assert.ok((one(s, RDFS + 'comment')[0] ?? '').length > 40);
        assert.deepEqual(one(s, 'https://w3id.org/regc/ns#origin'), ['turtle']);
        const kind = RULES[store.getObjects(s, RDF_TYPE, null).map((t) => t.value).find((t) => t in RULES)!]!;
        assert.ok(store.has(N3.DataFactory.quad(N3.DataFactory.namedNode(ID + 'orbis-conduct'), N3.DataFactory.namedNode(LINKS[kind]), N3.DataFactory.namedNode(s))));
      });
    }
  });

  describe('orbis-conduct.review.yaml', () => {
    let reviewed: Norm[];
    before(async () => {
      const { ontology, documents } = await shipped();
      const concepts = new ConceptIndex(ontology.concepts);
      const docs = ORBIS_DOCUMENTS.map((d) => documents.get(d)!);
      const extracted = docs.flatMap((d) => extractNorms(d, { concepts, documents: docs }).norms);
      const parsed = parseReview(readSource('regulations/orbis-conduct.review.yaml', 'regulations/orbis-conduct.review.yaml').file!);
      assert.deepEqual(parsed.diagnostics.map((d) => d.code), []);
      const applied = applyReviews(extracted, docs, [parsed.review!], concepts);
      assert.deepEqual(applied.diagnostics.map((d) => d.code), []);
      reviewed = applied.norms;
    });
    it('yields the analyst norms of the gold standard', () => {
      const got = reviewed
        .filter((n) => n.origin === 'analyst')
        .map((n) => factsOf(n.clause!.slice(ID.length), { kind: n.kind, bearer: n.bearer.concept, action: n.action.concept, target: n.target?.concept }));
      assert.deepEqual(got.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))), goldOf('analyst'));
    });
    it('replaces every norm the extractor reads from the clause it replaces', () => {
      const clause = ID + 'orbis-conduct/contributions/2';
      assert.deepEqual(reviewed.filter((n) => n.clause === clause).map((n) => n.origin), ['analyst', 'analyst']);
    });
    it('gives the added tender norm its condition as a constraint on the open-tender fact', () => {
      const n = reviewed.find((x) => x.origin === 'analyst' && x.clause === ID + 'orbis-conduct/tenders/2')!;
      assert.deepEqual(n.conditions.map((c) => [c.marker, c.constraint]), [
        ['while', { type: 'atomic', leftOperand: 'https://example.org/orbis#openTender', operator: 'eq', rightOperand: [{ kind: 'boolean', value: true }] }],
      ]);
      assert.equal(local(n.target!.concept!), 'orbis:gift');
    });
  });
});
