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
    const r = sftRecord({ ...item, augmented: true });
    assert.equal('augmented' in r && r.augmented, true);
  });
  it('a record merged from audit feedback: its turns after the system slot, where it comes from, in train', () => {
    const audit = { feedback: ['feedback:0123456789abcdef'], cases: ['audit:0123456789abcdef'], failed: ['verdict'] };
    const turns = [{ role: 'user' as const, content: 'I am a manager.' }, { role: 'assistant' as const, content: 'Go on.' }, { role: 'user' as const, content: 'May I?' }];
    const r = sftRecord({ ...item, form: 'feedback', turns, audit });
    assert.deepEqual([r.form, r.split, r.messages.map((m) => m.role), 'audit' in r && r.audit], ['feedback', 'train', ['system', 'user', 'assistant', 'user', 'assistant'], audit]);
    const p = preferenceRecord({ id: 'pref:0123456789abcdef', user: 'May I?', chosen: 'No.', rejected: 'Yes.', error: 'audit-failure', source: item.id, seeds: [], keys: [], provenance, turns, audit });
    assert.deepEqual([p.error, p.prompt.length, p.rejected], ['audit-failure', 4, [{ role: 'assistant', content: 'Yes.' }]]);
  });
  it('a preference pair in TRL\'s conversational format, and its KTO halves', () => {
    const p: PreferenceItem = { id: 'pref:0123456789abcdef', split: 'heldout', user: 'May I?', chosen: 'No.', rejected: 'Yes.', error: 'ignores-rule', source: item.id, seeds: [], keys: [], provenance };
    const r = preferenceRecord(p);
    assert.deepEqual([r.prompt[1], r.chosen, r.rejected], [{ role: 'user', content: 'May I?' }, [{ role: 'assistant', content: 'No.' }], [{ role: 'assistant', content: 'Yes.' }]]);
    assert.deepEqual(ktoRecord({ ...p, id: 'kto:0123456789abcdef', completion: 'Yes.', label: false }).completion, [{ role: 'assistant', content: 'Yes.' }]);
  });
  it('JSON Lines: one object per line, each ending in a newline', () => assert.equal(jsonl([{ a: 1 }, { b: 2 }]), '{"a":1}\n{"b":2}\n'));
});
