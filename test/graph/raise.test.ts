import assert from 'node:assert/strict';
import N3 from 'n3';
import type { Condition, Constraint, Norm, Value } from '../../src/ir/index.js';
import { lowerToGraph } from '../../src/graph/lower.js';
import { normIris, readDocuments, readNorms } from '../../src/graph/raise.js';
import { compareValues } from '../../src/graph/constraint.js';
import { naturalCompare } from '../../src/graph/rdf.js';
import { parseTurtle } from '../../src/graph/turtle.js';
import { DOC, GIFTS, ORBIS, doc, norms, span } from './fixtures.js';

// ---------------------------------------------------------------- a seeded generator of rich norms

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ODRL = 'http://www.w3.org/ns/odrl/2/';
const OPERATORS = ['eq', 'neq', 'lt', 'lteq', 'gt', 'gteq', 'isA', 'isPartOf', 'hasPart', 'isAnyOf', 'isAllOf', 'isNoneOf'] as const;
const LOGICAL = ['and', 'or', 'xone', 'andSequence'] as const;
const MARKERS = ['if', 'when', 'where', 'while', 'in case', 'before', 'after', 'unless', 'except', 'provided that', 'other than', 'only if', 'constraint'] as const;

function generate(count: number, seed: number): Norm[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const maybe = (p = 0.5) => r() < p;
  const value = (): Value => {
    switch (pick(['number', 'date', 'dateTime', 'boolean', 'iri', 'string'] as const)) {
      case 'number': return { kind: 'number', value: pick([0, 1, 50, 99.5, -3, 1000000, 0.25]) };
      case 'date': return { kind: 'date', value: pick(['2024-01-01', '2026-12-31']) };
      case 'dateTime': return { kind: 'dateTime', value: '2025-06-30T12:00:00Z' };
      case 'boolean': return { kind: 'boolean', value: maybe() };
      case 'iri': return { kind: 'iri', value: `${ORBIS}${pick(['eu', 'us', 'marketing'])}` };
      case 'string': return { kind: 'string', value: pick(['P30D', 'a "quoted", comma', 'line\nbreak', 'ünïcode ✓']) };
    }
  };
  const constraint = (depth: number): Constraint => {
    if (depth < 2 && maybe(0.3)) {
      return { type: 'logical', operator: pick(LOGICAL), constraints: Array.from({ length: Math.floor(r() * 3) }, () => constraint(depth + 1)) };
    }
    const operator = pick(OPERATORS);
    // a right operand is a set: equal values are one value in RDF
    const values = operator.startsWith('is') && operator !== 'isA' ? [value(), value()] : [value()];
    if (values.length === 2 && compareValues(values[0]!, values[1]!) === 0) values.pop();
    const c: Constraint = { type: 'atomic', leftOperand: pick([`${ODRL}count`, `${ODRL}dateTime`, `${ORBIS}managerApproval`]), operator, rightOperand: values.sort(compareValues) };
    if (maybe(0.3)) c.unit = `${ORBIS}EUR`;
    return c;
  };
  const condition = (k: number): Condition => {
    const c: Condition = { marker: pick(MARKERS), text: `condition ${k}`, concepts: maybe() ? [`${ORBIS}a`, `${ORBIS}b`] : [] };
    if (maybe()) c.constraint = constraint(1);
    if (maybe()) c.span = span(k, 3, 10, k * 20);
    return c;
  };
  const out: Norm[] = [];
  for (let i = 0; i < count; i++) {
    const iri = `${GIFTS}/${i + 1}/n1`;
    const kind = pick(['obligation', 'permission', 'prohibition'] as const);
    const n: Norm = {
      iri, kind, strength: pick(['strict', 'advisory'] as const),
      bearer: maybe() ? { text: 'employees', concept: `${ORBIS}employee` } : { text: 'staff' },
      action: maybe() ? { text: 'accept', concept: `${ORBIS}acceptGift` } : { text: `do thing ${i % 7}` },
      constraints: Array.from({ length: Math.floor(r() * 3) }, () => constraint(0)),
      conditions: Array.from({ length: Math.floor(r() * 3) }, (_, k) => condition(k + 1)),
      exceptions: Array.from({ length: Math.floor(r() * 2) }, (_, k) => condition(k + 5)),
      references: maybe() ? [{ kind: 'section', text: 'Section 3.2', label: '3.2', resolved: GIFTS, span: span(1, 2, 3, 4) }, { kind: 'article', text: 'Article 6(1)', label: '6(1)' }] : [],
      overrides: maybe(0.3) ? [{ kind: pick(['notwithstanding', 'subject-to', 'except-as-provided', 'in-addition-to'] as const), text: 'Notwithstanding Section 3.2', references: [{ kind: 'section', text: 'Section 3.2', label: '3.2' }] }] : [],
      duties: kind === 'permission' && maybe() ? [`${iri}-duty-b`, `${iri}-duty-a`].sort(naturalCompare) : [],
      document: DOC,
      origin: pick(['rules', 'llm', 'analyst', 'turtle', 'odrl'] as const),
      text: `Norm ${i} with "quotes" and a\ttab.`,
      span: span(i + 1, 1, 40, i * 50),
    };
    if (maybe()) n.modal = pick(['must', 'may', 'must not', 'is expected to']);
    if (maybe()) n.target = maybe() ? { text: 'cash', concept: `${ORBIS}cash` } : { text: 'gifts' };
    if (maybe(0.2)) n.refinements = [constraint(1)];
    if (maybe(0.2)) n.dutyOf = `${GIFTS}/0/n1`;
    if (maybe()) n.section = GIFTS;
    if (maybe()) n.clause = `${GIFTS}/${i + 1}`;
    if (maybe(0.3)) n.policy = maybe() ? { iri: 'https://example.org/policy/p', conflict: 'perm' } : { iri: 'https://example.org/policy/q' };
    if (n.origin === 'analyst' && maybe()) n.review = { file: 'regulations/orbis-conduct.review.yaml', reviewedBy: 'Ana', reviewedOn: '2024-02-01', note: 'checked' };
    out.push(n);
  }
  return out;
}

