import assert from 'node:assert/strict';
import { lowerToGraph } from '../../src/graph/lower.js';
import { openGraph, runQuery, toNTriples, withPrefixes, type QueryResult } from '../../src/graph/sparql.js';
import { serializeTurtle } from '../../src/graph/turtle.js';
import { PREFIXES } from '../../src/vocab/index.js';
import { N1, N2, N3_, DUTY, doc, norms, short } from './fixtures.js';

const graph = lowerToGraph({ documents: [doc], norms });
const turtle = serializeTurtle(graph);

/** The rows of a SELECT as `var=term` strings, for each input form of the graph. */
const shouldSelect = (query: string, rows: string[][]) =>
  it(`SELECT ${query.replace(/\s+/g, ' ').slice(0, 70)}`, async () => {
    for (const input of [graph, turtle]) {
      const r = await runQuery(input, query);
      assert.equal(r.kind, 'select');
      if (r.kind !== 'select') return;
      assert.deepEqual(r.rows.map((row) => r.variables.map((v) => (row[v] ? `${v}=${row[v]!.value}` : `${v}=`))), rows);
    }
  });

const shouldAsk = (query: string, expected: boolean) =>
  it(`ASK ${query}`, async () => assert.deepEqual(await runQuery(graph, query), { kind: 'ask', boolean: expected }));

const shouldFail = (what: string, query: string, line: number, column: number) =>
  it(what, async () => {
    const r = await runQuery(graph, query, { file: 'q.rq' });
    assert.equal(r.kind, 'error');
    if (r.kind !== 'error') return;
    assert.deepEqual([r.diagnostic.code, r.diagnostic.severity, r.diagnostic.span?.file, r.diagnostic.span?.line, r.diagnostic.span?.column], ['RC3006', 'error', 'q.rq', line, column]);
  });

const graphOf = async (query: string): Promise<string[]> => {
  const r: QueryResult = await runQuery(graph, query);
  assert.equal(r.kind, 'graph');
  return r.kind === 'graph' ? r.store.getQuads(null, null, null, null).map((q) => `${short(q.subject)} ${short(q.predicate)} ${short(q.object)}`).sort() : [];
};

