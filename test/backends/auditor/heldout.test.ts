import assert from 'node:assert/strict';
import { readHeldOut } from '../../../src/backends/auditor/heldout.js';
import type { OutputFile } from '../../../src/backends/types.js';

const prov = { norms: ['n:1'], clauses: [], documents: [], conflicts: [], concepts: [] };
const sft = (id: string, user: string, form = 'scenario', split?: string) =>
  JSON.stringify({ id, ...(split ? { split } : {}), form, messages: [{ role: 'system', content: '{{system}}' }, { role: 'user', content: user }, { role: 'assistant', content: `answer to ${user}` }], provenance: prov });
const scn = (id: string, question: string, split?: string) => JSON.stringify({
  id, ...(split ? { split } : {}), label: 'non-compliant', performed: true, situation: { actor: 'a', action: 'b', facts: {} }, narrative: 'N', question,
  status: 'prohibited', deciding: 'n:1', defeated: [], undetermined: [], missing: [], precedence: [], tags: [], provenance: prov,
});
const file = (path: string, lines: string[]): OutputFile => ({ path, content: lines.map((l) => l + '\n').join('') });

describe('backends/auditor/heldout', () => {
  it('reads the held-out records of the whole files and pairs each scenario with the conversation asking it', () => {
    const h = readHeldOut([
      file('framer/sft.jsonl', [sft('sft:2', 'May I?', 'scenario', 'heldout'), sft('sft:1', 'Who must?', 'who', 'heldout')]),
      file('framer/scenarios.jsonl', [scn('scn:1', 'May I?', 'heldout')]),
    ]);
    assert.deepEqual(h.sft.map((s) => [s.id, s.form, s.user]), [['sft:1', 'who', 'Who must?'], ['sft:2', 'scenario', 'May I?']]);
    assert.deepEqual(h.scenarios[0]!.conversation, { id: 'sft:2', answer: 'answer to May I?' });
    assert.deepEqual(h.diagnostics, []);
  });

  it('takes only the records marked heldout', () => {
    const h = readHeldOut([
      file('framer/sft.jsonl', [sft('sft:1', 'A?', 'may', 'train'), sft('sft:2', 'B?', 'may', 'heldout')]),
      file('framer/scenarios.jsonl', [scn('scn:1', 'Q?', 'heldout'), scn('scn:2', 'R?', 'validation')]),
    ]);
    assert.deepEqual([h.sft.map((s) => s.id), h.scenarios.map((s) => s.id)], [['sft:2'], ['scn:1']]);
    assert.deepEqual(h.files, ['framer/sft.jsonl', 'framer/scenarios.jsonl']);
  });

  it('no Framer data is RC5003; unreadable records RC5002', () => {
    assert.deepEqual(readHeldOut([]).diagnostics.map((d) => d.code), ['RC5003']);
    const h = readHeldOut([file('framer/sft.jsonl', ['{', '{"id":"x"}', sft('sft:1', 'Q?', 'scenario', 'heldout')])]);
    assert.deepEqual([h.sft.length, h.diagnostics.map((d) => d.code)], [1, ['RC5002']]);
  });
});