// ---------------------------------------------------------------- canonical form

/** Norms sorted by IRI, constraints without an IRI of their own first (in order), set-like lists sorted. */
function canonical(ns: Norm[]): Norm[] {
  const constraints = (cs: Constraint[]): Constraint[] =>
    cs
      .map((c, i) => [c, i] as const)
      .sort(([a, i], [b, j]) => (a.iri ?? '') === (b.iri ?? '') ? i - j : !a.iri ? -1 : !b.iri ? 1 : naturalCompare(a.iri, b.iri))
      .map(([c]) => (c.type === 'logical' ? { ...c, constraints: constraints(c.constraints) } : { ...c, rightOperand: [...c.rightOperand].sort(compareValues) }));
  const condition = (c: Condition): Condition => ({ ...c, concepts: [...c.concepts].sort(naturalCompare), ...(c.constraint ? { constraint: constraints([c.constraint])[0]! } : {}) });
  return [...ns]
    .sort((a, b) => naturalCompare(a.iri, b.iri))
    .map((n) => ({
      ...n,
      constraints: constraints(n.constraints),
      ...(n.refinements?.length ? { refinements: constraints(n.refinements) } : {}),
      conditions: n.conditions.map(condition),
      exceptions: n.exceptions.map(condition),
      duties: [...n.duties].sort(naturalCompare),
    }))
    .map((n) => {
      if (!n.refinements?.length) delete n.refinements;
      return n;
    });
}

const shouldRoundTrip = (what: string, input: Norm[]) =>
  it(what, () => assert.deepEqual(readNorms(lowerToGraph({ documents: [], norms: input })), canonical(input)));

/** Norms read from Turtle written by hand (prefixes odrl, regc, orbis, id, prov, xsd declared). */
const shouldRead = (what: string, turtle: string, check: (n: Norm[]) => void) =>
  it(what, () => {
    const parsed = parseTurtle(PREAMBLE + turtle, 'hand.ttl');
    assert.deepEqual(parsed.diagnostics, []);
    check(readNorms(parsed.store!));
  });

const PREAMBLE = `@prefix odrl: <${ODRL}> . @prefix regc: <https://w3id.org/regc/ns#> . @prefix orbis: <${ORBIS}> .
@prefix prov: <http://www.w3.org/ns/prov#> . @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> . @base <https://w3id.org/regc/id/> .
`;

