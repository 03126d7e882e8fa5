import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { augmentOptionsFromEnv, jaccard, jsonArray, shingles } from '../../../src/backends/framer/augment.js';
import { emitFramer } from '../../../src/backends/framer/index.js';
import { REGC } from '../../../src/vocab/index.js';
import { startFakeOpenAI } from '../../support/openai-server.js';
import type { FakeMessage } from '../../support/openai-server.js';
import { amount, build, fact, norm, o, USD } from './fixtures.js';

const rule = norm('1', 'prohibition', { target: 'gift', when: [['worth more than USD 100', amount('gt', 100)]], unless: [['the Ethics Office has given prior approval', fact('ethicsApproval')]], text: 'Employees must not accept a gift worth more than USD 100 unless the Ethics Office has given prior approval.' });
const situation = (value: number, approval: boolean) => ({ actor: o('employee'), action: o('accept'), target: o('gift'), facts: { [REGC.monetaryValue]: { value, unit: USD }, [o('ethicsApproval')]: approval } });

/** A model that paraphrases (one new phrasing, one copy of the question) and writes three scenarios: one
 * labelled as the reasoner would, one mislabelled, one that is not a scenario. */
function respond(messages: FakeMessage[]): string {
  const user = messages[messages.length - 1]!.content;
  if (messages[0]!.content.startsWith('You rewrite')) {
    const question = user.slice(user.lastIndexOf('Write 2 new phrasings of: ') + 'Write 2 new phrasings of: '.length);
    return JSON.stringify(['Speaking as a staff member of the company, is there anything stopping me from taking the present?', question]);
  }
  return '```json\n' + JSON.stringify([
    { narrative: 'Ana, an employee, is handed a watch worth USD 400 by a vendor and keeps it without asking anyone.', question: 'A vendor gave me a USD 400 watch and nobody approved it. Can I keep it?', situation: situation(400, false), performed: true, label: 'non-compliant' },
    { narrative: 'Ben keeps a USD 300 pen set from a supplier without approval.', question: 'Can I keep a USD 300 pen set?', situation: situation(300, false), performed: true, label: 'compliant' },
    { narrative: 'No situation here.' },
  ]) + '\n```';
}

describe('framer/augment', function () {
  this.timeout(60_000);
  let cache: string;
  beforeEach(() => (cache = mkdtempSync(join(tmpdir(), 'regc-augment-'))));
  afterEach(() => rmSync(cache, { recursive: true, force: true }));

  it('is off unless REGC_AUGMENT=1 and an endpoint and model are set', () => {
    assert.equal(augmentOptionsFromEnv({}), undefined);
    assert.equal(augmentOptionsFromEnv({ REGC_LLM_ENDPOINT: 'http://x/v1', REGC_LLM_MODEL: 'm' }), undefined);
    assert.deepEqual(augmentOptionsFromEnv({ REGC_AUGMENT: '1', REGC_LLM_ENDPOINT: 'http://x/v1', REGC_LLM_MODEL: 'm' })?.cacheDir, '.cache/llm');
  });
  it('near-duplicates by word trigrams; JSON arrays inside prose', () => {
    assert.equal(jaccard(shingles('May I accept the gift now?'), shingles('may I accept the gift now')), 1);
    assert.ok(jaccard(shingles('May I accept the gift now?'), shingles('Is a gift from a vendor fine?')) < 0.2);
    assert.deepEqual(jsonArray('Sure: ["a", "b"] — done'), ['a', 'b']);
    assert.equal(jsonArray('no array'), undefined);
  });

  it('adds paraphrases and re-evaluated scenarios, rejects a mislabelled one, and a second compile makes no model calls', async () => {
    const server = await startFakeOpenAI({ respond });
    try {
      const built = build([rule]);
      const options = { augment: { llm: { endpoint: server.url, model: 'fake', retries: 0 }, cacheDir: cache } };
      const first = await emitFramer({ ...built, seed: 1 }, options);
      const calls = server.requests;
      assert.equal(calls, 2, 'one paraphrase and one scenario request for the one norm');
      assert.deepEqual(first.coverage.augmented, { sft: 2, scenarios: 1, rejected: 2, duplicates: 1 });
      const rejected = first.diagnostics.filter((d) => d.code === 'RC5002');
      assert.equal(rejected.length, 2);
      assert.ok(rejected.some((d) => /says compliant, the reasoner says non-compliant/.test(d.message)));
      const scenarios = first.files.find((f) => f.path === 'framer/scenarios.jsonl')!.content.split('\n').filter(Boolean).map((l) => JSON.parse(l));
      const generated = scenarios.filter((s) => s.augmented);
      assert.equal(generated.length, 1);
      assert.equal(generated[0].label, 'non-compliant');
      assert.equal(generated[0].status, 'prohibited');
      assert.match(generated[0].narrative, /^Ana/);
      const sft = first.files.find((f) => f.path === 'framer/sft.jsonl')!.content;
      assert.match(sft, /"content":"Speaking as a staff member of the company, is there anything stopping me from taking the present\?"\}.*"augmented":true/);
      assert.match(sft, /"content":"A vendor gave me a USD 400 watch and nobody approved it\. Can I keep it\?"\},\{"role":"assistant","content":"No\b/);

      const pairs = first.files.find((f) => f.path === 'framer/preferences.jsonl')!.content;
      assert.match(pairs, /"content":"A vendor gave me a USD 400 watch and nobody approved it\. Can I keep it\?"\}\],"chosen"/, 'the generated scenario has preference pairs too');
      const records = sft.split('\n').filter(Boolean).map((l) => JSON.parse(l));
      const paraphrase = records.find((r) => r.augmented && r.form !== 'scenario')!;
      const source = records.filter((r) => !r.augmented && r.form === paraphrase.form);
      assert.ok(source.every((r) => r.split === paraphrase.split), 'a paraphrase is on the side of its question');

      const second = await emitFramer({ ...built, seed: 1 }, options);
      assert.equal(server.requests, calls, 'every reply came from the cache');
      assert.deepEqual(second.files, first.files);
    } finally {
      await server.close();
    }
  });

  it('a failing endpoint gives RC5004 and the template data, not an error', async () => {
    const server = await startFakeOpenAI({ respond, failFirst: 100 });
    try {
      const out = await emitFramer({ ...build([rule]), seed: 1 }, { augment: { llm: { endpoint: server.url, model: 'fake', retries: 0, backoffMs: 1 }, cacheDir: cache } });
      assert.ok(out.diagnostics.some((d) => d.code === 'RC5004'));
      assert.ok(out.coverage.summary.records.scenarios > 0);
      assert.equal(out.coverage.augmented.sft, 0);
    } finally {
      await server.close();
    }
  });
});
