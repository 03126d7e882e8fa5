import assert from 'node:assert/strict';
import { situationFromJson } from '../../../src/backends/auditor/context.js';
import { ORBIS, runningExample } from './fixture.js';

describe('backends/auditor/context', function () {
  this.timeout(180_000);

  it('the audited model holds the assistant role', async () => {
    const ex = await runningExample();
    assert.ok(ex.ctx.modelRoles.has(`${ORBIS}assistant`));
    assert.ok(!ex.ctx.modelRoles.has(`${ORBIS}employee`));
  });

  it('reads a scenario record’s situation back into the reasoner’s form', () => {
    assert.deepEqual(situationFromJson({
      actor: `${ORBIS}employee`, action: `${ORBIS}accept`, target: 'behalf of orbis',
      facts: { [`${ORBIS}hostAttends`]: true, 'https://w3id.org/regc/ns#monetaryValue': { value: 150, unit: 'http://qudt.org/vocab/currency/USD' }, 'x:d': '2026-03-01', 'x:k': { kind: 'iri', value: `${ORBIS}supplier` } },
    }), {
      actor: [`${ORBIS}employee`], action: `${ORBIS}accept`, target: 'text:behalf of orbis',
      facts: {
        [`${ORBIS}hostAttends`]: [{ kind: 'boolean', value: true }],
        'https://w3id.org/regc/ns#monetaryValue': [{ kind: 'number', value: 150 }],
        'x:d': [{ kind: 'date', value: '2026-03-01' }],
        'x:k': [{ kind: 'iri', value: `${ORBIS}supplier` }],
      },
      units: { 'https://w3id.org/regc/ns#monetaryValue': 'http://qudt.org/vocab/currency/USD' },
    });
  });

  it('a fact it cannot read leaves no situation', () => assert.equal(situationFromJson({ actor: 'a', action: 'b', facts: { x: null } }), undefined));
});
