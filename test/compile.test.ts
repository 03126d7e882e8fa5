/**
 * The driver end to end on the shipped running example: every clause of the four Orbis regulations yields
 * exactly the norms of the gold standard (`test/regulations/expected.ts`), whichever way they were stated
 * (rule-based extraction, analyst review, analyst Turtle), and the compile reports no error.
 */
import assert from 'node:assert/strict';
import { compile, classifyInput } from '../src/compile.js';
import type { CompileResult } from '../src/compile.js';
import type { Constraint, Norm } from '../src/ir/index.js';
import { readNorms } from '../src/graph/index.js';
import { ID, REGC } from '../src/vocab/index.js';
import { EXPECTED_CLAUSES, NO_NORM_CLAUSES } from './regulations/expected.js';
import type { ExpectedNorm } from './regulations/expected.js';

/** What the gold standard says about a norm, read off a compiled norm. */
function observed(n: Norm, like: ExpectedNorm): ExpectedNorm {
  const o: ExpectedNorm = {
    kind: n.kind,
    strength: n.strength,
    bearer: n.bearer.concept ?? `(text) ${n.bearer.text}`,
    action: n.action.concept ?? `(text) ${n.action.text}`,
    conditions: n.conditions.some((c) => c.marker !== 'constraint'),
    exceptions: n.exceptions.length > 0,
    references: n.references.length > 0 || n.overrides.some((p) => p.references.length > 0),
    overrides: n.overrides.length > 0,
  };
  if (n.target?.concept) o.target = n.target.concept;
  if (like.override !== undefined && n.overrides[0]) o.override = n.overrides[0].kind;
  if (like.contexts) {
    const mentioned = new Set([...n.conditions, ...n.exceptions].flatMap((c) => c.concepts));
    o.contexts = like.contexts.filter((c) => mentioned.has(c));
  }
  if (like.amount) {
    const a = [...n.constraints, ...n.conditions.flatMap((c) => (c.constraint ? [c.constraint] : []))]
      .flatMap(atoms)
      .find((c) => c.type === 'atomic' && c.leftOperand === REGC.monetaryValue);
    if (a && a.type === 'atomic' && a.rightOperand[0]?.kind === 'number') {
      o.amount = { operator: a.operator as 'lt', value: a.rightOperand[0].value, currency: (a.unit ?? '').endsWith('EUR') ? 'EUR' : 'USD' };
    }
  }
  if (like.omission) o.omission = n.modal === 'need not' ? true : (undefined as never);
  if (like.origin) o.origin = n.origin as 'analyst';
  return o;
}

const atoms = (c: Constraint): Constraint[] => (c.type === 'atomic' ? [c] : c.constraints.flatMap(atoms));
const byKey = (a: ExpectedNorm, b: ExpectedNorm) => JSON.stringify(a) < JSON.stringify(b) ? -1 : 1;

describe('compile: the running example', function () {
  this.timeout(120_000);
  let result: CompileResult;
  const normsOf = new Map<string, Norm[]>();

  before(async () => {
    result = await compile({ regulations: 'regulations', ontologies: 'ontologies', out: 'compiled', dryRun: true });
    for (const n of readNorms(result.graph!)) {
      if (!n.clause) continue;
      const id = n.clause.slice(ID.length);
      normsOf.set(id, [...(normsOf.get(id) ?? []), n]);
    }
  });

  it('compiles with no error diagnostics', () =>
    assert.deepEqual(result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code), []));

  it('yields no extraction warning (every modal sentence has a bearer, every reference resolves)', () =>
    assert.deepEqual(result.diagnostics.filter((d) => d.code.startsWith('RC2') && d.severity !== 'info').map((d) => `${d.code} ${d.span?.line}`), []));

  for (const c of EXPECTED_CLAUSES) {
    it(`${c.id} yields ${c.norms.map((n) => n.kind).join(', ')}`, () => {
      const got = normsOf.get(c.id) ?? [];
      const want = [...c.norms].sort(byKey);
      // each compiled norm is read with the options of the gold norm it corresponds to (amount, contexts …)
      const like = (n: Norm) => want.find((w) => w.kind === n.kind && w.action === n.action.concept) ?? want[0]!;
      assert.deepEqual(got.map((n) => observed(n, like(n))).sort(byKey), want);
    });
  }

  for (const c of NO_NORM_CLAUSES) {
    it(`${c.id} (${c.why}) yields no norm`, () => assert.deepEqual((normsOf.get(c.id) ?? []).map((n) => n.iri), []));
  }
});

describe('compile: inputs by file name', () => {
  const cases: [string, ReturnType<typeof classifyInput>][] = [
    ['orbis-conduct.md', 'markdown'],
    ['policy.txt', 'text'],
    ['data-sharing.ttl', 'odrl'],
    ['data-sharing.jsonld', 'odrl'],
    ['orbis-conduct.review.yaml', 'review'],
    ['orbis-conduct.norms.ttl', 'turtle-norms'],
    ['README.md', 'skip'],
    ['.hidden.md', 'skip'],
    ['notes.docx', 'unknown'],
  ];
  for (const [name, kind] of cases) it(`${name} is ${kind}`, () => assert.equal(classifyInput(name), kind));
});
