import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { guardCategories } from '../../../src/backends/instructor/guard-policy.js';
import { graniteRisks, guardFiles, llamaGuardCategories, llamaGuardPrompt } from '../../../src/backends/instructor/guards.js';
import { GraniteGuardianRisks, LlamaGuardCategories, LlamaGuardPrompt, NemoConfig, NemoPrompts } from '../../../src/backends/instructor/schemas.js';
import { readView } from '../../../src/backends/instructor/view.js';
import { fixtureInput } from './helpers.js';

describe('backends/instructor/guards', () => {
  const i = fixtureInput();
  const cats = guardCategories(readView(i.graph, i.ontology));
  const files = new Map(guardFiles(cats, 'Follow the rules.').map((f) => [f.path, f.content]));

  it('writes Llama Guard categories as "S1: Name." with a description', () => {
    const text = llamaGuardCategories(cats);
    assert.ok(text.startsWith('S1: Gifts.\nContent that helps'));
    assert.ok(text.includes('\nS2: Press.\n'));
    assert.ok(LlamaGuardCategories.safeParse(text).success);
    assert.equal(LlamaGuardCategories.safeParse('S2: Gifts.\n').success, false);
  });
  it('puts the categories in the custom-policy prompt, the conversation left to fill', () => {
    const p = llamaGuardPrompt(cats);
    assert.ok(LlamaGuardPrompt.safeParse(p).success);
    assert.ok(p.includes('<BEGIN UNSAFE CONTENT CATEGORIES>\nS1: Gifts.'));
  });
  it('writes Granite Guardian risks with names and definitions', () => {
    const r = graniteRisks(cats);
    assert.deepEqual(r.map((x) => x.risk_name), ['global_gifts', 'global_press']);
    assert.match(r[0]!.risk_definition, /prohibit: Employees must not accept gifts \[global\/gifts\/1\]\.$/);
    assert.ok(GraniteGuardianRisks.safeParse({ risks: r }).success);
  });
  it('writes a NeMo Guardrails config with self-check rails and the policy in the prompts', () => {
    assert.ok(NemoConfig.safeParse(parse(files.get('instructor/guard/nemo-guardrails/config.yml')!)).success);
    const prompts = parse(files.get('instructor/guard/nemo-guardrails/prompts.yml')!);
    assert.ok(NemoPrompts.safeParse(prompts).success);
    assert.ok(prompts.prompts[0].content.includes('must not help with: Employees must not speak to the press. [global/press/1]'));
  });
});
