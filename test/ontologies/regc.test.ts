import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import N3 from 'n3';
import { ODRL, OWL, RDF, RDFS, REGC } from '../../src/vocab/index.js';

const parse = (file: string) => new N3.Store(new N3.Parser({ format: 'text/turtle' }).parse(readFileSync(`ontologies/${file}`, 'utf8')));
const { namedNode } = N3.DataFactory;

describe('ontologies/regc.ttl', () => {
  const store = parse('regc.ttl');
  const terms = Object.entries(REGC).filter(([k]) => k !== 'ns').map(([, iri]) => iri);
  const has = (s: string, p: string) => store.getObjects(namedNode(s), namedNode(p), null).length > 0;

  it('declares every regc: term of src/vocab with a type, a label and a comment', () => {
    const missing = terms.filter((t) => !(has(t, RDF.type) && has(t, RDFS.label) && has(t, RDFS.comment)));
    assert.deepEqual(missing, []);
  });

  it('declares no regc: term that src/vocab lacks', () => {
    const declared = store.getSubjects(namedNode(RDF.type), null, null).map((s) => s.value).filter((s) => s.startsWith(REGC.ns));
    assert.deepEqual(declared.filter((d) => !terms.includes(d)), []);
  });

  it('uses no regc: term it does not declare', () => {
    const used = new Set(store.getQuads(null, null, null, null).flatMap((q) => [q.subject, q.predicate, q.object]).filter((t) => t.termType === 'NamedNode' && t.value.startsWith(REGC.ns)).map((t) => t.value));
    assert.deepEqual([...used].filter((u) => !terms.includes(u)), []);
  });

  it('places the profile under the standards it extends', () => {
    const sub = (a: string, b: string) => store.has(N3.DataFactory.quad(namedNode(a), namedNode(RDFS.subClassOf), namedNode(b)));
    assert.ok(sub(REGC.Obligation, ODRL.Duty));
    assert.ok(sub(REGC.Clause, 'http://data.europa.eu/eli/ontology#LegalResourceSubdivision'));
    assert.ok(sub(REGC.Document, 'http://data.europa.eu/eli/ontology#LegalResource'));
    assert.ok(store.has(N3.DataFactory.quad(namedNode(REGC.outranks), namedNode(RDF.type), namedNode(OWL.ns + 'TransitiveProperty'))));
  });

  it('has no blank nodes (its triples go into compiled graphs)', () => {
    assert.deepEqual(store.getQuads(null, null, null, null).filter((q) => q.subject.termType === 'BlankNode' || q.object.termType === 'BlankNode'), []);
  });
});

describe('ontologies/odrl-core.ttl', () => {
  const store = parse('odrl-core.ttl');
  const fact = (s: string, p: string, o: string) => store.has(N3.DataFactory.quad(namedNode(s), namedNode(p), namedNode(o)));

  it('states ODRL facts only as IRIs (no labels or definitions; owl:deprecated is the one literal)', () => {
    const literals = store.getQuads(null, null, null, null).filter((q) => q.object.termType === 'Literal');
    assert.ok(literals.length > 0);
    assert.deepEqual(literals.filter((q) => q.predicate.value !== OWL.deprecated || q.object.value !== 'true'), []);
  });

  it('has the action hierarchy, collections, operators and left operands', () => {
    assert.ok(fact(ODRL.read, ODRL.includedIn, ODRL.use));
    assert.ok(fact(ODRL.ns + 'display', ODRL.includedIn, ODRL.ns + 'play'));
    assert.ok(fact(ODRL.ns + 'give', ODRL.includedIn, ODRL.transfer));
    assert.ok(fact(ODRL.AssetCollection, RDFS.subClassOf, ODRL.Asset));
    assert.ok(fact(ODRL.PartyCollection, RDFS.subClassOf, ODRL.Party));
    assert.ok(fact(ODRL.lteq, RDF.type, ODRL.Operator));
    assert.ok(fact(ODRL.lteq, RDF.type, OWL.NamedIndividual));
    assert.ok(fact(ODRL.payAmount, RDF.type, ODRL.LeftOperand));
    assert.ok(fact(ODRL.includedIn, RDF.type, OWL.ns + 'TransitiveProperty'));
  });

  it('has no blank nodes', () => {
    assert.deepEqual(store.getQuads(null, null, null, null).filter((q) => q.subject.termType === 'BlankNode' || q.object.termType === 'BlankNode'), []);
  });
});

describe('ontologies/authority.ttl', () => {
  const store = parse('authority.ttl');
  it('defines the eight levels in use', () => {
    const names = store.getSubjects(namedNode(RDF.type), namedNode(REGC.AuthorityLevel), null).map((s) => s.value.split('/').pop()).sort();
    assert.deepEqual(names, ['company-policy', 'developer', 'guideline', 'law', 'regional-guideline', 'root', 'system', 'user']);
  });
});
