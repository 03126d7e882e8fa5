import assert from 'node:assert/strict';
import N3 from 'n3';
import { lowerToGraph } from '../../src/graph/lower.js';
import { parseTurtle, serializeTurtle } from '../../src/graph/turtle.js';
import { PREFIXES } from '../../src/vocab/index.js';
import { doc, norms } from './fixtures.js';

const P = '@prefix ex: <http://example.org/> . @prefix odrl: <http://www.w3.org/ns/odrl/2/> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n';
const EX = { ...PREFIXES, ex: 'http://example.org/' };
const store = (turtle: string): N3.Store => {
  const parsed = parseTurtle(P + turtle, 'in.ttl');
  assert.deepEqual(parsed.diagnostics, []);
  return parsed.store!;
};

/** Turtle in, exactly this Turtle out (the body, after the header). */
const shouldWrite = (what: string, turtle: string, body: string) =>
  it(what, () => {
    const out = serializeTurtle(store(turtle), { prefixes: EX });
    assert.equal(out.slice(out.indexOf('\n\n') + 2), body + '\n');
  });

const shouldReport = (what: string, turtle: string, line: number, column: number) =>
  it(what, () => {
    const r = parseTurtle(turtle, 'bad.ttl');
    assert.equal(r.store, undefined);
    assert.deepEqual(r.diagnostics.map((d) => [d.code, d.severity, d.span?.file, d.span?.line, d.span?.column]), [['RC3001', 'error', 'bad.ttl', line, column]]);
  });

const shuffled = (s: N3.Store, seed: number): N3.Store => {
  const quads = s.getQuads(null, null, null, null);
  let a = seed;
  for (let i = quads.length - 1; i > 0; i--) {
    a = (a * 1103515245 + 12345) % 2147483648;
    const j = a % (i + 1);
    [quads[i], quads[j]] = [quads[j]!, quads[i]!];
  }
  return new N3.Store(quads);
};