describe('graph/sparql', () => {
  describe('SELECT', () => {
    shouldSelect('SELECT ?n ?kind WHERE { ?n regc:kind ?kind ; regc:origin ?o } ORDER BY ?n', [
      [`n=${N1}`, 'kind=prohibition'], [`n=${N2}`, 'kind=obligation'], [`n=${N3_}`, 'kind=permission'], [`n=${DUTY}`, 'kind=obligation'],
    ]);
    shouldSelect('SELECT ?n ?t WHERE { ?n a odrl:Duty OPTIONAL { ?n odrl:target ?t } } ORDER BY ?n', [[`n=${N2}`, 't='], [`n=${DUTY}`, 't=']]);
    shouldSelect('SELECT ?file ?line WHERE { ?n regc:kind "prohibition" ; regc:sourceFile ?file ; regc:line ?line }', [['file=regulations/orbis-conduct.md', 'line=12']]);
    shouldSelect('PREFIX odrl: <http://www.w3.org/ns/odrl/2/> SELECT (COUNT(?n) AS ?c) WHERE { ?d odrl:prohibition ?n }', [['c=1']]);
    shouldSelect('SELECT ?x WHERE { ?x regc:kind "none" }', []);
  });

  describe('ASK', () => {
    shouldAsk('ASK { ?n a odrl:Prohibition ; odrl:assignee <https://example.org/orbis#employee> }', true);
    shouldAsk('ASK { ?n a odrl:Prohibition ; odrl:assignee <https://example.org/orbis#manager> }', false);
  });

  describe('CONSTRUCT and DESCRIBE', () => {
    it('CONSTRUCT gives triples', async () =>
      assert.deepEqual(await graphOf('CONSTRUCT { ?n odrl:assignee ?b } WHERE { ?n odrl:assignee ?b ; a odrl:Permission }'), [
        'id:orbis-conduct/gifts/3/n1 odrl:assignee orbis:manager',
      ]));
    it('CONSTRUCT may give no triples', async () => assert.deepEqual(await graphOf('CONSTRUCT WHERE { ?s regc:none ?o }'), []));
    it('DESCRIBE gives the triples of a node', async () => {
      const triples = await graphOf(`DESCRIBE <${N1}/c1>`);
      assert.deepEqual(triples, [
        'id:orbis-conduct/gifts/1/n1/c1 a odrl:Constraint',
        'id:orbis-conduct/gifts/1/n1/c1 odrl:leftOperand regc:monetaryValue',
        'id:orbis-conduct/gifts/1/n1/c1 odrl:operator odrl:gt',
        'id:orbis-conduct/gifts/1/n1/c1 odrl:rightOperand "50"^^xsd:integer',
        'id:orbis-conduct/gifts/1/n1/c1 odrl:unit orbis:EUR',
      ].map((t) => t.replace(' a ', ' rdf:type ')).sort());
    });
  });

  describe('errors are diagnostics', () => {
    shouldFail('a syntax error: RC3006 at its line and column (prefix line not counted)', 'SELECT ?x WHERE {\n  ?x regc:kind ?k', 2, 18);
    shouldFail('an undeclared prefix', 'SELECT ?x WHERE {\n  ?x nope:p ?k }', 2, 12);
    shouldFail('an update is not a query', 'INSERT DATA { <http://a> <http://b> <http://c> }', 1, 10);
    it('invalid Turtle input: RC3001', async () => {
      const r = await runQuery('@prefix ex: <http://example.org/> .\nex:a ex:b .', 'ASK {}');
      assert.equal(r.kind === 'error' && r.diagnostic.code, 'RC3001');
      assert.equal(r.kind === 'error' && r.diagnostic.span?.line, 2);
    });
  });

  describe('prefixes and loading', () => {
    it('adds the prefixes a query does not declare, on one line', () => {
      const { text, addedLines } = withPrefixes('PREFIX odrl: <urn:x:> ASK {}', { odrl: PREFIXES.odrl!, regc: PREFIXES.regc! });
      assert.equal(addedLines, 1);
      assert.equal(text, `BASE <https://w3id.org/regc/id/> PREFIX regc: <${PREFIXES.regc}>\nPREFIX odrl: <urn:x:> ASK {}`);
    });
    it('adds nothing when every prefix and the base are declared', () =>
      assert.deepEqual(withPrefixes('BASE <x:> prefix regc: <x:> ASK {}', { regc: PREFIXES.regc! }), { text: 'BASE <x:> prefix regc: <x:> ASK {}', addedLines: 0 }));
    it('compiled ids may be written relative to the id base, as in graph.ttl', async () =>
      assert.deepEqual(await runQuery(graph, 'ASK { <orbis-conduct/gifts/1/n1> a odrl:Prohibition }'), { kind: 'ask', boolean: true }));
    it('an opened graph answers many queries', async () => {
      const opened = openGraph(graph);
      assert.equal(opened.diagnostic, undefined);
      assert.deepEqual(await runQuery(opened.graph!, 'ASK { ?s a regc:Clause }'), { kind: 'ask', boolean: true });
      const r = await runQuery(opened.graph!, 'SELECT (COUNT(*) AS ?c) WHERE { ?s ?p ?o }');
      assert.equal(r.kind === 'select' && Number(r.rows[0]!.c!.value), graph.size);
    });
    it('blank nodes are numbered by first appearance, so results are stable', async () => {
      const r = await runQuery(graph, 'SELECT ?l WHERE { ?c odrl:or ?l }');
      assert.deepEqual(r.kind === 'select' && r.rows, [{ l: { type: 'bnode', value: 'b1' } }]);
    });
    it('N-Triples of a store: one line per triple, blank nodes renamed', () => {
      const nt = toNTriples(graph);
      assert.equal(nt.split('\n').filter(Boolean).length, graph.size);
      assert.match(nt, /^_:b1 <http:\/\/www\.w3\.org\/1999\/02\/22-rdf-syntax-ns#first> /m);
    });
  });
});
