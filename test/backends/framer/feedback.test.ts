import assert from 'node:assert/strict';
import N3 from 'n3';
import type { FeedbackRecord } from '../../../src/backends/auditor/schema.js';
import { feedbackItems } from '../../../src/backends/framer/feedback.js';
import type { FramerOutput } from '../../../src/backends/framer/index.js';
import { emitFramer, FRAMER_FILES, metricsOf } from '../../../src/backends/framer/index.js';
import { FeedbackKtoRecordSchema, FeedbackPreferenceRecordSchema, FeedbackSftRecordSchema, KtoRecordSchema, PreferenceRecordSchema, SftRecordSchema, SYSTEM_SLOT } from '../../../src/backends/framer/schemas.js';
import { emitInstructor } from '../../../src/backends/instructor/index.js';
import { OUT } from '../../../src/backends/instructor/paths.js';
import type { OutputFile } from '../../../src/backends/types.js';
import type { Built } from './fixtures.js';
import { build, ctxOf, norm } from './fixtures.js';

const rules = [norm('1', 'prohibition', { target: 'gift', text: 'Employees must not accept gifts.' }), norm('2', 'obligation', { action: 'offer', target: 'data' })];
const [N1, N2] = rules.map((n) => n.iri) as [string, string];
const hex = (n: number) => n.toString(16).padStart(16, '0');

/** A feedback record as `regc audit` writes it: `fb(1, { user: 'May I …?', rejected: 'Sure.' })`. */
function fb(n: number, spec: { user?: string | string[]; answer?: string; rejected?: string; norms?: string[]; failed?: string[]; system?: string; kase?: number } = {}): FeedbackRecord {
  const users = typeof spec.user === 'string' ? [spec.user] : spec.user ?? ['May I accept a gift from a supplier?'];
  const turns = users.flatMap((u, i) => (i < users.length - 1 ? [{ role: 'user' as const, content: u }, { role: 'assistant' as const, content: 'Go on.' }] : [{ role: 'user' as const, content: u }]));
  return {
    id: `feedback:${hex(n)}`, case: `audit:${hex(spec.kase ?? n)}`, run: 'run-1', model: 'm', type: 'rule-question', variant: 'base',
    messages: [...(spec.system ? [{ role: 'system' as const, content: spec.system }] : []), ...turns, { role: 'assistant', content: spec.answer ?? 'No: employees must not accept gifts. Source: policy/rules/1.' }],
    rejected: spec.rejected ?? 'Sure, take it.',
    failed: spec.failed ?? ['cites', 'refusal'],
    provenance: { norms: spec.norms ?? [N1], clauses: [], documents: [], conflicts: [], concepts: [] },
  };
}

let built: Built | undefined;
const graph = () => (built ??= build(rules));
const items = (records: FeedbackRecord[]) => feedbackItems(ctxOf(graph()).view, records);

/** What the feedback records become: how many conversations, pairs and KTO examples, how many merged. */
const shouldMerge = (name: string, records: FeedbackRecord[], want: { sft: number; preferences: number; kto: number; merged: number; codes?: string[] }) =>
  it(name, () => {
    const got = items(records);
    assert.deepEqual(
      { sft: got.sft.length, preferences: got.preferences.length, kto: got.kto.length, merged: got.merged, codes: got.diagnostics.map((d) => `${d.code} ${d.severity}`) },
      { ...want, codes: want.codes ?? [] },
    );
  });

const lines = (out: { files: OutputFile[] }, path: string): Record<string, unknown>[] =>
  out.files.find((f) => f.path === path)!.content.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
const fromAudit = (r: Record<string, unknown>) => r['audit'] !== undefined;

