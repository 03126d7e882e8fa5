/**
 * Runs the ODRL Test Suite (`npx tsx test/conformance/run.ts`, `make conformance`): one line per failing case
 * with the reason, the figures of both metrics, then `odrl-test-suite: P/N` (P passing both); exit code 0 only
 * when every case passes.
 */
import { runSuite, suiteAvailable, SUITE_DIR } from './odrl-suite.js';

if (!suiteAvailable()) {
  console.error(`odrl-test-suite: not found at ${SUITE_DIR}`);
  process.exit(1);
}
const results = await runSuite();
for (const r of results.filter((x) => !x.passed)) console.log(`FAIL ${r.number} ${r.title} — ${r.why}`);
const passed = results.filter((r) => r.passed).length;
console.log(`Rule-Activation: ${results.filter((r) => r.activation).length}/${results.length}; Rule-Activation-Constraint-satisfaction: ${passed}/${results.length}`);
console.log(`odrl-test-suite: ${passed}/${results.length}`);
process.exit(passed === results.length && results.length > 0 ? 0 : 1);