describe('graph/raise', () => {
  describe('readNorms ∘ lowerToGraph is the identity (after a canonical sort)', () => {
    shouldRoundTrip('the fixture norms: every field, every constraint form', norms);
    shouldRoundTrip('200 generated norms', generate(200, 7));
    shouldRoundTrip('200 more from another seed', generate(200, 2024));
    shouldRoundTrip('no norms', []);
    it('the generated norms do use every operator, logical operator and marker', () => {
      const seen = new Set<string>();
      const walk = (c: Constraint): void => {
        seen.add(c.operator);
        if (c.type === 'logical') c.constraints.forEach(walk);
      };
      for (const n of generate(200, 7)) {
        n.constraints.forEach(walk);
        for (const c of [...n.conditions, ...n.exceptions]) seen.add(c.marker);
      }
      for (const x of [...OPERATORS, ...LOGICAL, ...MARKERS]) assert.ok(seen.has(x), x);
    });
  });

  describe('readDocuments ∘ lowerToGraph', () => {
    it('rebuilds metadata, sections (in order, with parents) and clauses (with lead-ins)', () =>
      assert.deepEqual(readDocuments(lowerToGraph({ documents: [doc], norms: [] })), [doc]));
    it('reads documents sorted by IRI', () => {
      const other = { ...doc, id: 'a-first', iri: 'https://w3id.org/regc/id/a-first', sections: [] };
      assert.deepEqual(readDocuments(lowerToGraph({ documents: [doc, other], norms: [] })).map((d) => d.id), ['a-first', 'orbis-conduct']);
    });
  });

  describe('norms an analyst wrote in Turtle', () => {
    shouldRead('the kind comes from the class; texts from the concepts\' labels', `
      orbis:contractor skos:prefLabel "contractor"@en . orbis:disclose skos:prefLabel "disclose"@en .
      <x/1/t1> a odrl:Prohibition ; odrl:assignee orbis:contractor ; odrl:action orbis:disclose .`, (ns) => {
      assert.equal(ns.length, 1);
      assert.deepEqual([ns[0]!.kind, ns[0]!.strength, ns[0]!.origin], ['prohibition', 'strict', 'turtle']);
      assert.deepEqual(ns[0]!.bearer, { text: 'contractor', concept: `${ORBIS}contractor` });
      assert.deepEqual(ns[0]!.action, { text: 'disclose', concept: `${ORBIS}disclose` });
    });
    shouldRead('a duty is an obligation; without a label the local name is the text', `
      <x/1/t2> a odrl:Duty ; odrl:action orbis:reportGift .`, (ns) => {
      assert.equal(ns[0]!.kind, 'obligation');
      assert.deepEqual(ns[0]!.action, { text: 'reportGift', concept: `${ORBIS}reportGift` });
    });
    shouldRead('a stated regc:kind is enough to be a norm', `<x/1/t3> regc:kind "permission" ; regc:actionText "travel" .`, (ns) =>
      assert.deepEqual(ns.map((n) => [n.kind, n.action.text]), [['permission', 'travel']]));
    shouldRead('blank-node constraints, lists and conditions read back', `
      <x/1/t4> a odrl:Permission ; odrl:action odrl:use ;
        odrl:constraint [ odrl:or ( [ odrl:leftOperand odrl:count ; odrl:operator odrl:lt ; odrl:rightOperand 3 ]
                                    [ odrl:leftOperand odrl:count ; odrl:operator odrl:isAnyOf ; odrl:rightOperand 5, 4 ] ) ] ;
        regc:condition [ regc:marker "when" ; regc:conditionText "travelling" ; regc:mentions orbis:travel ] .`, (ns) => {
      const n = ns[0]!;
      assert.deepEqual(n.constraints, [{
        type: 'logical', operator: 'or', constraints: [
          { type: 'atomic', leftOperand: `${ODRL}count`, operator: 'lt', rightOperand: [{ kind: 'number', value: 3 }] },
          { type: 'atomic', leftOperand: `${ODRL}count`, operator: 'isAnyOf', rightOperand: [{ kind: 'number', value: 4 }, { kind: 'number', value: 5 }] },
        ],
      }]);
      assert.deepEqual(n.conditions, [{ marker: 'when', text: 'travelling', concepts: [`${ORBIS}travel`] }]);
    });
    shouldRead('the document comes from the clause when not stated; the origin from the activity', `
      <d/s/1> a regc:Clause ; regc:document <d> .
      <d/s/1/t1> a odrl:Prohibition ; odrl:action orbis:x ; regc:clause <d/s/1> ; prov:wasGeneratedBy regc:llmExtraction .`, (ns) => {
      assert.equal(ns[0]!.document, 'https://w3id.org/regc/id/d');
      assert.equal(ns[0]!.origin, 'llm');
    });
    shouldRead('an unknown operator drops the constraint, not the norm', `
      <x/1/t5> a odrl:Prohibition ; odrl:action orbis:x ; odrl:constraint <x/1/t5/c1> .
      <x/1/t5/c1> odrl:leftOperand odrl:count ; odrl:operator odrl:about ; odrl:rightOperand 1 .`, (ns) => assert.deepEqual(ns[0]!.constraints, []));
    shouldRead('several values where one is expected: the least is taken, whatever the order', `
      <x/1/t6> a odrl:Prohibition ; odrl:action orbis:x ; regc:bearerText "b", "a" .`, (ns) => assert.equal(ns[0]!.bearer.text, 'a'));
  });

  it('normIris finds rules by class or by kind, not clauses by their kind', () => {
    const store = new N3.Store(parseTurtle(PREAMBLE + '<c> a regc:Clause ; regc:kind "paragraph" . <n> regc:kind "prohibition" . <m> a regc:Obligation .', 'x').store!.getQuads(null, null, null, null));
    assert.deepEqual(normIris(store), ['https://w3id.org/regc/id/m', 'https://w3id.org/regc/id/n']);
  });
});
