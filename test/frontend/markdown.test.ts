import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ClauseKind, RegulationDocument, Section } from '../../src/ir/index.js';
import type { ParseResult } from '../../src/frontend/types.js';
import { clauseIri, documentIri, sectionIri } from '../../src/vocab/index.js';
import { decodeSource, readSource } from '../../src/frontend/load.js';
import { parseMarkdown } from '../../src/frontend/markdown.js';
import { AUTHORITIES, allClauses, assertSpansSliceToText, clause, codes, doc, md, section, sliceOf } from './helpers.js';

/** The texts of all clauses, in order. */
const texts = (markdown: string): string[] => allClauses(doc(md(markdown))).map((c) => c.text);

const shouldClauses = (markdown: string, expected: string[]) =>
  it(`clauses of ${JSON.stringify(markdown).slice(0, 70)}`, () => assert.deepEqual(texts(markdown), expected));

interface ClauseFacts {
  kind?: ClauseKind;
  text?: string;
  label?: string;
  leadIn?: string;
}
/** The clause with id `policy/<sectionId>/<ordinal>` has these facts (leadIn given as the lead-in clause's id). */
const shouldClause = (markdown: string, id: string, facts: ClauseFacts) =>
  it(`${id} of ${JSON.stringify(markdown).slice(0, 60)}`, () => {
    const d = doc(md(markdown));
    const c = clause(d, id);
    const got: ClauseFacts = {};
    if (facts.kind !== undefined) got.kind = c.kind;
    if (facts.text !== undefined) got.text = c.text;
    if ('label' in facts) got.label = c.label as string;
    if ('leadIn' in facts) {
      const lead = c.leadIn ? allClauses(d).find((x) => x.iri === c.leadIn!.clause) : undefined;
      if (c.leadIn) assert.equal(c.leadIn.text, lead?.text);
      got.leadIn = lead?.id as string;
    }
    assert.deepEqual(got, facts);
  });

const shouldSection = (markdown: string, id: string, facts: Partial<Pick<Section, 'heading' | 'level' | 'authority' | 'number' | 'path' | 'attributes'>> & { parent?: string }) =>
  it(`section ${id} of ${JSON.stringify(markdown).slice(0, 60)}`, () => {
    const s = section(doc(md(markdown)), id);
    const got: Record<string, unknown> = {};
    for (const k of Object.keys(facts)) got[k] = k === 'parent' ? s.parent?.split('/').pop() : (s as unknown as Record<string, unknown>)[k];
    assert.deepEqual(got, facts);
  });

const shouldSectionIds = (markdown: string, ids: string[]) =>
  it(`section ids of ${JSON.stringify(markdown).slice(0, 60)}`, () => assert.deepEqual(doc(md(markdown)).sections.map((s) => s.id), ids));

const shouldReport = (markdown: string, expected: Array<[string, number, number]>) =>
  it(`reports ${expected.map((e) => e.join(':')).join(', ') || 'nothing'} for ${JSON.stringify(markdown).slice(0, 50)}`, () =>
    assert.deepEqual(codes(md(markdown).diagnostics), expected));

