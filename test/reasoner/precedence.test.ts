import assert from 'node:assert/strict';
import type { Diagnostic, Norm } from '../../src/ir/index.js';
import { reasonNorms } from '../../src/reasoner/index.js';
import type { ReasonOptions } from '../../src/reasoner/index.js';
import { DirectedGraph } from '../../src/reasoner/hierarchy.js';
import { stronglyConnected } from '../../src/reasoner/precedence.js';
import { sectionIri } from '../../src/vocab/index.js';
import { document, KNOWLEDGE, nid, norm, phrase } from './fixtures.js';

const DOCS = ['p1', 'p2', 'q1', 'q2', 'policy', 'annex'].map((id) => document(id, { authority: 'company-policy', effective: '2024-01-01' }));

function run(norms: Norm[], options: ReasonOptions = {}, overrides: [string, string][] = []) {
  const map = new Map<string, Set<string>>();
  for (const [s, o] of overrides) map.set(s, new Set([...(map.get(s) ?? []), o]));
  return reasonNorms(norms, DOCS, { ...KNOWLEDGE, overrides: map }, options);
}
const codes = (ds: Diagnostic[]) => ds.map((d) => `${d.code} ${d.severity}`).sort();
/** One row: norms, options, the diagnostics expected as "CODE severity". */
function shouldReport(name: string, norms: Norm[], expected: string[], options: ReasonOptions = {}, overrides: [string, string][] = []) {
  it(`${name}: ${expected.join(', ') || 'nothing'}`, () => assert.deepEqual(codes(run(norms, options, overrides).diagnostics), expected));
}

const s = (doc: string) => sectionIri(doc, 'main');
const pair = () => [norm('g', 'prohibition'), norm('a', 'permission', { doc: 'annex' })];

describe('reasoner/precedence', () => {
  describe('unresolved conflicts', () => {
    shouldReport('a warning', pair(), ['RC4002 warning']);
    shouldReport('an error under strict', pair(), ['RC4002 error'], { strict: true });
    shouldReport('a warning under strict when a norm is advisory', [norm('g', 'prohibition', { advisory: true }), norm('a', 'permission', { doc: 'annex' })], ['RC4002 warning'], { strict: true });
    shouldReport('nothing when resolved', [norm('g', 'prohibition'), norm('a', 'permission', { doc: 'annex', bearer: 'manager' })], []);
    it('names the conflict and its norms', () => {
      const d = run(pair()).diagnostics[0]!;
      assert.deepEqual(d.nodes?.slice(1), [nid('a', 'annex'), nid('g')]);
      assert.equal(d.span?.file, 'regulations/annex.md');
    });
  });

  describe('cycles', () => {
    // p1 > q1 > p2 > q2 > p1 by regc:overrides; every permission conflicts with every prohibition
    const four = [norm('p1', 'permission', { doc: 'p1' }), norm('q1', 'prohibition', { doc: 'q1' }), norm('p2', 'permission', { doc: 'p2' }), norm('q2', 'prohibition', { doc: 'q2' })];
    const ring: [string, string][] = [[s('p1'), s('q1')], [s('q1'), s('p2')], [s('p2'), s('q2')], [s('q2'), s('p1')]];
    shouldReport('a cycle of four through explicit overrides', four, ['RC4001 error'], {}, ring);
    it('names the cycle, from its least norm', () => {
      const d = run(four, {}, ring).diagnostics.find((x) => x.code === 'RC4001')!;
      assert.deepEqual(d.nodes, [nid('p1', 'p1'), nid('q1', 'q1'), nid('p2', 'p2'), nid('q2', 'q2')]);
    });
    const both = [norm('g', 'prohibition', { overrides: [phrase('notwithstanding', 'annex')] }), norm('a', 'permission', { doc: 'annex', overrides: [phrase('notwithstanding', 'policy')] })];
    shouldReport('overrides pointing both ways', both, ['RC4001 error', 'RC4002 warning']);
    it('lets the next principle decide after a contradiction', () => {
      const r = run([norm('g', 'prohibition', { overrides: [phrase('notwithstanding', 'annex')] }), norm('a', 'permission', { doc: 'annex', bearer: 'manager', overrides: [phrase('notwithstanding', 'policy')] })]);
      assert.equal(r.conflicts[0]!.resolution?.principle, 'lex-specialis');
      assert.deepEqual(codes(r.diagnostics), ['RC4001 error']);
    });
  });

  describe('override phrases that decide nothing', () => {
    shouldReport('"notwithstanding" a section with no conflicting norm', [norm('g', 'prohibition'), norm('a', 'prohibition', { doc: 'annex', overrides: [phrase('notwithstanding', 'policy')] })], ['RC4004 warning']);
    shouldReport('not when it decides a conflict', [norm('g', 'prohibition'), norm('a', 'permission', { doc: 'annex', overrides: [phrase('notwithstanding', 'policy')] })], []);
  });

  describe('strongly connected components', () => {
    const g = new DirectedGraph();
    for (const [a, b] of [['a', 'b'], ['b', 'c'], ['c', 'a'], ['c', 'd'], ['d', 'e'], ['e', 'd'], ['f', 'f']]) {
      g.mergeNode(a!);
      g.mergeNode(b!);
      g.mergeEdge(a!, b!);
    }
    it('finds each component once, sorted', () => assert.deepEqual(stronglyConnected(g), [['a', 'b', 'c'], ['d', 'e'], ['f']]));
  });
});