describe('framer/feedback', function () {
  this.timeout(120_000);

  describe('feedback records as training items', () => {
    shouldMerge('one failure: a conversation, a pair, a desirable and an undesirable KTO example', [fb(1)], { sft: 1, preferences: 1, kto: 2, merged: 1 });
    shouldMerge('two failing replies to one case: one conversation, two pairs', [fb(1), fb(2, { kase: 1, rejected: 'Yes.' })], { sft: 1, preferences: 2, kto: 3, merged: 2 });
    shouldMerge('the same record twice counts once', [fb(1), fb(1)], { sft: 1, preferences: 1, kto: 2, merged: 1 });
    shouldMerge('a reply equal to the reference answer: no pair', [fb(1, { rejected: 'No: employees must not accept gifts. Source: policy/rules/1.' })], { sft: 1, preferences: 0, kto: 0, merged: 1 });
    shouldMerge('an empty reply: no pair', [fb(1, { rejected: '  ' })], { sft: 1, preferences: 0, kto: 0, merged: 1 });
    shouldMerge('a rule no longer in the graph: RC5002, not merged', [fb(1, { norms: [N1, N1 + 'x'] }), fb(2)], { sft: 1, preferences: 1, kto: 2, merged: 1, codes: ['RC5002 warning'] });
    shouldMerge('no rule: RC5002, not merged', [fb(1, { norms: [] })], { sft: 0, preferences: 0, kto: 0, merged: 0, codes: ['RC5002 warning'] });
    shouldMerge('a system message of its own: RC5002, not merged', [fb(1, { system: 'You are helpful.' })], { sft: 0, preferences: 0, kto: 0, merged: 0, codes: ['RC5002 warning'] });

    it('one conversation holds every feedback record and case behind it, their failed checks and their norms', () => {
      const [s] = items([fb(2, { kase: 1, failed: ['judge'], norms: [N2] }), fb(1)]).sft;
      assert.deepEqual(s!.audit, { feedback: [`feedback:${hex(1)}`, `feedback:${hex(2)}`], cases: [`audit:${hex(1)}`], failed: ['cites', 'judge', 'refusal'] });
      assert.deepEqual(s!.provenance.norms, [N1, N2]);
      assert.deepEqual(s!.provenance.clauses, rules.map((r) => r.clause));
      assert.equal(s!.split, 'train');
    });
    it('a multi-turn case keeps its turns; the user text is the last one', () => {
      const [s] = items([fb(1, { user: ['I am a manager.', 'So may I accept it?'] })]).sft;
      assert.deepEqual(s!.turns!.map((t) => t.role), ['user', 'assistant', 'user']);
      assert.equal(s!.user, 'So may I accept it?');
    });
    it('ids depend on the conversation and the reply, not on the order of the records', () => {
      const a = items([fb(1), fb(2, { user: 'May I offer data?', norms: [N2] })]);
      const b = items([fb(2, { user: 'May I offer data?', norms: [N2] }), fb(1)]);
      assert.deepEqual(b, a);
      for (const r of [...a.sft, ...a.preferences, ...a.kto]) assert.match(r.id, /^(sft|pref|kto):[0-9a-f]{16}$/);
    });
  });

  describe('merged by the back end', () => {
    let plain: FramerOutput;
    let merged: FramerOutput;
    let heldoutUser = '';
    const feedback = () => [
      fb(1),
      fb(2, { user: heldoutUser, answer: 'The reference answer.', rejected: "I can't help with that.", norms: [N2], failed: ['refusal'] }),
      fb(3, { user: ['I run the team.', 'May I accept the gift?'], norms: [N1, N1 + 'gone'] }),
      fb(4, { user: ['I run the team.', 'May I accept the gift?'] }),
    ];
    before(async () => {
      plain = await emitFramer({ ...graph(), seed: 1 });
      const held = lines(plain, FRAMER_FILES.sft).find((r) => r['split'] === 'heldout');
      assert.ok(held, 'the fixture has held-out conversations');
      heldoutUser = (held['messages'] as { content: string }[])[1]!.content;
      merged = await emitFramer({ ...graph(), seed: 1, feedback: feedback() });
    });

    it('every record made from feedback is training data in the files the Instructor reads, and matches its schema', () => {
      const made = { sft: 3, preferences: 3, kto: 6 };
      for (const [name, whole, own] of [['sft', SftRecordSchema, FeedbackSftRecordSchema], ['preferences', PreferenceRecordSchema, FeedbackPreferenceRecordSchema], ['kto', KtoRecordSchema, FeedbackKtoRecordSchema]] as const) {
        const rs = lines(merged, FRAMER_FILES[name]).filter(fromAudit);
        assert.equal(rs.length, made[name], name);
        for (const r of rs) {
          assert.equal(r['split'], 'train');
          assert.ok(whole.safeParse(r).success && own.safeParse(r).success, `${name} ${String(r['id'])}`);
        }
      }
      assert.deepEqual(merged.diagnostics.filter((d) => d.code === 'RC5002').map((d) => d.severity), ['warning']);
    });
    it('a conversation opens with the system slot and ends with the reference answer; the pair rejects the failing reply', () => {
      const sft = lines(merged, FRAMER_FILES.sft).filter(fromAudit);
      const multi = sft.find((r) => (r['messages'] as unknown[]).length === 5)!;
      assert.deepEqual((multi['messages'] as { role: string }[]).map((m) => m.role), ['system', 'user', 'assistant', 'user', 'assistant']);
      assert.equal((multi['messages'] as { content: string }[])[0]!.content, SYSTEM_SLOT);
      assert.equal(multi['form'], 'feedback');
      const pair = lines(merged, FRAMER_FILES.preferences).find((r) => fromAudit(r) && JSON.stringify(r['prompt']).includes(heldoutUser))!;
      assert.deepEqual([pair['chosen'], pair['rejected'], pair['error']], [[{ role: 'assistant', content: 'The reference answer.' }], [{ role: 'assistant', content: "I can't help with that." }], 'audit-failure']);
      assert.deepEqual(pair['audit'], { feedback: [`feedback:${hex(2)}`], cases: [`audit:${hex(2)}`], failed: ['refusal'] });
      assert.deepEqual(pair['provenance'], { norms: [N2], clauses: [rules[1]!.clause], documents: [rules[1]!.document], conflicts: [], concepts: [] });
      assert.ok(sft.some((r) => r['id'] === pair['source']));
    });
    it('every IRI of a feedback record’s provenance resolves in the graph', () => {
      for (const path of [FRAMER_FILES.sft, FRAMER_FILES.preferences, FRAMER_FILES.kto]) {
        for (const r of lines(merged, path).filter(fromAudit)) {
          for (const iri of Object.values(r['provenance'] as Record<string, string[]>).flat()) assert.ok(graph().graph.countQuads(N3.DataFactory.namedNode(iri), null, null, null) > 0, iri);
        }
      }
    });
    it('the generated records keep their splits: feedback moves nothing between train, validation and held-out', () => {
      for (const path of [FRAMER_FILES.sft, FRAMER_FILES.scenarios, FRAMER_FILES.preferences, FRAMER_FILES.kto]) {
        assert.deepEqual(lines(merged, path).filter((r) => !fromAudit(r)), lines(plain, path), path);
      }
    });
    it('coverage counts them per norm and says which cases were trained on; the leak check and overlap leave them out', () => {
      const c = merged.coverage;
      assert.deepEqual(c.feedback, {
        given: 4, merged: 3, dropped: 1, split: 'train', records: { sft: 3, preferences: 3, kto: 6 },
        cases: [`audit:${hex(1)}`, `audit:${hex(2)}`, `audit:${hex(4)}`], heldoutSharingUserText: c.feedback!.heldoutSharingUserText, excludedFromLeakCheck: true, excludedFromOverlap: true,
      });
      assert.ok(c.feedback!.heldoutSharingUserText >= 1);
      assert.deepEqual(c.norms.map((n) => [n.iri, n.feedback]), [[N1, 2], [N2, 1]]);
      assert.deepEqual(c.norms.map((n) => n.sft - plain.coverage.norms.find((x) => x.iri === n.iri)!.sft), [2, 1]);
      assert.equal(c.splits.train.sft, plain.coverage.splits.train.sft + 3);
      assert.deepEqual(c.split.leaks, { situations: 0, userTexts: 0 });
      assert.deepEqual(c.split.overlap, plain.coverage.split.overlap);
      assert.deepEqual(c.split.excluded, { feedback: 12 });
      assert.equal(c.forms['feedback'], 3);
      assert.equal(metricsOf(c)['feedback_records'], 3);
    });
    it('without feedback, coverage has no feedback section and the files are those of no feedback at all', async () => {
      assert.equal(plain.coverage.feedback, undefined);
      assert.ok(plain.coverage.norms.every((n) => !('feedback' in n)));
      assert.equal(metricsOf(plain.coverage)['feedback_records'], undefined);
      assert.deepEqual((await emitFramer({ ...graph(), seed: 1, feedback: [] })).files, plain.files);
    });
    it('the same feedback in another order gives the same bytes', async () => {
      const again = await emitFramer({ ...graph(), seed: 1, feedback: feedback().reverse() });
      assert.deepEqual(again.files, merged.files);
    });
    it('the Instructor takes them with the rest of the train split', () => {
      const ins = emitInstructor({ ...graph(), seed: 1, emitted: merged.files });
      const ids = (dataset: 'sft' | 'preferences' | 'kto') => new Set(lines(ins, OUT.data(dataset, 'train')).map((r) => r['id']));
      for (const dataset of ['sft', 'preferences', 'kto'] as const) {
        const own = lines(merged, FRAMER_FILES[dataset]).filter(fromAudit).map((r) => r['id']);
        assert.ok(own.every((id) => ids(dataset).has(id)), dataset);
      }
      assert.deepEqual(ins.diagnostics?.filter((d) => d.code === 'RC5002'), []);
    });
  });
});
