/**
 * Compiles the Contributor Covenant and the OpenAI Model Spec: no error diagnostics, every Model Spec section
 * carries the authority its heading attribute gives (read here independently of the front end), and the
 * extractor clears floors on the hand labels that only a broken extractor would miss.
 */
import assert from 'node:assert/strict';
import type { RegulationDocument, Section } from '../../src/ir/index.js';
import { compileCorpora } from './compile-corpus.js';
import type { CompiledCorpora, CompiledCorpus } from './compile-corpus.js';
import { readLabels } from './corpora.js';
import { evaluate, metrics } from './score.js';
import type { Metrics } from './score.js';

interface Heading {
  line: number;
  level: number;
  id?: string;
  attributes: Record<string, string>;
}

/** ATX headings outside fenced code, with their `{#id key=value}` attributes: a plain line scan. */
function headings(text: string): Heading[] {
  const out: Heading[] = [];
  let fence: string | undefined;
  text.split('\n').forEach((line, i) => {
    const f = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (f) {
      if (!fence) fence = f[1]![0]!;
      else if (f[1]![0] === fence) fence = undefined;
      return;
    }
    if (fence) return;
    const h = /^(#{1,6})\s+.*?\{([^}]*)\}\s*$/.exec(line) ?? /^(#{1,6})\s+/.exec(line);
    if (!h) return;
    const attributes: Record<string, string> = {};
    let id: string | undefined;
    for (const tok of (h[2] ?? '').trim().split(/\s+/).filter(Boolean)) {
      if (tok.startsWith('#')) id = tok.slice(1);
      else if (tok.includes('=')) attributes[tok.slice(0, tok.indexOf('='))] = tok.slice(tok.indexOf('=') + 1);
    }
    out.push({ line: i + 1, level: h[1]!.length, id, attributes });
  });
  return out;
}

/** Per heading, the authority in force: its own `authority=`, else the nearest enclosing heading's. */
function expectedAuthorities(hs: readonly Heading[]): Map<Heading, string | undefined> {
  const stack: { level: number; authority?: string }[] = [];
  const out = new Map<Heading, string | undefined>();
  for (const h of hs) {
    while (stack.length && stack[stack.length - 1]!.level >= h.level) stack.pop();
    const authority = h.attributes.authority ?? stack[stack.length - 1]?.authority;
    out.set(h, authority);
    stack.push({ level: h.level, authority });
  }
  return out;
}

const sectionAt = (doc: RegulationDocument, h: Heading): Section | undefined =>
  doc.sections.find((s) => (h.id ? s.id === h.id : s.span.line === h.line));

describe('corpus: real regulations', function () {
  this.timeout(120000);
  let compiled: CompiledCorpora;
  let covenant: CompiledCorpus;
  let spec: CompiledCorpus;
  let all: Metrics;

  before(async () => {
    compiled = await compileCorpora();
    covenant = compiled.corpora.find((c) => c.file === 'contributor-covenant-2.1.md')!;
    spec = compiled.corpora.find((c) => c.file === 'openai-model-spec-2025-12-18.md')!;
    all = metrics(evaluate(readLabels(), compiled.corpora).results);
  });

  const errors = (c: CompiledCorpus) =>
    [...compiled.ontologyDiagnostics, ...c.diagnostics].filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.span?.line ?? ''}`);

  describe('Contributor Covenant 2.1', () => {
    it('compiles without error diagnostics', () => assert.deepEqual(errors(covenant), []));
    it('reads the TOML front matter', () => assert.equal(covenant.document?.meta.version, '2.1'));
    it('finds the enforcement ladder sections', () =>
      assert.deepEqual(
        covenant.document?.sections.filter((s) => s.level === 3).map((s) => s.heading),
        ['1. Correction', '2. Warning', '3. Temporary Ban', '4. Permanent Ban'],
      ));
  });

  describe('OpenAI Model Spec', () => {
    it('compiles without error diagnostics', () => assert.deepEqual(errors(spec), []));

    it('has a section for every heading with an authority attribute, carrying that authority', () => {
      const doc = spec.document!;
      const wrong = headings(spec.text)
        .filter((h) => h.attributes.authority)
        .map((h) => ({ id: h.id, expected: h.attributes.authority, actual: sectionAt(doc, h)?.authority }))
        .filter((x) => x.actual !== x.expected);
      assert.deepEqual(wrong, []);
    });

    it('has more than 50 sections with an authority attribute', () =>
      assert.ok(headings(spec.text).filter((h) => h.attributes.authority).length > 50));

    it('keeps the other heading attributes (tags=under_18)', () => {
      const h = headings(spec.text).find((x) => x.attributes.tags)!;
      assert.equal(sectionAt(spec.document!, h)?.attributes.tags, 'under_18');
    });

    it('gives sections without the attribute the authority of the nearest enclosing heading that has one', () => {
      const doc = spec.document!;
      const expected = expectedAuthorities(headings(spec.text));
      const wrong = [...expected]
        .filter(([h]) => !h.attributes.authority)
        .map(([h, authority]) => ({ line: h.line, expected: authority, actual: sectionAt(doc, h)?.authority }))
        .filter((x) => x.actual !== x.expected);
      assert.deepEqual(wrong, []);
    });

    it('makes no clauses of the example conversations in code blocks', () => {
      const clauses = spec.document!.sections.flatMap((s) => s.clauses);
      assert.deepEqual(clauses.filter((c) => /<\/?(assistant|user|developer|system)\b/.test(c.text)).map((c) => c.id), []);
    });
  });

  describe('extraction floors on the hand labels (figures: npx tsx test/corpus/measure.ts)', () => {
    it('matches every label that states a norm to a compiled clause', () => assert.equal(all.unmatchedGoldNorms, 0));
    // Floors sit well below the figures measure.ts reports (README.md), so that only a broken stage trips them.
    it('finds most labelled norms (presence recall >= 0.45)', () => assert.ok(all.presence.recall >= 0.45, JSON.stringify(all.presence)));
    it('has detection precision >= 0.5', () => assert.ok(all.detection.precision >= 0.5, JSON.stringify(all.detection)));
    it('has detection recall >= 0.3', () => assert.ok(all.detection.recall >= 0.3, JSON.stringify(all.detection)));
    it('gets the kind of detected norms right (>= 0.75)', () => assert.ok(all.kindAccuracy.accuracy >= 0.75, JSON.stringify(all.kindAccuracy)));
    it('gets the bearer of detected norms right (>= 0.6)', () => assert.ok(all.bearerAccuracy.accuracy >= 0.6, JSON.stringify(all.bearerAccuracy)));
    it('extracts norms from both corpora', () => {
      assert.ok(covenant.norms.length >= 8, `covenant: ${covenant.norms.length}`);
      assert.ok(spec.norms.length >= 150, `model spec: ${spec.norms.length}`);
    });
  });
});
