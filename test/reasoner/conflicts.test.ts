import assert from 'node:assert/strict';
import type { Conflict, ConflictKind, ConflictStatus, Norm, Situation } from '../../src/ir/index.js';
import { checkPair, conflictId, detectConflicts, naiveConflicts, scopeAll } from '../../src/reasoner/conflicts.js';
import { ContextComparer } from '../../src/reasoner/context.js';
import { applies } from '../../src/reasoner/evaluate.js';
import { buildHierarchies } from '../../src/reasoner/hierarchy.js';
import { prepareReasoned } from '../../src/reasoner/reasoned.js';
import { ODRL, REGC } from '../../src/vocab/index.js';
import { amount, CONCEPTS, fact, mulberry32, norm, nid, num, o, purpose, randomNorms } from './fixtures.js';
import type { NormSpec } from './fixtures.js';

const h = buildHierarchies({ concepts: CONCEPTS });
const env = { hierarchies: h, contexts: new ContextComparer(h) };

function between(a: Norm, b: Norm): Conflict | null {
  const [x, y] = scopeAll([a, b]);
  return checkPair(x!, y!, env);
}
type K = Norm['kind'];
/** One row: two norms (kind and options) and the conflict expected between them, or null. */
function shouldConflict(name: string, a: [K, NormSpec], b: [K, NormSpec], expected: { kind: ConflictKind; status: ConflictStatus } | null) {
  it(`${name}: ${expected ? `${expected.status} ${expected.kind}` : 'no conflict'}`, () => {
    const c = between(norm('a', ...a), norm('b', ...b));
    assert.deepEqual(c && { kind: c.kind, status: c.status }, expected);
  });
}
const definite = (kind: ConflictKind) => ({ kind, status: 'definite' as const });
const possible = (kind: ConflictKind) => ({ kind, status: 'possible' as const });
const PP = 'permission-prohibition' as const;

