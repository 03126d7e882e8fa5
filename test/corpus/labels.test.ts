/** Checks the hand-label file itself: well-formed entries, each text found verbatim at its line of the corpus. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPORA, CORPUS_FILES, REPO_ROOT, readLabels } from './corpora.js';
import { locateLabel } from './score.js';

const labels = readLabels();
const sources = new Map(CORPUS_FILES.map((f) => [f, readFileSync(join(REPO_ROOT, CORPORA, f), 'utf8')]));
const KINDS = ['obligation', 'permission', 'prohibition'];
const count = (file: string) => labels.filter((l) => l.file === file).length;

describe('corpus labels (labels.json)', () => {
  it('has 80 clauses: 30 of the Contributor Covenant, 50 of the Model Spec', () =>
    assert.deepEqual([labels.length, count('contributor-covenant-2.1.md'), count('openai-model-spec-2025-12-18.md')], [80, 30, 50]));

  it('names only corpus files', () =>
    assert.deepEqual(labels.filter((l) => !sources.has(l.file as never)), []));

  it('gives every gold norm a known kind and a lower-case bearer', () =>
    assert.deepEqual(
      labels.flatMap((l) => l.norms.filter((n) => !KINDS.includes(n.kind) || !n.bearer || n.bearer !== n.bearer.toLowerCase().trim())),
      [],
    ));

  it('keeps texts whitespace-normalised and unique', () => {
    assert.deepEqual(labels.filter((l) => l.text !== l.text.replace(/\s+/g, ' ').trim()), []);
    assert.equal(new Set(labels.map((l) => `${l.file}\n${l.text}`)).size, labels.length);
  });

  it('finds every text in its corpus file, starting on its line', () =>
    assert.deepEqual(
      labels.filter((l) => !locateLabel(sources.get(l.file as never) ?? '', l)).map((l) => `${l.file}:${l.line}`),
      [],
    ));

  it('has clauses without norms as well as clauses with several', () => {
    assert.ok(labels.filter((l) => l.norms.length === 0).length >= 15);
    assert.ok(labels.filter((l) => l.norms.length >= 2).length >= 10);
  });
});
