import assert from 'node:assert/strict';
import { isOdrlContextUrl, odrlContext, offlineLoader } from '../../src/frontend/odrl-context.js';
import { ODRL } from '../../src/vocab/index.js';

describe('frontend/odrl-context', () => {
  const ctx = odrlContext();
  const shouldDefine = (term: string, definition: unknown) => it(`${term} is ${JSON.stringify(definition)}`, () => assert.deepEqual(ctx[term], definition));
  shouldDefine('uid', '@id');
  shouldDefine('type', '@type');
  shouldDefine('Set', 'odrl:Set');
  shouldDefine('read', 'odrl:read');
  shouldDefine('odrl', ODRL.ns);
  shouldDefine('@vocab', ODRL.ns);
  shouldDefine('permission', { '@type': '@id', '@id': 'odrl:permission' });
  shouldDefine('action', { '@type': '@vocab', '@id': 'odrl:action' });
  shouldDefine('operator', { '@type': '@vocab', '@id': 'odrl:operator' });
  shouldDefine('andSequence', { '@type': '@id', '@id': 'odrl:andSequence', '@container': '@list' });
  it('knows where the context is published', () =>
    assert.deepEqual(['http://www.w3.org/ns/odrl.jsonld', 'https://www.w3.org/ns/odrl.jsonld', 'https://example.org/x.jsonld'].map(isOdrlContextUrl), [true, true, false]));
  it('loads the ODRL context offline and refuses anything else', async () => {
    assert.deepEqual((await offlineLoader('http://www.w3.org/ns/odrl.jsonld')).document, { '@context': ctx });
    await assert.rejects(offlineLoader('https://example.org/x.jsonld'));
  });
});
