import assert from 'node:assert/strict';
import { caseFiles, runSuite, suiteAvailable, type CaseResult } from './odrl-suite.js';

/** The number of test cases of the ODRL Test Suite, all of which must pass. */
const CASES = 68;

describe('conformance: ODRL Test Suite (rule activation and constraint satisfaction)', function () {
  this.timeout(120_000);
  let results: Promise<CaseResult[]>;
  before(() => {
    results = runSuite();
  });

  it('finds the suite and its test cases', () => {
    assert.ok(suiteAvailable(), 'the suite is read from ../shared/conformance/odrl-test-suite/');
    assert.equal(caseFiles().length, CASES);
  });

  const shouldPass = (file: string) =>
    it(file, async () => {
      const r = (await results).find((x) => x.file === file);
      assert.ok(r, `no result for ${file}`);
      assert.equal(r.why, undefined, r.why);
      assert.equal(r.passed, true);
    });
  for (const file of suiteAvailable() ? caseFiles() : []) shouldPass(file);

  it(`passes ${CASES}/${CASES}`, async () => {
    const all = await results;
    assert.deepEqual(all.filter((r) => !r.passed).map((r) => `${r.number}: ${r.why}`), []);
    assert.equal(all.filter((r) => r.passed).length, CASES);
  });
});
