import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { bearerPhrase, clauseLine, instructlabFiles, knowledgeDocument, KNOWLEDGE_REPO_PLACEHOLDER } from '../../../src/backends/instructor/instructlab.js';
import { InstructLabKnowledge } from '../../../src/backends/instructor/schemas.js';
import { readView } from '../../../src/backends/instructor/view.js';
import { documentOf, fixtureInput, GLOBAL } from './helpers.js';

describe('backends/instructor/instructlab', () => {
  const i = fixtureInput();
  const view = readView(i.graph, i.ontology);
  const out = instructlabFiles(view);
  const qna = out.files.filter((f) => f.path.endsWith('qna.yaml'));

  it('renders a knowledge document with headings and clauses', () => {
    assert.equal(knowledgeDocument(documentOf({ id: 'd', title: 'T', authority: 'company-policy', effective: '2026-01-01', sections: { a: ['One.', 'Two.'] } })),
      '# T\n\nAuthority: company-policy. Effective: 2026-01-01.\n\n## 1. A\n\nOne.\n\nTwo.\n');
  });
  it('writes a clause with its label', () => assert.equal(clauseLine({ ...GLOBAL.sections[1]!.clauses[0]!, label: '(1)' }), '(1) Employees must not accept gifts.'));
  it('joins small sections until five seed examples can be drawn', () => {
    assert.deepEqual(qna.map((f) => f.path), ['instructor/instructlab/taxonomy/knowledge/regulations/global/gifts/qna.yaml']);
    assert.equal(parse(qna[0]!.content).domain, 'Gifts, Press');
  });
  it('skips what is too small, saying why', () => assert.deepEqual(out.skipped.map((s) => s.document), ['regional']));
  it('writes version 3 knowledge with five seeds of three questions, and placeholders for the repository', () => {
    const q = parse(qna[0]!.content);
    assert.ok(InstructLabKnowledge.safeParse(q).success, JSON.stringify(InstructLabKnowledge.safeParse(q).error?.issues));
    assert.equal(q.seed_examples.length, 5);
    assert.ok(q.seed_examples.every((s: { questions_and_answers: unknown[] }) => s.questions_and_answers.length === 3));
    assert.equal(q.document.repo, KNOWLEDGE_REPO_PLACEHOLDER);
    assert.match(q.document.commit, /^unpublished-[0-9a-f]{12}$/);
    assert.deepEqual(q.document.patterns, ['global.md']);
  });
  it('asks what the rule requires, whom it binds and when it applies', () => {
    const qs = parse(qna[0]!.content).seed_examples[0].questions_and_answers.map((x: { question: string }) => x.question);
    assert.deepEqual(qs, [
      'What does Global Rules, Section 1 Gifts, clause 1 prohibit?',
      'Whom does the rule in Global Rules, Section 1 Gifts, clause 1 address?',
      'When does the rule in Global Rules, Section 1 Gifts, clause 1 apply, and are there exceptions?',
    ]);
  });
  for (const [text, phrase] of [['Employees', 'employees'], ['assistant', 'the assistant'], ['Ethics Office', 'the Ethics Office'], ['Orbis Assist', 'Orbis Assist'], ['designated insiders', 'designated insiders'], ['', 'everyone the rule names']]) {
    it(`phrases the bearer "${text}" as "${phrase}"`, () => assert.equal(bearerPhrase(text), phrase));
  }
  it('answers whom a rule binds, and when it applies with its exceptions', () => {
    const qa = parse(qna[0]!.content).seed_examples[0].questions_and_answers.map((x: { answer: string }) => x.answer);
    assert.deepEqual(qa.slice(1), ['The rule binds employees.', 'The text states no condition for it. The text states no exception.']);
  });
  it('writes a publish script that fills in repository and commit', () => {
    const sh = out.files.find((f) => f.path.endsWith('publish.sh'))!.content;
    assert.ok(sh.includes('s|^  repo: .*|  repo: $repo|') && sh.includes('s|^  commit: .*|  commit: $commit|'));
  });
});
