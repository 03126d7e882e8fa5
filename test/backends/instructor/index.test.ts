// The running example end to end: every file the Instructor emits for Orbis Systems is checked against the
// schema of its format (zod), every qna.yaml also against InstructLab's own JSON Schemas, and the paths,
// splits, token count and determinism are checked on the real output.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { countTokens } from 'gpt-tokenizer/encoding/o200k_base';
import { parse } from 'yaml';
import type { z } from 'zod';
import { emitInstructor } from '../../../src/backends/instructor/index.js';
import * as S from '../../../src/backends/instructor/schemas.js';
import type { BackendOutput, OutputFile } from '../../../src/backends/types.js';
import { runningExample } from './helpers.js';

const SCHEMAS = resolve('..', 'shared', 'schemas', 'instructlab-v3');

/** The zod schema each emitted file (or each of its lines) must satisfy. */
const FORMATS: [RegExp, z.ZodType, 'yaml' | 'json' | 'jsonl' | 'text'][] = [
  [/^instructor\/trl\/sft\.yaml$/, S.TrlSftConfig, 'yaml'],
  [/^instructor\/trl\/dpo\.yaml$/, S.TrlDpoConfig, 'yaml'],
  [/^instructor\/trl\/kto\.yaml$/, S.TrlKtoConfig, 'yaml'],
  [/^instructor\/trl\/reward(\/[^/]+)?\.yaml$/, S.TrlRewardConfig, 'yaml'],
  [/^instructor\/data\/sft\.\w+\.jsonl$/, S.TrlSftRecord, 'jsonl'],
  [/^instructor\/data\/preferences\.\w+\.jsonl$/, S.TrlPreferenceRecord, 'jsonl'],
  [/^instructor\/data\/kto\.\w+\.jsonl$/, S.TrlKtoRecord, 'jsonl'],
  [/^instructor\/reward\/[^/]+\/pairs\.jsonl$/, S.RewardPairRecord, 'jsonl'],
  [/^instructor\/reward\/value-weights\.json$/, S.ValueWeightsFile, 'json'],
  [/^instructor\/axolotl\/sft\.yaml$/, S.AxolotlSftConfig, 'yaml'],
  [/^instructor\/axolotl\/dpo\.yaml$/, S.AxolotlDpoConfig, 'yaml'],
  [/^instructor\/axolotl\/data\/dpo\.\w+\.jsonl$/, S.AxolotlDpoRecord, 'jsonl'],
  [/^instructor\/openai\/sft\.\w+\.jsonl$/, S.OpenAiChatRecord, 'jsonl'],
  [/^instructor\/openai\/preference\.\w+\.jsonl$/, S.OpenAiPreferenceRecord, 'jsonl'],
  [/^instructor\/instructlab\/taxonomy\/knowledge\/.+\/qna\.yaml$/, S.InstructLabKnowledge, 'yaml'],
  [/^instructor\/context\/retrieval\.jsonl$/, S.RetrievalRecord, 'jsonl'],
  [/^instructor\/guard\/llama-guard\/categories\.txt$/, S.LlamaGuardCategories, 'text'],
  [/^instructor\/guard\/llama-guard\/prompt\.txt$/, S.LlamaGuardPrompt, 'text'],
  [/^instructor\/guard\/granite-guardian\/risks\.json$/, S.GraniteGuardianRisks, 'json'],
  [/^instructor\/guard\/nemo-guardrails\/config\.yml$/, S.NemoConfig, 'yaml'],
  [/^instructor\/guard\/nemo-guardrails\/prompts\.yml$/, S.NemoPrompts, 'yaml'],
];
/** Files with no format of their own to check (prose, scripts, documents, the category map). */
const UNCHECKED = [/README\.md$/, /system-prompt\.md$/, /\.sh$/, /instructlab\/documents\/.+\.md$/, /llama-guard\/categories\.json$/];

function values(f: OutputFile, kind: 'yaml' | 'json' | 'jsonl' | 'text'): unknown[] {
  if (kind === 'yaml') return [parse(f.content)];
  if (kind === 'json') return [JSON.parse(f.content)];
  if (kind === 'jsonl') return f.content.split('\n').filter(Boolean).map((l) => JSON.parse(l));
  return [f.content];
}

