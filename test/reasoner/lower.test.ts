import assert from 'node:assert/strict';
import N3 from 'n3';
import type { Conflict } from '../../src/ir/index.js';
import { evidenceText, lowerConflicts, readConflicts, resolutionIri } from '../../src/reasoner/lower.js';
import { AUTHORITY, RDF, REGC } from '../../src/vocab/index.js';
import { nid } from './fixtures.js';

const UNKNOWN = { bearer: 'unknown', action: 'unknown', target: 'unknown', context: 'unknown', scope: 'unknown', unformalised: [], specificity: { context: 'unknown', scope: 'unknown' } } as const;
const resolved: Conflict = {
  id: 'https://w3id.org/regc/id/conflict/00000000000000aa', status: 'definite', kind: 'permission-prohibition', norms: [nid('a'), nid('b')],
  evidence: { ...UNKNOWN, bearer: 'equal', action: 'contained', target: 'equal', context: 'equal', scope: 'contained', strength: 'strict', unformalised: ['if modest'] },
  resolution: { winner: nid('b'), defeated: nid('a'), principle: 'lex-superior', explanation: 'law outranks company-policy', basis: [`${AUTHORITY}law`, `${AUTHORITY}company-policy`] },
};
const open: Conflict = {
  id: 'https://w3id.org/regc/id/conflict/00000000000000bb', status: 'possible', kind: 'obligation-prohibition', norms: [nid('c'), nid('d')],
  evidence: { ...UNKNOWN, unformalised: [], strength: 'advisory' }, resolution: null,
};

describe('reasoner/lower', () => {
  const store = new N3.Store();
  lowerConflicts(store, [resolved, open]);
  const has = (s: string, p: string, o: string) => store.countQuads(s, p, o, null) === 1;

  it('types conflicts and resolutions', () => {
    assert.ok(has(resolved.id, RDF.type, REGC.Conflict));
    assert.ok(has(resolutionIri(resolved.id), RDF.type, REGC.Resolution));
  });
  it('states status, norms, winner, defeated, principle and evidence', () => {
    assert.ok(has(resolved.id, REGC.conflictStatus, REGC.definite));
    assert.ok(has(open.id, REGC.conflictStatus, REGC.possible));
    assert.equal(store.countQuads(resolved.id, REGC.involves, null, null), 2);
    assert.ok(has(resolutionIri(resolved.id), REGC.winner, nid('b')));
    assert.ok(has(resolutionIri(resolved.id), REGC.defeated, nid('a')));
    assert.ok(has(resolutionIri(resolved.id), REGC.principle, REGC.lexSuperior));
    assert.ok(has(resolutionIri(resolved.id), REGC.evidence, `${AUTHORITY}law`));
  });
  it('gives an unresolved conflict no resolution', () => assert.equal(store.countQuads(open.id, REGC.resolution, null, null), 0));
  it('uses no blank nodes', () => assert.equal(store.getQuads(null, null, null, null).filter((q) => q.subject.termType === 'BlankNode' || q.object.termType === 'BlankNode').length, 0));
  it('reads back what it wrote (evidence as unknown, strength kept)', () =>
    assert.deepEqual(readConflicts(store), [
      { ...resolved, evidence: { ...UNKNOWN, strength: 'strict' }, resolution: { ...resolved.resolution!, basis: [...resolved.resolution!.basis].sort() } },
      open,
    ]));
  it('replaces what an earlier run wrote', () => {
    const again = new N3.Store(store.getQuads(null, null, null, null));
    lowerConflicts(again, [open]);
    assert.deepEqual(readConflicts(again), [open]);
    assert.equal(again.countQuads(resolutionIri(resolved.id), null, null, null), 0);
  });
  it('says the evidence in one line', () => assert.match(evidenceText(resolved), /bearer equal, action contained, target equal, context equal; scope contained; strict; not formalised: "if modest"$/));
});
