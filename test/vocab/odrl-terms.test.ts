import assert from 'node:assert/strict';
import { ODRL_DEPRECATED_TERMS, ODRL_TERMS } from '../../src/vocab/odrl-terms.js';
import { ODRL } from '../../src/vocab/index.js';

const shouldDefine = (name: string, defined: boolean) =>
  it(`${defined ? 'defines' : 'does not define'} odrl:${name}`, () => assert.equal(ODRL_TERMS.has(name), defined));

describe('vocab/odrl-terms', () => {
  shouldDefine('use', true);
  shouldDefine('read', true);
  shouldDefine('Permission', true);
  shouldDefine('lteq', true);
  shouldDefine('payAmount', true);
  shouldDefine('AssetCollection', true);
  shouldDefine('core', true);
  shouldDefine('usee', false);
  shouldDefine('perm1ssion', false);
  shouldDefine('lteq1', false);
  shouldDefine('', false);

  it('has every ODRL term src/vocab names', () => {
    const named = Object.entries(ODRL).filter(([k]) => k !== 'ns').map(([k]) => k);
    assert.deepEqual(named.filter((n) => !ODRL_TERMS.has(n)), []);
  });

  it('deprecated terms are terms', () => {
    assert.ok(ODRL_DEPRECATED_TERMS.has('copy'));
    assert.ok(!ODRL_DEPRECATED_TERMS.has('reproduce'));
    assert.deepEqual([...ODRL_DEPRECATED_TERMS].filter((t) => !ODRL_TERMS.has(t)), []);
  });
});