describe('backends/instructor (running example)', function () {
  this.timeout(120000);
  let out: BackendOutput;
  let framer: OutputFile[];
  const file = (path: string) => out.files.find((f) => f.path === path)!;
  before(async () => {
    const ex = await runningExample();
    framer = ex.framer;
    out = emitInstructor(ex.input);
  });

  it('emits every part of the issue', () => {
    for (const p of [
      'instructor/README.md', 'instructor/trl/sft.yaml', 'instructor/trl/dpo.yaml', 'instructor/trl/kto.yaml', 'instructor/trl/reward.yaml',
      'instructor/reward/value-weights.json', 'instructor/axolotl/sft.yaml', 'instructor/axolotl/dpo.yaml', 'instructor/openai/sft.train.jsonl',
      'instructor/openai/preference.train.jsonl', 'instructor/context/system-prompt.md', 'instructor/context/retrieval.jsonl',
      'instructor/guard/llama-guard/categories.txt', 'instructor/guard/granite-guardian/risks.json', 'instructor/guard/nemo-guardrails/config.yml',
      'instructor/guard/nemo-guardrails/prompts.yml', 'instructor/instructlab/publish.sh', 'instructor/instructlab/documents/orbis-conduct.md',
    ]) assert.ok(file(p), `missing ${p}`);
    assert.ok(out.files.filter((f) => f.path.startsWith('instructor/trl/reward/')).length >= 10);
    assert.ok(out.files.filter((f) => f.path.endsWith('qna.yaml')).length >= 10);
    assert.deepEqual(out.diagnostics, []);
  });

  it('validates every emitted file against the schema of its format', () => {
    for (const f of out.files) {
      const format = FORMATS.find(([re]) => re.test(f.path));
      if (!format) {
        assert.ok(UNCHECKED.some((re) => re.test(f.path)), `no schema for ${f.path}`);
        continue;
      }
      const items = values(f, format[2]);
      assert.ok(items.length > 0, `${f.path} is empty`);
      items.forEach((v, i) => {
        const r = format[1].safeParse(v);
        assert.ok(r.success, `${f.path}:${i + 1}: ${JSON.stringify(r.error?.issues.slice(0, 2))}`);
      });
    }
  });

  it('validates every qna.yaml against the InstructLab v3 JSON Schemas', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    const base = 'https://schemas.instructlab.invalid/v3/';
    ajv.addSchema({ ...JSON.parse(readFileSync(resolve(SCHEMAS, 'version.json'), 'utf8')), $id: base + 'version.json' });
    const validate = ajv.compile({ ...JSON.parse(readFileSync(resolve(SCHEMAS, 'knowledge.json'), 'utf8')), $id: base + 'knowledge.json' });
    const qna = out.files.filter((f) => f.path.endsWith('qna.yaml'));
    for (const f of qna) assert.ok(validate(parse(f.content)), `${f.path}: ${ajv.errorsText(validate.errors)}`);
    assert.equal(validate({ version: 2, created_by: 'x' }), false);
  });

  it('quotes every InstructLab context verbatim from the document it points at', () => {
    for (const f of out.files.filter((x) => x.path.endsWith('qna.yaml'))) {
      const q = parse(f.content) as { seed_examples: { context: string }[]; document: { patterns: string[] } };
      const doc = file(`instructor/instructlab/documents/${q.document.patterns[0]}`);
      assert.ok(doc, `${f.path}: no document ${q.document.patterns[0]}`);
      for (const s of q.seed_examples) assert.ok(doc.content.includes(s.context), `${f.path}: context not in document: ${s.context.slice(0, 60)}`);
    }
  });

  it('refers only to files inside compiled/ that are emitted', () => {
    const paths = new Set([...framer, ...out.files].map((f) => f.path));
    for (const f of out.files.filter((x) => /\/(trl|axolotl)\/.+\.yaml$/.test(x.path))) {
      const c = parse(f.content) as { datasets: { path: string; data_files?: string }[]; test_datasets?: { path: string; data_files?: string }[] };
      for (const d of [...c.datasets, ...(c.test_datasets ?? [])]) {
        const data = d.data_files ?? d.path;
        assert.ok(paths.has(data), `${f.path} reads ${data}, which is not emitted`);
      }
    }
    for (const f of out.files) assert.ok(!/(^|[\s"'`(])\/(work|tmp|home|root)\//.test(f.content), `${f.path} names an absolute path`);
  });

  it('never trains on held-out records', () => {
    const records = framer.filter((f) => f.path.endsWith('.jsonl')).flatMap((f) => f.content.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id: string; split: string }));
    const heldout = new Set(records.filter((r) => r.split === 'heldout').map((r) => r.id));
    assert.ok(heldout.size > 1000);
    for (const f of out.files.filter((x) => x.path.endsWith('.jsonl'))) {
      for (const l of f.content.split('\n').filter(Boolean)) {
        const id = ((JSON.parse(l) as { id?: string }).id ?? '').replace(/#.*$/, '');
        assert.ok(!heldout.has(id), `${f.path} holds held-out record ${id}`);
      }
    }
  });

  it('copies exactly the Framer\'s train and validation records, selected by their split', () => {
    for (const [name, dataset] of [['sft', 'sft'], ['preferences', 'preferences'], ['kto', 'kto']] as const) {
      const whole = framer.find((f) => f.path === `framer/${name}.jsonl`)!.content.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id: string; split: string });
      for (const split of ['train', 'validation'] as const) {
        const copy = file(`instructor/data/${dataset}.${split}.jsonl`).content.split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { id: string }).id);
        assert.deepEqual(copy, whole.filter((r) => r.split === split).map((r) => r.id), `${dataset} ${split}`);
      }
    }
  });

  it('keeps one representation of each value\'s reward data: the pairs its config reads', () => {
    const data = out.files.filter((f) => f.path.startsWith('instructor/reward/') && f.path.endsWith('.jsonl')).map((f) => f.path);
    const read = out.files.filter((f) => f.path.startsWith('instructor/trl/reward/')).map((f) => (parse(f.content) as { datasets: { data_files: string }[] }).datasets[0]!.data_files);
    assert.ok(data.length >= 10);
    assert.deepEqual(data.sort(), read.sort());
  });

  it('fills the system slot of every training conversation', () => {
    for (const f of out.files.filter((x) => x.path.endsWith('.jsonl'))) assert.ok(!f.content.includes('{{system}}'), f.path);
  });

  it('reports the system prompt\'s token count, measured with the o200k tokenizer', () => {
    const text = file('instructor/context/system-prompt.md').content;
    assert.equal(out.metrics?.system_prompt_tokens, countTokens(text));
    assert.ok(countTokens(text) < 8000, 'compact enough for a context window');
    assert.ok(file('instructor/README.md').content.includes(`**${countTokens(text)} tokens**`));
  });

  it('decides the designed conflicts of the running example in the value weights', () => {
    const w = JSON.parse(file('instructor/reward/value-weights.json').content) as z.infer<typeof S.ValueWeightsFile>;
    const wins = new Set(w.precedence.map((p) => `${p.winner} > ${p.defeated}`));
    assert.ok(wins.has('orbis-conduct.gifts > orbis-emea-addendum.public-sector-gifts'), [...wins].join('\n'));
    assert.ok(wins.has('orbis-conduct.gifts > orbis-emea-addendum.industry-events'));
    assert.deepEqual(w.unresolved.map((u) => u.values), [['orbis-conduct.reporting']]);
    const weight = new Map(w.values.map((v) => [v.id, v.weight]));
    for (const p of w.precedence) {
      const tied = w.values.find((v) => v.id === p.winner)!.contested.includes(p.defeated);
      if (!tied) assert.ok(weight.get(p.winner)! > weight.get(p.defeated)!, `${p.winner} > ${p.defeated}`);
    }
  });

  it('is deterministic', async () => {
    const again = emitInstructor((await runningExample()).input);
    assert.deepEqual(again, out);
  });
});