describe('frontend/markdown', () => {
  describe('document', () => {
    it('takes id from front matter, iri from vocab', () => {
      const d = doc(md('---\nid: orbis-conduct\n---\n# Code\n\nText.\n'));
      assert.deepEqual([d.id, d.iri, d.format, d.file], ['orbis-conduct', documentIri('orbis-conduct'), 'markdown', 'regulations/policy.md']);
    });
    it('takes id from the file name without extension', () => assert.equal(doc(md('Text.', 'regulations/orbis-gifts.md')).id, 'orbis-gifts'));
    it('takes the title from front matter first', () => assert.equal(doc(md('---\ntitle: Given\n---\n# Heading\n')).meta.title, 'Given'));
    it('takes the title from the first H1 otherwise, without attributes', () => assert.equal(doc(md('## Sub\n\n# Main {#m}\n')).meta.title, 'Main'));
    it('keeps the front matter span', () => assert.deepEqual(doc(md('---\nid: a\n---\nText.\n')).metaSpan?.line, 1));
    it('leaves norms empty', () => assert.deepEqual(doc(md('Employees must not accept cash.')).norms, []));
    it('is deterministic', () => {
      const src = '# A\n\nOne. Two (a) x; (b) y.\n\n- i\n- j\n';
      assert.equal(JSON.stringify(md(src)), JSON.stringify(md(src)));
    });
  });

  describe('blocks that are not clauses', () => {
    shouldClauses('Before.\n\n```\nMust not.\n```\n\nAfter.', ['Before.', 'After.']);
    shouldClauses('Before.\n\n~~~xml\n# functions\n<developer>Never.</developer>\n~~~\n', ['Before.']);
    shouldClauses('Before.\n\n    indented code must not.\n\nAfter.', ['Before.', 'After.']);
    shouldClauses('<div>\nHTML must not.\n</div>\n\nAfter.', ['After.']);
    shouldClauses('| a | b |\n|---|---|\n| must | not |\n\nAfter.', ['After.']);
    shouldClauses('> Quoted must not.\n\nAfter.', ['After.']);
    shouldClauses('Text.[^1]\n\n[^1]: A footnote must not.\n', ['Text.']);
    shouldClauses('!!! meta "Commentary"\n    An aside must not.\n\nAfter.', ['After.']);
    shouldClauses('[ref]: https://example.org\n\nAfter.', ['After.']);
    it('does not take a heading inside a code block as a section', () =>
      assert.deepEqual(doc(md('# A\n\n~~~\n# functions\n~~~\n\n## B\n')).sections.map((s) => s.heading), ['A', 'B']));
  });

  describe('inline text', () => {
    shouldClauses('Staff *must* **not** accept ~~cash~~ gifts.', ['Staff must not accept cash gifts.']);
    shouldClauses('See the [gift register](https://example.org/register) now.', ['See the gift register now.']);
    shouldClauses('Adhere to this Model Spec[^8ep1]. Note this[^a].', ['Adhere to this Model Spec.', 'Note this.']);
    shouldClauses('Use the `ask` tool.', ['Use the ask tool.']);
    shouldClauses('An ![logo](l.png) image.', ['An image.']);
    shouldClauses('# Gifts {#gifts}\n\nSee [?](#gifts).', ['See Gifts.']);
    shouldClauses('Soft\nline  break\\\nhard.', ['Soft line break hard.']);
  });

  describe('sections (rule 3)', () => {
    const spec = '# Chain {#chain_of_command}\n\n## Follow all {#follow authority=root}\n\nMust.\n\n### Inner\n\nMay.\n\n## Other {#other authority=user lang="en gb"}\n';
    shouldSection(spec, 'follow', { heading: 'Follow all', level: 2, authority: 'root', attributes: { authority: 'root' }, parent: 'chain_of_command', path: ['Chain', 'Follow all'] });
    shouldSection(spec, 'inner', { authority: 'root', parent: 'follow', path: ['Chain', 'Follow all', 'Inner'] });
    shouldSection(spec, 'other', { authority: 'user', attributes: { authority: 'user', lang: 'en gb' }, parent: 'chain_of_command' });
    shouldSection(spec, 'chain_of_command', { parent: undefined, level: 1, authority: undefined });
    shouldSection('---\nauthority: company-policy\n---\n# A\n## B {#b authority=law}\n### C\n', 'c', { authority: 'law' });
    shouldSection('---\nauthority: company-policy\n---\n# A\n## B\n', 'b', { authority: 'company-policy' });
    shouldSection('# 3.2 Gifts\n', '3-2-gifts', { number: '3.2' });
    shouldSection('# Article 6 — Lawfulness\n', 'article-6-lawfulness', { number: '6' });
    shouldSection('# Section 4: Scope\n', 'section-4-scope', { number: '4' });
    shouldSection('# Gifts and Hospitality\n', 'gifts-and-hospitality', { number: undefined });
    shouldSection('# Don’t facilitate *harm*\n', 'dont-facilitate-harm', { heading: 'Don’t facilitate harm' });
    shouldSectionIds('# Gifts\n# Gifts\n# Gifts\n', ['gifts', 'gifts-2', 'gifts-3']);
    shouldSectionIds('# Gifts\n# Other {#gifts}\n', ['gifts-2', 'gifts']);
    shouldSectionIds('Intro.\n\n# Preamble\n', ['preamble', 'preamble-2']);
    shouldSectionIds('# A\n\nText.\n', ['a']);
    it('puts content before the first heading into the preamble', () => {
      const d = doc(md('---\ntitle: Code\n---\nIntro text.\n\n# A\n\nBody.\n'));
      const p = section(d, 'preamble');
      assert.deepEqual([p.level, p.heading, p.path, p.parent, p.clauses.map((c) => c.id)], [0, 'Code', ['Code'], undefined, ['policy/preamble/1']]);
      assert.equal(section(d, 'a').parent, undefined);
    });
    it('gives sections IRIs from vocab and spans from the heading to the end of the section', () => {
      const src = '# A\n\nOne.\n\n## B\n\nTwo.\n\n# C\n';
      const d = doc(md(src));
      assert.equal(section(d, 'b').iri, sectionIri('policy', 'b'));
      assert.deepEqual(['a', 'b', 'c'].map((id) => sliceOf(src, section(d, id))), ['# A\n\nOne.\n\n## B\n\nTwo.', '## B\n\nTwo.', '# C']);
    });
    shouldReport('# A {#a authority=root}\n## B {#b authority=galactic}\n', [['RC1004', 2, 10]]);
    shouldReport('# A {#x}\n\n## B {#x}\n', [['RC1005', 3, 7]]);
    shouldReport('# A {#x authority=}\n', [['RC1006', 1, 9]]);
    shouldReport('# A {#x #y}\n', [['RC1006', 1, 9]]);
    shouldReport('# Rules for {placeholders}\n', []);
    shouldSection('# Rules for {placeholders}\n', 'rules-for-placeholders', { heading: 'Rules for {placeholders}' });
    shouldSection('# A {#x authority=}\n', 'a', { heading: 'A', attributes: {} });
  });

  describe('clauses (rule 4)', () => {
    shouldClauses('Employees must not accept cash. They must report gifts, e.g. vouchers.', ['Employees must not accept cash.', 'They must report gifts, e.g. vouchers.']);
    shouldClause('# G\n\nEmployees must not accept cash.', 'policy/g/1', { kind: 'paragraph', text: 'Employees must not accept cash.' });
    shouldClause('# G\n\nOne rule. Two rules.', 'policy/g/2', { kind: 'sentence', text: 'Two rules.' });
    shouldClause('# G\n\n(2) Staff must comply.', 'policy/g/1', { text: 'Staff must comply.', label: '(2)' });
    shouldClause('# G\n\n1. First item.\n2. Second item.', 'policy/g/2', { kind: 'list-item', text: 'Second item.', label: '2.' });
    shouldClause('# G\n\n3) Third.', 'policy/g/1', { label: '3)' });
    shouldClause('# G\n\n- Bullet item.', 'policy/g/1', { kind: 'list-item', label: undefined });
    shouldClause('# G\n\n- (a) accept cash;\n- (b) solicit gifts.', 'policy/g/2', { text: 'solicit gifts.', label: '(b)' });
    shouldClause('# G\n\n- One sentence. Another sentence.', 'policy/g/2', { kind: 'list-item', text: 'Another sentence.', leadIn: undefined });

    const enumeration = '# G\n\nEmployees must not— (a) accept cash; (b) solicit gifts; or (c) offer favours.';
    shouldClause(enumeration, 'policy/g/1', { kind: 'paragraph', text: 'Employees must not—' });
    shouldClause(enumeration, 'policy/g/1.a', { kind: 'enumeration-item', text: 'accept cash', label: '(a)', leadIn: 'policy/g/1' });
    shouldClause(enumeration, 'policy/g/1.c', { kind: 'enumeration-item', text: 'offer favours', label: '(c)', leadIn: 'policy/g/1' });
    shouldClause('# G\n\nFirst. Staff shall (i) record and (ii) report gifts.', 'policy/g/2.ii', { text: 'report gifts', leadIn: 'policy/g/2' });

    const listLeadIn = '# G\n\nAll staff are expected to:\n\n- act honestly;\n- report conflicts.\n\n- A separate list.';
    shouldClause(listLeadIn, 'policy/g/2', { kind: 'list-item', text: 'act honestly;', leadIn: 'policy/g/1' });
    shouldClause(listLeadIn, 'policy/g/3', { leadIn: 'policy/g/1' });
    shouldClause('# G\n\nThe following behaviours are unacceptable:\n\n1. Trolling.\n', 'policy/g/2', { label: '1.', leadIn: 'policy/g/1' });
    shouldClause('# G\n\nStaff must be honest.\n\n- Always.', 'policy/g/2', { leadIn: undefined });
    shouldClause('# G\n\n- Staff must:\n  - record gifts;\n', 'policy/g/2', { leadIn: 'policy/g/1' });
    shouldClause('# G\n\nWe need to:\n\n- Act. Then rest.', 'policy/g/3', { text: 'Then rest.', leadIn: undefined });

    it('numbers clauses 1..n per section, unaffected by other sections', () => {
      const a = doc(md('# A\n\nOne. Two.\n\n# B\n\nThree.\n'));
      const b = doc(md('# A\n\nOne. Two. Extra.\n\n# B\n\nThree.\n'));
      assert.deepEqual([clause(a, 'policy/b/1').text, clause(b, 'policy/b/1').text], ['Three.', 'Three.']);
      assert.deepEqual(section(a, 'a').clauses.map((c) => c.ordinal), ['1', '2']);
    });
    it('gives clauses IRIs and ids from vocab', () => {
      const c = clause(doc(md('---\nid: orbis-conduct\n---\n# Gifts {#gifts}\n\nOne rule. Two rules. Three rules.\n')), 'orbis-conduct/gifts/3');
      assert.deepEqual([c.iri, c.sectionIri], [clauseIri('orbis-conduct', 'gifts', '3'), sectionIri('orbis-conduct', 'gifts')]);
    });
    it('gives every clause an exact span', () => {
      const src = '---\nid: x\n---\n# G\n\nStaff **must** not\naccept [cash](u). Then a *second* one[^1].\n\n- Item one;\n- (b) item two.\n';
      const d = doc(md(src));
      assert.deepEqual(allClauses(d).map((c) => sliceOf(src, c)), ['Staff **must** not\naccept [cash](u).', 'Then a *second* one[^1].', 'Item one;', 'item two.']);
      assert.deepEqual(allClauses(d).map((c) => [c.span.file, c.span.line, c.span.column, c.span.endLine, c.span.endColumn]), [
        ['regulations/policy.md', 6, 1, 7, 18], ['regulations/policy.md', 7, 19, 7, 43], ['regulations/policy.md', 9, 3, 9, 12], ['regulations/policy.md', 10, 7, 10, 16],
      ]);
    });
    it('keeps spans on original lines after a CRLF file is read', () => {
      const f = decodeSource(Buffer.from('\uFEFF# G\r\n\r\nOne.\r\n\r\nTwo.\r\n'), 'x.md').file!;
      const d = doc(parseMarkdown(f, { authorities: AUTHORITIES }));
      assert.deepEqual(allClauses(d).map((c) => [c.span.line, c.span.column, sliceOf(f.text, c)]), [[3, 1, 'One.'], [5, 1, 'Two.']]);
    });
  });

  describe('the corpora (rule 6)', () => {
    const corpus = (name: string) => resolve('..', 'shared', 'corpora', name);
    const load = (name: string) => {
      const r = readSource(corpus(name), `../shared/corpora/${name}`);
      assert.deepEqual(r.diagnostics, []);
      return r.file!;
    };

    it('parses the Contributor Covenant (TOML front matter) without errors', () => {
      const f = load('contributor-covenant-2.1.md');
      const r = parseMarkdown(f, { authorities: AUTHORITIES });
      assert.deepEqual(r.diagnostics, []);
      const d = doc(r);
      assert.deepEqual([d.id, d.meta.version, d.meta.extra, d.meta.title], ['contributor-covenant-2.1', '2.1', { aliases: ['/version/2/1'] }, 'Contributor Covenant Code of Conduct']);
      assert.deepEqual(section(d, '1-correction').path, ['Contributor Covenant Code of Conduct', 'Enforcement Guidelines', '1. Correction']);
      const lead = clause(d, 'contributor-covenant-2.1/our-standards/7');
      assert.equal(lead.text, 'Examples of unacceptable behavior include:');
      assert.deepEqual(clause(d, 'contributor-covenant-2.1/our-standards/9').leadIn, { text: lead.text, clause: lead.iri });
      assert.ok(assertSpansSliceToText(f.text, d) > 30);
    });

    describe('the OpenAI Model Spec', () => {
      const f = load('openai-model-spec-2025-12-18.md');
      let r: ParseResult;
      let d: RegulationDocument;
      const times: number[] = [];
      before(() => {
        for (let i = 0; i < 3; i++) {
          const started = performance.now();
          r = parseMarkdown(f, { authorities: AUTHORITIES });
          times.push(Math.round(performance.now() - started));
        }
        d = doc(r);
      });

      // the first parse includes the JIT warming up micromark; a loaded machine can slow it down further
      it('parses 4,700 lines in well under a second', function () {
        this.test!.title += ` (first ${times[0]} ms, then ${times.slice(1).join(', ')} ms)`;
        assert.ok(Math.min(...times) < 1000, times.join(', '));
        assert.ok(times[0]! < 3000, times.join(', '));
      });
      it('reports no errors', () => assert.deepEqual(r.diagnostics.filter((x) => x.severity === 'error'), []));
      it('gives every authority= heading its authority', () => {
        const written = [...f.text.matchAll(/^#+ .*\{#(\w+) [^}]*\bauthority=(\w+)[^}]*\}$/gm)].map((m) => [m[1], m[2]]);
        assert.equal(written.length, 59);
        assert.deepEqual(written.map(([id]) => [id, section(d, id!).authority]), written);
      });
      it('inherits authority in unmarked subsections and leaves unmarked top sections without one', () => {
        assert.equal(section(d, 'stay_in_bounds').authority, undefined);
        assert.deepEqual(section(d, 'follow_all_applicable_instructions').path, ['The chain of command', 'Follow all applicable instructions']);
      });
      it('takes no heading from inside code blocks', () => {
        const headings = d.sections.map((s) => s.heading);
        assert.ok(!headings.includes('functions') && !headings.some((h) => h.includes('imports')), headings.join('|'));
        assert.equal(d.sections.length, [...f.text.matchAll(/^#{1,6} /gm)].length - 2);
      });
      it('takes no clause from inside code blocks', () => {
        const fences: Array<[number, number]> = [];
        const lines = f.text.split('\n');
        let open: { at: number; marker: string } | undefined;
        lines.forEach((l, i) => {
          const m = /^(~~~|```)/.exec(l);
          if (!m) return;
          if (!open) open = { at: i + 1, marker: m[1]! };
          else if (l.startsWith(open.marker) && l.trim() === open.marker) { fences.push([open.at, i + 1]); open = undefined; }
        });
        assert.ok(fences.length > 100);
        const inside = allClauses(d).filter((c) => fences.some(([a, b]) => c.span.line >= a && c.span.line <= b));
        assert.deepEqual(inside.map((c) => c.id), []);
        assert.ok(!allClauses(d).some((c) => c.text.includes('<developer>') || c.text.includes('[^')));
      });
      it('slices every clause span back to its text', () => assert.ok(assertSpansSliceToText(f.text, d) > 800));
      it('splits lead-ins, lists and sentences', () => {
        const lead = clause(d, 'openai-model-spec-2025-12-18/overview/3');
        assert.equal(lead.text, 'To realize this vision, we need to:');
        assert.equal(clause(d, 'openai-model-spec-2025-12-18/overview/4').leadIn?.clause, lead.iri);
        assert.equal(clause(d, 'openai-model-spec-2025-12-18/chain_of_command/1').text, 'Above all else, the assistant must adhere to this Model Spec.');
      });
      it('reads the corpus from the shared folder, not a copy', () => assert.ok(readFileSync(corpus('openai-model-spec-2025-12-18.md'), 'utf8').length > 200_000));
    });
  });
});