describe('reasoner/conflicts', () => {
  describe('kinds', () => {
    shouldConflict('may accept gifts / must not accept gifts', ['permission', {}], ['prohibition', {}], definite(PP));
    shouldConflict('must accept / must not accept', ['obligation', {}], ['prohibition', {}], definite('obligation-prohibition'));
    shouldConflict('a duty of a permission whose fulfilment is prohibited', ['obligation', { action: 'reportGift', dutyOf: nid('x') }], ['prohibition', { action: 'reportGift' }], definite('duty-prohibition'));
    shouldConflict('must report at most 10 / must report more than 20', ['obligation', { action: 'reportGift', refine: [amount('lteq', 10)] }], ['obligation', { action: 'reportGift', refine: [amount('gt', 20)] }], definite('incompatible-refinements'));
    shouldConflict('refinements that can both hold', ['obligation', { action: 'reportGift', refine: [amount('lteq', 30)] }], ['obligation', { action: 'reportGift', refine: [amount('gt', 20)] }], null);
    shouldConflict('one obligation unrefined', ['obligation', { action: 'reportGift' }], ['obligation', { action: 'reportGift', refine: [amount('gt', 20)] }], null);
    shouldConflict('must share data / must not export data (share another way)', ['obligation', { action: 'shareData' }], ['prohibition', { action: 'exportData' }], null);
    shouldConflict('must export data / must not share data', ['obligation', { action: 'exportData' }], ['prohibition', { action: 'shareData' }], definite('obligation-prohibition'));
    shouldConflict('must share (anything) / must not share customer data', ['obligation', { action: 'shareData' }], ['prohibition', { action: 'shareData', target: 'customerData' }], null);
    shouldConflict('must share customer emails / must not share customer data', ['obligation', { action: 'shareData', target: 'customerEmail' }], ['prohibition', { action: 'shareData', target: 'customerData' }], definite('obligation-prohibition'));
    shouldConflict('must report in a manner the prohibition does not forbid', ['obligation', { action: 'reportGift', refine: [amount('lt', 10)] }], ['prohibition', { action: 'reportGift', refine: [amount('gt', 5)] }], null);
    shouldConflict('must report in a manner the prohibition forbids', ['obligation', { action: 'reportGift', refine: [amount('gt', 10)] }], ['prohibition', { action: 'reportGift', refine: [amount('gt', 5)] }], definite('obligation-prohibition'));
    shouldConflict('managers must / employees must not (when over 50)', ['obligation', { bearer: 'manager' }], ['prohibition', { when: [amount('gt', 50)] }], possible('obligation-prohibition'));
    shouldConflict('two permissions', ['permission', {}], ['permission', {}], null);
    shouldConflict('two prohibitions', ['prohibition', {}], ['prohibition', {}], null);
    shouldConflict('a permission and an obligation', ['permission', {}], ['obligation', {}], null);
  });

  describe('bearers, actions, targets', () => {
    shouldConflict('managers may / employees must not', ['permission', { bearer: 'manager' }], ['prohibition', {}], definite(PP));
    shouldConflict('managers may / sales staff must not', ['permission', { bearer: 'manager' }], ['prohibition', { bearer: 'salesStaff' }], possible(PP));
    shouldConflict('contractors may / employees must not', ['permission', { bearer: 'contractor' }], ['prohibition', {}], null);
    shouldConflict('may export data / must not use', ['permission', { action: 'exportData' }], ['prohibition', { action: ODRL.use }], definite(PP));
    shouldConflict('may export data / must not accept gifts', ['permission', { action: 'exportData' }], ['prohibition', {}], null);
    shouldConflict('may share customer emails / must not share records', ['permission', { action: 'shareData', target: 'customerEmail' }], ['prohibition', { action: 'shareData', target: 'record' }], definite(PP));
    shouldConflict('may share customer data / must not share supplier data', ['permission', { action: 'shareData', target: 'customerData' }], ['prohibition', { action: 'shareData', target: 'supplierData' }], null);
    shouldConflict('may share customer data / must not share (anything)', ['permission', { action: 'shareData', target: 'customerData' }], ['prohibition', { action: 'shareData' }], definite(PP));
    shouldConflict('text-only bearers, same text', ['permission', { bearerText: 'Visitors' }], ['prohibition', { bearerText: 'visitor' }], definite(PP));
    shouldConflict('text-only bearers, different text', ['permission', { bearerText: 'visitors' }], ['prohibition', { bearerText: 'auditors' }], null);
  });

  describe('contexts', () => {
    shouldConflict('may accept up to 50 / must not accept over 50', ['permission', { when: [amount('lteq', 50)] }], ['prohibition', { when: [amount('gt', 50)] }], null);
    shouldConflict('may accept with approval / must not accept', ['permission', { when: [fact('managerApproval')] }], ['prohibition', {}], definite(PP));
    shouldConflict('may accept under 100 / must not accept over 50', ['permission', { when: [amount('lt', 100)] }], ['prohibition', { when: [amount('gt', 50)] }], possible(PP));
    shouldConflict('must not accept unless approved / may accept if approved', ['permission', { when: [fact('managerApproval')] }], ['prohibition', { unless: [fact('managerApproval')] }], null);
    shouldConflict('must not accept unless approved / may accept', ['permission', {}], ['prohibition', { unless: [fact('managerApproval')] }], definite(PP));
    shouldConflict('unformalised condition keeps it possible', ['permission', { vague: ['if the gift is modest'] }], ['prohibition', {}], possible(PP));
    shouldConflict('unformalised exception keeps it possible', ['permission', {}], ['prohibition', { vagueUnless: ['unless customary'] }], possible(PP));
    shouldConflict('unformalised but formally apart', ['permission', { when: [amount('lteq', 50)], vague: ['if modest'] }], ['prohibition', { when: [amount('gt', 50)] }], null);
    shouldConflict('for marketing / not for email marketing', ['permission', { action: 'shareData', when: [purpose('isA', 'marketing')] }], ['prohibition', { action: 'shareData', when: [purpose('eq', 'emailMarketing')] }], definite(PP));
    shouldConflict('refinements apart: may print small / must not print large', ['permission', { refine: [amount('lt', 10)] }], ['prohibition', { refine: [amount('gt', 50)] }], null);
  });

  describe('evidence and ids', () => {
    const c = between(norm('a', 'permission', { bearer: 'manager', advisory: true }), norm('b', 'prohibition', { vague: ['if modest'] }))!;
    it('records each dimension from norms[0] to norms[1]', () =>
      assert.deepEqual([c.evidence.bearer, c.evidence.action, c.evidence.target, c.evidence.context], ['contained', 'equal', 'equal', 'unknown']));
    it('reads one-sided unformalised conditions as narrowing for specificity', () => assert.deepEqual(c.evidence.specificity, { context: 'contains', scope: 'overlap' }));
    it('names the unformalised conditions', () => assert.deepEqual(c.evidence.unformalised, ['if modest']));
    it('marks a conflict with an advisory norm as advisory', () => assert.equal(c.evidence.strength, 'advisory'));
    it('sorts the norms', () => assert.deepEqual(c.norms, [nid('a'), nid('b')]));
    it('derives a stable id from the sorted norm IRIs', () => {
      assert.equal(c.id, conflictId(nid('b'), nid('a')));
      assert.match(c.id, /^https:\/\/w3id\.org\/regc\/id\/conflict\/[0-9a-f]{16}$/);
    });
  });

  describe('the index agrees with all pairs (random corpora)', () => {
    for (const seed of [1, 2, 3]) {
      it(`seed ${seed}: ${300} norms`, () => {
        const norms = randomNorms(300, mulberry32(seed));
        const fast = detectConflicts(norms, env);
        assert.deepEqual(fast, naiveConflicts(norms, env));
        assert.ok(fast.length > 20, `${fast.length} conflicts only`);
      });
    }
  });

  describe('soundness: definite only when one scope lies within the other (sampled situations)', () => {
    it('holds for 300 random pairs', () => {
      const rng = mulberry32(99);
      const norms = randomNorms(600, rng);
      const roles = ['employee', 'manager', 'salesStaff', 'salesManager', 'contractor'].map(o);
      const actions = ['acceptGift', 'offerGift', 'shareData', 'exportData'].map(o);
      const targets = ['customerData', 'customerEmail', 'supplierData', 'gift', 'cashGift'].map(o);
      let definiteSeen = 0;
      for (let k = 0; k < 300; k++) {
        const a = norms[2 * k]!;
        const b = { ...norms[2 * k + 1]!, kind: a.kind === 'prohibition' ? 'permission' as const : 'prohibition' as const };
        const c = between(a, b);
        const r = prepareReasoned([a, b], [], h);
        const [sa, sb] = [r.scoped.get(a.iri)!, r.scoped.get(b.iri)!];
        let aOnly = false;
        let bOnly = false;
        let both = false;
        // an obligation conflicts only over its own act (its action on its target): a prohibition of one target
        // does not forbid fulfilling an obligation that names none
        const acts = a.kind === 'obligation' ? [a.action.concept!] : actions;
        const things = a.kind === 'obligation' && a.target ? [a.target.concept!] : targets;
        for (const actor of roles) for (const action of acts) for (const target of things) for (const v of [10, 50, 80, 200]) for (const ok of [true, false]) {
          const s: Situation = { actor: [actor], action, target, facts: { [REGC.monetaryValue]: [num(v)], [o('managerApproval')]: [{ kind: 'boolean', value: ok }] } };
          const x = applies(sa, s, r).value === 'true';
          const y = applies(sb, s, r).value === 'true' && (a.kind !== 'obligation' || a.target !== undefined || b.target === undefined);
          if (x && y) both = true;
          else if (x) aOnly = true;
          else if (y) bOnly = true;
        }
        if (c?.status === 'definite') {
          definiteSeen++;
          assert.ok(!aOnly || !bOnly, `definite but each applies without the other: ${a.iri} ${b.iri}`);
        }
        if (!c && a.kind === 'permission') assert.ok(!both, `no conflict reported but both apply somewhere: ${JSON.stringify([a, b])}`);
        if (!c && a.kind === 'obligation') assert.ok(!forbiddenFulfilment(a, b, r), `an obligation's fulfilment is forbidden, unreported: ${JSON.stringify([a, b])}`);
      }
      assert.ok(definiteSeen > 10, `${definiteSeen} definite conflicts only`);
    });
    /** Whether some situation calls for the obligation's own act (its action on its target) while the
     * prohibition forbids that act. */
    function forbiddenFulfilment(ob: Norm, pr: Norm, r: ReturnType<typeof prepareReasoned>): boolean {
      const roles = ['employee', 'manager', 'salesStaff', 'salesManager', 'contractor'].map(o);
      const targets = ob.target ? [ob.target.concept!] : pr.target ? [] : [o('gift')];
      for (const actor of roles) for (const target of targets) for (const v of [10, 50, 80, 200]) for (const ok of [true, false]) {
        const s: Situation = { actor: [actor], action: ob.action.concept!, target, facts: { [REGC.monetaryValue]: [num(v)], [o('managerApproval')]: [{ kind: 'boolean', value: ok }] } };
        if (applies(r.scoped.get(ob.iri)!, s, r).value === 'true' && applies(r.scoped.get(pr.iri)!, s, r).value === 'true') return true;
      }
      return false;
    }
  });
});
