import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { assertionsOf, choiceScript, promptfooConfig, promptfooYaml, untemplated, verdictScript } from '../../../src/backends/auditor/promptfoo.js';
import { promptfooConfigSchema } from '../../../src/backends/auditor/schema.js';
import { verdictOf } from '../../../src/backends/auditor/verdict.js';
import { caseOf } from '../../auditor/helpers.js';

const run = (body: string, output: string): unknown => new Function('output', 'context', body)(output, {});

describe('backends/auditor/promptfoo', () => {
  it('maps each check to an assertion and the rubric to llm-rubric', () => {
    const c = caseOf({ n: 1, judge: true, checks: [
      { kind: 'refusal', expected: true }, { kind: 'refusal', expected: false }, { kind: 'cites', any: ['Section 3.2'] },
      { kind: 'mentions', any: ['Ethics Office'] }, { kind: 'verdict', expected: 'compliant' }, { kind: 'choice', options: ['Rule A', 'Rule B'], expected: 'Rule A' },
    ] });
    assert.deepEqual(assertionsOf(c).map((a) => [a.type, a.metric]), [
      ['is-refusal', 'refusal'], ['not-is-refusal', 'refusal'], ['icontains-any', 'citation'], ['icontains-any', 'mentions'],
      ['javascript', 'verdict'], ['javascript', 'choice'], ['llm-rubric', 'rubric'],
    ]);
  });

  it('the verdict script reads replies as the runner does', () => {
    for (const reply of ['Compliant.', 'Non-compliant: no.', 'not compliant', 'Needs more information.', 'Nicht konform.', 'Yes.', 'compliant, not non-compliant']) {
      for (const v of ['compliant', 'non-compliant', 'needs-more-information']) assert.equal(run(verdictScript(v), reply), verdictOf(reply) === v, `${v}: ${reply}`);
    }
  });

  it('the choice script wants the expected option named first', () => {
    assert.equal(run(choiceScript(['Rule A', 'Rule B'], 'Rule B'), 'rule b prevails over Rule A'), true);
    assert.equal(run(choiceScript(['Rule A', 'Rule B'], 'Rule B'), 'Rule A yields to Rule B'), false);
    assert.equal(run(choiceScript(['Rule A', 'Rule B'], 'Rule B'), 'neither'), false);
  });

  it('one test per case: messages as a JSON chat prompt, metadata with the rule ids', () => {
    const cfg = promptfooConfig([caseOf({ n: 1 }), caseOf({ n: 2, norms: ['n:x', 'n:y'] })]);
    assert.equal(cfg.tests.length, 2);
    assert.deepEqual(JSON.parse(cfg.tests[0]!.vars['messages']!), caseOf({ n: 1 }).messages);
    assert.deepEqual(cfg.tests[1]!.metadata['rules'], ['n:x', 'n:y']);
    assert.equal(cfg.prompts[0]!.raw, '{{ messages }}');
    assert.match(cfg.providers[0]!.id, /env\.REGC_AUDIT_MODEL/);
  });

  it('the YAML reads back as a valid configuration', () => {
    const text = promptfooYaml([caseOf({ n: 1 })]);
    assert.match(text, /^# promptfoo configuration/);
    promptfooConfigSchema.parse(parse(text));
  });

  it('texts promptfoo renders as templates keep no template delimiters', () => {
    assert.equal(untemplated('a {{ b }} {% c %} {# d #} {e}'), 'a { { b }} { % c %} { # d #} {e}');
  });
});
