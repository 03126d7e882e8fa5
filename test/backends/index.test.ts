import assert from 'node:assert/strict';
import { countTokens } from 'gpt-tokenizer/encoding/o200k_base';
import { runBackends } from '../../src/backends/index.js';
import { fixtureInput } from './instructor/helpers.js';

describe('backends/index', () => {
  it('lists the metrics a back end returns in the manifest, under its name', async () => {
    const { files } = await runBackends(fixtureInput(), { inputs: [], diagnostics: [] });
    const manifest = JSON.parse(files.find((f) => f.path === 'manifest.json')!.content);
    const prompt = files.find((f) => f.path === 'instructor/context/system-prompt.md')!.content;
    assert.equal(manifest.metrics.instructor.system_prompt_tokens, countTokens(prompt));
    assert.equal(manifest.metrics.instructor.system_prompt_tokenizer, 'o200k_base');
    assert.ok(manifest.outputs.some((o: { path: string }) => o.path === 'instructor/README.md'));
  });
});
