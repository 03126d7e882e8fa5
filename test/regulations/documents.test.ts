/** The four Orbis regulations: front matter, and the clauses the Markdown front end reads equal the gold standard's. */
import assert from 'node:assert/strict';
import type { Clause } from '../../src/ir/index.js';
import { ALL_CLAUSE_IDS, EXPECTED_CLAUSES, NO_NORM_CLAUSES, ORBIS_DOCUMENTS, type OrbisDocument } from './expected.js';
import { frontMatter, readText, regulationPath, shipped } from './helpers.js';

interface Declared {
  title: string;
  authority: string;
  effective: string;
  jurisdiction: string;
  bearer: string;
}

/** The front matter of `doc` declares these values (and its own id). */
const shouldDeclare = (doc: OrbisDocument, expected: Declared) =>
  it(`${doc} declares ${expected.authority}, ${expected.effective}, ${expected.jurisdiction}, bearer ${expected.bearer}`, () => {
    const fm = frontMatter(doc);
    const effective = fm['effective'] instanceof Date ? fm['effective'].toISOString().slice(0, 10) : fm['effective'];
    assert.deepEqual(
      { id: fm['id'], title: fm['title'], authority: fm['authority'], effective, jurisdiction: fm['jurisdiction'], bearer: fm['bearer'], version: typeof fm['version'] },
      { id: doc, ...expected, version: 'string' },
    );
  });

/** The clauses the Markdown front end reads from a document, as [id, text]. */
const clausesOf = async (doc: OrbisDocument): Promise<[string, string][]> => {
  const d = (await shipped()).documents.get(doc)!;
  return d.sections.flatMap((s) => s.clauses.map((c: Clause): [string, string] => [c.id, c.text]));
};
const gold = (doc: OrbisDocument): [string, string][] =>
  [...EXPECTED_CLAUSES, ...NO_NORM_CLAUSES]
    .filter((c) => c.id.startsWith(`${doc}/`))
    .sort((a, b) => ALL_CLAUSE_IDS.indexOf(a.id) - ALL_CLAUSE_IDS.indexOf(b.id))
    .map((c): [string, string] => [c.id, c.text]);

describe('regulations: the four documents', () => {
  describe('front matter', () => {
    shouldDeclare('orbis-conduct', { title: 'Global Business Conduct Guidelines', authority: 'company-policy', effective: '2026-01-01', jurisdiction: 'global', bearer: 'employee' });
    shouldDeclare('orbis-emea-addendum', { title: 'EMEA Regional Addendum to the Global Business Conduct Guidelines', authority: 'regional-guideline', effective: '2026-03-01', jurisdiction: 'EMEA', bearer: 'employee' });
    shouldDeclare('orbis-policy-update-2026', { title: 'Policy Update 2026: Open Source Contributions and Generative AI', authority: 'company-policy', effective: '2026-09-01', jurisdiction: 'global', bearer: 'employee' });
    shouldDeclare('orbis-assist-policy', { title: 'Orbis Assist Conduct Policy', authority: 'company-policy', effective: '2026-01-01', jurisdiction: 'global', bearer: 'assistant' });

    it('uses authority levels the ontologies define, regional below company policy', async () => {
      const { ontology } = await shipped();
      assert.ok(ontology.outranks('company-policy', 'regional-guideline'));
      for (const doc of ORBIS_DOCUMENTS) assert.ok(ontology.authorities.some((a) => a.name === frontMatter(doc)['authority']), doc);
    });
  });

  describe('as the Markdown front end reads them', () => {
    for (const doc of ORBIS_DOCUMENTS) {
      it(`${doc} parses without warnings or errors`, async () => {
        const { ontology } = await shipped();
        const { readSource } = await import('../../src/frontend/load.js');
        const { parseMarkdown } = await import('../../src/frontend/markdown.js');
        const parsed = parseMarkdown(readSource(regulationPath(doc), regulationPath(doc)).file!, { authorities: new Set(ontology.authorities.map((a) => a.name)) });
        assert.deepEqual(parsed.diagnostics.map((d) => d.code), []);
      });
      it(`${doc} has exactly the clauses, ids and texts of the gold standard`, async () =>
        assert.deepEqual(await clausesOf(doc), gold(doc)));
      it(`${doc} gives every section an explicit {#id} and every numbered heading a number`, async () => {
        const d = (await shipped()).documents.get(doc)!;
        const text = readText(regulationPath(doc));
        for (const s of d.sections.filter((x) => x.level >= 2)) {
          assert.ok(text.includes(`{#${s.id}}`), s.id);
          assert.match(s.number ?? '', /^\d+(\.\d+)?$/, s.id);
        }
      });
    }
  });

  it('keep the sizes a reader can review: 450 to 700 lines of Markdown in all', () => {
    const lines = ORBIS_DOCUMENTS.reduce((sum, doc) => sum + readText(regulationPath(doc)).split('\n').length, 0);
    assert.ok(lines >= 450 && lines <= 700, String(lines));
  });
});
