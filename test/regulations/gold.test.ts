/** The gold standard is consistent: concepts of the right schemes, coverage of forms, conflicts whose principle the documents support. */
import assert from 'node:assert/strict';
import type { ConceptScheme } from '../../src/ir/index.js';
import { EXPECTED_CONFLICTS, type ExpectedConflict } from './conflicts.js';
import { ALL_CLAUSE_IDS, EXPECTED_CLAUSES, NO_NORM_CLAUSES, expectedNorms, type ExpectedNorm, type OrbisDocument } from './expected.js';
import { frontMatter, local, orbisConcepts, readText, shipped } from './helpers.js';

const allNorms = (): Array<ExpectedNorm & { clause: string }> => EXPECTED_CLAUSES.flatMap((c) => c.norms.map((n) => ({ ...n, clause: c.id })));
const docOf = (clauseId: string) => clauseId.split('/')[0] as OrbisDocument;
const effective = (doc: OrbisDocument): string => {
  const v = frontMatter(doc)['effective'];
  return v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
};
const authority = (doc: OrbisDocument): string => String(frontMatter(doc)['authority']);

/** The norm of a clause that takes part in a conflict (each clause named by a conflict has exactly one). */
const conflictNorm = (clauseId: string): ExpectedNorm => {
  const norms = expectedNorms(clauseId);
  assert.equal(norms.length, 1, `${clauseId} has ${norms.length} norms`);
  return norms[0]!;
};

/** What the documents say about the two norms must make `principle` the first that decides. */
const shouldBeDecidedAsDesigned = (c: ExpectedConflict) =>
  it(`${c.name}: ${c.principle ?? 'unresolved'}${c.winner ? `, ${c.winner} wins` : ''}`, async () => {
    const [a, b] = c.norms.map(conflictNorm) as [ExpectedNorm, ExpectedNorm];
    const kinds = [a.kind, b.kind].sort();
    assert.ok(kinds[1] === 'prohibition' && kinds[0] !== 'prohibition', `${kinds} do not collide`);
    assert.equal(a.action, b.action, 'same act');
    assert.equal(c.winner === null, c.principle === null);
    if (c.winner !== null) assert.ok(c.norms.includes(c.winner));
    const [da, db] = c.norms.map(docOf) as [OrbisDocument, OrbisDocument];
    const { ontology } = await shipped();
    const explicit = a.overrides || b.overrides;
    switch (c.principle) {
      case 'explicit':
        assert.ok(explicit);
        break;
      case 'lex-superior': {
        // an override phrase may name other sections (gift-limits/2 is "subject to Section 3.2 and Section 4")
        const w = docOf(c.winner!);
        const l = w === da ? db : da;
        assert.ok(ontology.outranks(authority(w), authority(l)), `${authority(w)} over ${authority(l)}`);
        break;
      }
      case 'lex-specialis':
        assert.ok(!explicit);
        assert.equal(authority(da), authority(db));
        break;
      case 'lex-posterior': {
        assert.ok(!explicit);
        assert.equal(authority(da), authority(db));
        const w = docOf(c.winner!);
        assert.ok(effective(w) > effective(w === da ? db : da));
        break;
      }
      case null:
        assert.ok(!explicit);
        assert.deepEqual([authority(da), effective(da)], [authority(db), effective(db)]);
        break;
      default:
        assert.fail(`unexpected principle ${c.principle}`);
    }
  });

describe('regulations: the gold standard', () => {
  describe('clauses', () => {
    it('has no clause twice', () => assert.equal(new Set(ALL_CLAUSE_IDS).size, ALL_CLAUSE_IDS.length));
    it('has at least 60 norms in the Global Business Conduct Guidelines', () =>
      assert.ok(allNorms().filter((n) => docOf(n.clause) === 'orbis-conduct').length >= 60));
    it('covers every kind, both strengths, "need not", analyst and Turtle norms', () => {
      const ns = allNorms();
      assert.deepEqual([...new Set(ns.map((n) => n.kind))].sort(), ['obligation', 'permission', 'prohibition']);
      assert.deepEqual([...new Set(ns.map((n) => n.strength))].sort(), ['advisory', 'strict']);
      assert.ok(ns.some((n) => n.omission));
      assert.deepEqual([...new Set(ns.map((n) => n.origin ?? 'rules'))].sort(), ['analyst', 'rules', 'turtle']);
      assert.deepEqual([...new Set(ns.flatMap((n) => (n.override ? [n.override] : [])))].sort(), ['notwithstanding', 'subject-to']);
      assert.deepEqual([...new Set(ns.flatMap((n) => (n.amount ? [n.amount.currency] : [])))].sort(), ['EUR', 'USD']);
    });
    it('lists purposes, definitions and lead-ins among the clauses without norms', () =>
      assert.deepEqual([...new Set(NO_NORM_CLAUSES.map((c) => c.why))].sort(), ['definition', 'lead-in', 'purpose', 'scope', 'statement']));
    it('states a reference with every override', () => {
      for (const n of allNorms()) if (n.overrides) assert.ok(n.references, n.clause);
    });
  });

  describe('concepts', () => {
    const shouldBeIn = (field: string, pick: (n: ExpectedNorm) => string[], schemes: ConceptScheme[]) =>
      it(`names ${field} by concepts of the ${schemes.join(' or ')} scheme`, async () => {
        const concepts = orbisConcepts((await shipped()).ontology);
        for (const n of allNorms()) {
          for (const iri of pick(n)) {
            const scheme = concepts.get(iri)?.scheme;
            assert.ok(scheme !== undefined && schemes.includes(scheme), `${n.clause}: ${local(iri)} is ${scheme ?? 'not a concept'}`);
          }
        }
      });
    shouldBeIn('bearers', (n) => [n.bearer], ['role']);
    shouldBeIn('actions', (n) => [n.action], ['action']);
    shouldBeIn('targets', (n) => (n.target ? [n.target] : []), ['asset', 'role']);
    shouldBeIn('contexts', (n) => n.contexts ?? [], ['context']);
    it('mentions contexts only where there is a condition or an exception', () => {
      for (const n of allNorms()) if (n.contexts?.length) assert.ok(n.conditions || n.exceptions, n.clause);
    });
  });

  describe('designed conflicts', () => {
    for (const c of EXPECTED_CONFLICTS) shouldBeDecidedAsDesigned(c);
    it('has at least five designed conflicts decided by four different principles, and one left unresolved', () => {
      const designed = EXPECTED_CONFLICTS.filter((c) => c.designed);
      assert.ok(designed.length >= 6);
      assert.deepEqual([...new Set(designed.flatMap((c) => (c.principle ? [c.principle] : [])))].sort(), ['explicit', 'lex-posterior', 'lex-specialis', 'lex-superior']);
      assert.equal(designed.filter((c) => c.principle === null).length, 1);
    });
    it('has unique names', () => assert.equal(new Set(EXPECTED_CONFLICTS.map((c) => c.name)).size, EXPECTED_CONFLICTS.length));
    it('documents every conflict in regulations/README.md by name and clauses', () => {
      const readme = readText('regulations/README.md');
      for (const c of EXPECTED_CONFLICTS) for (const s of [c.name, ...c.norms]) assert.ok(readme.includes(s), `${c.name}: ${s}`);
    });
  });
});
