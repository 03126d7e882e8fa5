import assert from 'node:assert/strict';
import { jsonl, ktoRecord, preferenceRecord, sftRecord } from '../../../src/backends/framer/serialize.js';
import type { PreferenceItem, SftItem } from '../../../src/backends/framer/records.js';

const provenance = { norms: ['https://w3id.org/regc/id/d/s/1/n1'], clauses: [], documents: [], conflicts: [], concepts: [] };
const item: SftItem = { id: 'sft:0123456789abcdef', split: 'train', form: 'may', user: 'May I?', assistant: 'No.', seeds: [], keys: [], provenance };

describe('framer/serialize', () => {
  it('writes the id first, so a line is found by its id', () => {
    assert.match(JSON.stringify(sftRecord(item)), /^\{"id":"sft:0123456789abcdef","split":"train","form":"may","messages":\[\{"role":"system","content":"\{\{system\}\}"\}/);
  });
  it('marks generated records only', () => {
    assert.equal('augmented' in sftRecord(item), false);
    assert.equal(sftRecord({ ...item, augmented: true }).augmented, true);
  });
  it('a preference pair in TRL\'s conversational format, and its KTO halves', () => {
    const p: PreferenceItem = { id: 'pref:0123456789abcdef', split: 'heldout', user: 'May I?', chosen: 'No.', rejected: 'Yes.', error: 'ignores-rule', source: item.id, seeds: [], keys: [], provenance };
    const r = preferenceRecord(p);
    assert.deepEqual([r.prompt[1], r.chosen, r.rejected], [{ role: 'user', content: 'May I?' }, [{ role: 'assistant', content: 'No.' }], [{ role: 'assistant', content: 'Yes.' }]]);
    assert.deepEqual(ktoRecord({ ...p, id: 'kto:0123456789abcdef', completion: 'Yes.', label: false }).completion, [{ role: 'assistant', content: 'Yes.' }]);
  });
  it('JSON Lines: one object per line, each ending in a newline', () => assert.equal(jsonl([{ a: 1 }, { b: 2 }]), '{"a":1}\n{"b":2}\n'));
});