describe('graph/turtle', () => {
  describe('layout', () => {
    shouldWrite('a first, then predicates sorted, objects grouped with commas', 'ex:s ex:q ex:b, ex:a ; a ex:C ; ex:p "x" .',
      'ex:s a ex:C ;\n    ex:p "x" ;\n    ex:q ex:a, ex:b .');
    shouldWrite('subjects in natural order (n2 before n10)', 'ex:n10 ex:p 1 . ex:n2 ex:p 2 .', 'ex:n2 ex:p 2 .\n\nex:n10 ex:p 1 .');
    shouldWrite('numbers and booleans bare, other datatypes typed, language tags kept',
      'ex:s ex:p 5, 2.5, true, "2024-01-01"^^xsd:date, "chat"@fr, "1e3"^^xsd:double .',
      'ex:s ex:p "2024-01-01"^^xsd:date, "chat"@fr, 1e3, 2.5, 5, true .');
    shouldWrite('strings escaped', 'ex:s ex:p "a \\"q\\"\\nb\\\\c\\td" .', 'ex:s ex:p "a \\"q\\"\\nb\\\\c\\td" .');
    shouldWrite('a blank node used once is written inline', 'ex:s ex:p [ ex:q 1 ; ex:r [ ex:t 2 ] ] .',
      'ex:s ex:p [\n        ex:q 1 ;\n        ex:r [\n            ex:t 2\n        ]\n    ] .');
    shouldWrite('lists as ( … ), the empty list as ()', 'ex:s odrl:and ( ex:a ex:b ), () .', 'ex:s odrl:and ( ex:a ex:b ), () .');
    shouldWrite('a blank node used twice gets a label', 'ex:s ex:p _:x . ex:t ex:p _:x . _:x ex:q 1 .',
      'ex:s ex:p _:b1 .\n\nex:t ex:p _:b1 .\n\n_:b1 ex:q 1 .');
    shouldWrite('an unreferenced blank node is a [ … ] statement', '[ ex:q 1 ] .', '[\n    ex:q 1\n] .');
    shouldWrite('a cycle of blank nodes is cut with a label', 'ex:s ex:p [ ex:q _:y ] . _:y ex:r [ ex:back _:y ] .',
      'ex:s ex:p [\n        ex:q _:b1\n    ] .\n\n_:b1 ex:r [\n        ex:back _:b1\n    ] .');
    shouldWrite('long object lists go one per line', `ex:s ex:p ${Array.from({ length: 8 }, (_, i) => `ex:object-number-${i}`).join(', ')} .`,
      `ex:s ex:p ${Array.from({ length: 8 }, (_, i) => `ex:object-number-${i}`).join(',\n        ')} .`);
    it('writes compiled ids relative to @base, other IRIs prefixed or in full', () => {
      const out = serializeTurtle(store('<https://w3id.org/regc/id/doc/s/1> ex:p <https://w3id.org/regc/id/a:b>, <http://other.org/x> .'), { prefixes: EX });
      assert.equal(out, '@base <https://w3id.org/regc/id/> .\n@prefix ex: <http://example.org/> .\n\n'
        + '<doc/s/1> ex:p <http://other.org/x>, <https://w3id.org/regc/id/a:b> .\n');
    });
    shouldWrite('percent escapes stay in prefixed names; other characters need the full IRI', 'ex:don%27t ex:p ex:a, <http://example.org/a/b>, <http://example.org/a.> .',
      'ex:don%27t ex:p <http://example.org/a.>, <http://example.org/a/b>, ex:a .');
    it('declares only the prefixes it uses, in PREFIXES order', () => {
      const out = serializeTurtle(lowerToGraph({ documents: [doc], norms }));
      const declared = [...out.matchAll(/^@prefix (\w+):/gm)].map((m) => m[1]);
      assert.deepEqual(declared, ['rdf', 'rdfs', 'xsd', 'prov', 'dct', 'eli', 'odrl', 'regc', 'auth', 'act']);
    });
    it('takes other prefixes and no base when asked', () => {
      const out = serializeTurtle(store('<https://w3id.org/regc/id/d> ex:p 1 .'), { prefixes: { x: 'http://example.org/' }, base: false });
      assert.equal(out, '@prefix x: <http://example.org/> .\n\n<https://w3id.org/regc/id/d> x:p 1 .\n');
    });
    it('writes an empty store as an empty string', () => assert.equal(serializeTurtle(new N3.Store()), ''));
  });

  describe('determinism', () => {
    const graph = lowerToGraph({ documents: [doc], norms });
    const text = serializeTurtle(graph);
    it('serialise → parse → serialise gives the same bytes', () => assert.equal(serializeTurtle(parseTurtle(text, 'g.ttl').store!), text));
    it('the order triples were added in does not change the output', () => {
      for (const seed of [1, 2, 3]) assert.equal(serializeTurtle(shuffled(graph, seed)), text);
    });
    it('blank-node labels do not depend on insertion order', () => {
      const s = store('ex:a ex:p _:x, _:y . ex:b ex:p _:x, _:y . _:x ex:v 2 . _:y ex:v 1 .');
      const out = serializeTurtle(s, { prefixes: EX });
      assert.match(out, /_:b1 ex:v 1 \./);
      for (const seed of [4, 5]) assert.equal(serializeTurtle(shuffled(s, seed), { prefixes: EX }), out);
    });
    it('parses back to the same triples', () => {
      const back = parseTurtle(text, 'g.ttl').store!;
      assert.equal(back.size, graph.size);
      for (const q of graph.getQuads(null, null, null, null)) if (q.subject.termType !== 'BlankNode' && q.object.termType !== 'BlankNode') assert.ok(back.has(q), q.subject.value + ' ' + q.predicate.value);
    });
  });

  describe('parseTurtle', () => {
    it('returns the store and the declared prefixes', () => {
      const r = parseTurtle('@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .', 'ok.ttl');
      assert.equal(r.store?.size, 1);
      assert.deepEqual(r.prefixes, { ex: 'http://example.org/' });
    });
    shouldReport('an unterminated string: RC3001 at its line and column', '@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\nex:d ex:e "open\n', 3, 11);
    shouldReport('a missing object', '@prefix ex: <http://example.org/> .\nex:a ex:b .', 2, 11);
    shouldReport('an undeclared prefix', '<http://a> <http://b> nope:c .', 1, 23);
  });
});
