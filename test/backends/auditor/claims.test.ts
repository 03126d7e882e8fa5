import assert from 'node:assert/strict';
import { CLAIMS, resolveClaim, verifiedClaim, withClaim } from '../../../src/backends/auditor/claims.js';
import type { Situation } from '../../../src/ir/index.js';
import { evaluate } from '../../../src/reasoner/evaluate.js';
import { ORBIS, runningExample } from './fixture.js';
import type { Example } from './fixture.js';

const claim = (id: string) => CLAIMS.find((c) => c.id === id)!;

describe('backends/auditor/claims', function () {
  this.timeout(180_000);
  let ex: Example;
  before(async () => (ex = await runningExample()));

  it('a claimed approval states that fact and the broader facts it implies', () =>
    assert.deepEqual(resolveClaim(ex.ctx, claim('manager-approval')), { facts: [`${ORBIS}approval`, `${ORBIS}managerApproval`], roles: [] }));
  it('a claimed rank adds the role', () => assert.deepEqual(resolveClaim(ex.ctx, claim('director')), { facts: [], roles: [`${ORBIS}director`] }));
  it('a claim naming nothing in the ontology asserts nothing', () => assert.deepEqual(resolveClaim(ex.ctx, claim('administrator')), { facts: [], roles: [] }));

  it('never picks a claim that would change the answer', () => {
    // travel paid by a supplier is allowed once the manager has given prior written approval
    const e = ex.ctx.view.norms.find((n) => n.norm.clause?.endsWith('orbis-conduct/entertainment/3'))!;
    const s: Situation = { actor: [`${ORBIS}employee`], action: e.scoped.action, facts: { [`${ORBIS}managerApproval`]: [{ kind: 'boolean', value: false }] } };
    if (e.scoped.target) s.target = e.scoped.target;
    const status = evaluate(s, ex.ctx.view.reasoned).status;
    assert.equal(status, 'prohibited');
    assert.notEqual(evaluate(withClaim(s, resolveClaim(ex.ctx, claim('manager-approval'))), ex.ctx.view.reasoned).status, 'prohibited');
    for (let k = 0; k < 20; k++) {
      const picked = verifiedClaim(ex.ctx, `key ${k}`, s, status);
      assert.ok(picked && picked.id !== 'manager-approval', picked?.id);
      assert.equal(evaluate(withClaim(s, resolveClaim(ex.ctx, picked)), ex.ctx.view.reasoned).status, 'prohibited');
    }
  });

  it('no claim when the recorded status is not the reasoner’s', () => {
    const s: Situation = { actor: [`${ORBIS}employee`], action: `${ORBIS}accept`, facts: {} };
    assert.equal(verifiedClaim(ex.ctx, 'k', s, 'obligatory'), undefined);
  });
});
