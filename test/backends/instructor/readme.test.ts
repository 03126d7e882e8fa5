import assert from 'node:assert/strict';
import { emitInstructor } from '../../../src/backends/instructor/index.js';
import { fixtureInput, framerFiles } from './helpers.js';

describe('backends/instructor/readme', () => {
  const out = emitInstructor(fixtureInput(framerFiles()));
  const readme = out.files.find((f) => f.path === 'instructor/README.md')!.content;

  for (const command of [
    'trl sft --config instructor/trl/sft.yaml', 'trl dpo --config instructor/trl/dpo.yaml', 'trl kto --config instructor/trl/kto.yaml',
    'trl reward --config instructor/trl/reward.yaml', 'for f in instructor/trl/reward/*.yaml; do trl reward --config "$f"; done',
    'axolotl train instructor/axolotl/sft.yaml', 'axolotl train instructor/axolotl/dpo.yaml', 'sh instructor/openai/submit.sh sft',
    'sh instructor/openai/submit.sh preference', 'ilab data generate --taxonomy-path instructor/instructlab/taxonomy',
    'nemoguardrails chat --config instructor/guard/nemo-guardrails',
  ]) it(`documents \`${command}\``, () => assert.ok(readme.includes(command)));

  it('lists every other file of the directory with its size', () => {
    for (const f of out.files.filter((x) => x.path !== 'instructor/README.md')) {
      assert.ok(readme.includes(`| \`${f.path}\` | ${Buffer.byteLength(f.content)} |`), f.path);
    }
  });
  it('gives the data sizes behind the configs', () => assert.ok(readme.includes('| instruction (SFT) | 2 | 1 | 1 |')));
});

describe('backends/instructor (no Framer data)', () => {
  it('reports RC5003 and still emits every config', async () => {
    const { emitInstructor: emit } = await import('../../../src/backends/instructor/index.js');
    const out = emit(fixtureInput([]));
    assert.deepEqual((out.diagnostics ?? []).map((d) => d.code), ['RC5003']);
    assert.ok(out.files.some((f) => f.path === 'instructor/trl/sft.yaml'));
  });
});
