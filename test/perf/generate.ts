// A synthetic corpus for the reasoner benchmarks: N norms over realistic concept hierarchies (role, action and
// asset trees with a few concepts of two parents), documents at three authority levels with effective dates,
// and conditions drawn from a small vocabulary of amounts, approvals and purposes. Deterministic per seed.
import type { AtomicConstraint, Concept, ConceptScheme, Constraint, Norm, NormKind, RegulationDocument } from '../../src/ir/index.js';
import { clauseIri, documentIri, normIri, ODRL, REGC, sectionIri } from '../../src/vocab/index.js';
import { mulberry32 } from '../../src/backends/framer/random.js';

export const SYN = 'https://example.org/synthetic#';

export interface Corpus {
  concepts: Concept[];
  documents: RegulationDocument[];
  norms: Norm[];
  /** Leaves of each tree, for drawing situations. */
  leaves: { role: string[]; action: string[]; asset: string[] };
}

/** A small seeded generator (mulberry32, the Framer's). */
export const rng = mulberry32;

/** A tree of `levels` levels under `root` with `fanout` children each; every 17th node gets a second parent. */
function tree(scheme: ConceptScheme, stem: string, root: string | undefined, levels: number, fanout: number, out: Concept[]): string[] {
  let frontier = [root];
  const all: string[] = [];
  let k = 0;
  for (let level = 0; level < levels; level++) {
    const next: string[] = [];
    for (const parent of frontier) {
      for (let i = 0; i < fanout; i++) {
        const iri = `${SYN}${stem}${k++}`;
        const broader = parent ? [parent] : [];
        if (k % 17 === 0 && next.length > 1) broader.push(next[next.length - 2]!);
        out.push({ iri, scheme, prefLabel: `${stem} ${k}`, altLabels: [], broader });
        next.push(iri);
        all.push(iri);
      }
    }
    frontier = next;
  }
  return frontier as string[];
}

const AUTHORITIES = ['law', 'company-policy', 'regional-guideline'];
const AMOUNTS = [20, 50, 100, 250, 1000];

export function generateCorpus(n: number, seed = 1): Corpus {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const concepts: Concept[] = [];
  // A larger corpus covers more of the world: the role and action trees grow with it, so that the number of
  // norms per (role, action) leaf pair — and so conflicts per norm — stays what it is at 20,000 norms.
  // At 20,000: roles 6 + 36 + 216 (depth 3), actions 8 + 64 + 512 under odrl:use; at 100,000: fan-outs 8 and 10.
  // Assets: 10 + 100 + 1000 (odrl:partOf), purposes 5 + 25.
  const grow = Math.max(1, (n / 20000) ** (1 / 6));
  const roles = tree('role', 'role', undefined, 3, Math.round(6 * grow), concepts);
  const actions = tree('action', 'act', ODRL.use, 3, Math.round(8 * grow), concepts);
  const assets = tree('asset', 'asset', undefined, 3, 10, concepts);
  const purposes = tree('context', 'purpose', undefined, 2, 5, concepts);
  const inner = (leaves: string[], scheme: ConceptScheme) => concepts.filter((c) => c.scheme === scheme && !leaves.includes(c.iri)).map((c) => c.iri);
  const innerRoles = inner(roles, 'role');
  const innerActions = inner(actions, 'action');
  const innerAssets = inner(assets, 'asset');

  const docCount = Math.max(3, Math.ceil(n / 250));
  const documents: RegulationDocument[] = [];
  for (let d = 0; d < docCount; d++) {
    const id = `doc${d}`;
    const authority = AUTHORITIES[d % 3]!;
    const effective = `20${10 + (d % 15)}-0${1 + (d % 9)}-01`;
    documents.push({
      id, iri: documentIri(id), file: `regulations/${id}.md`, format: 'markdown', sha256: '',
      meta: { authority, effective, extra: {} },
      sections: [{ id: 's', iri: sectionIri(id, 's'), heading: 's', level: 1, path: ['s'], attributes: {}, authority, span: span(id, 1), clauses: [] }],
      norms: [],
    });
  }

  const condition = (): Constraint => {
    const x = r();
    if (x < 0.5) return amount(pick(['lt', 'lteq', 'gt', 'gteq'] as const), pick(AMOUNTS));
    if (x < 0.8) return { type: 'atomic', leftOperand: `${SYN}approval`, operator: 'eq', rightOperand: [{ kind: 'boolean', value: r() < 0.8 }] };
    return { type: 'atomic', leftOperand: ODRL.purpose, operator: 'isA', rightOperand: [{ kind: 'iri', value: pick(purposes) }] };
  };

  const norms: Norm[] = [];
  for (let i = 0; i < n; i++) {
    const doc = documents[i % docCount]!;
    const clause = clauseIri(doc.id, 's', String(i));
    const kind: NormKind = pick(['prohibition', 'prohibition', 'permission', 'permission', 'obligation'] as const);
    const bearer = r() < 0.8 ? pick(roles) : pick(innerRoles);
    const action = r() < 0.85 ? pick(actions) : pick(innerActions);
    const norm: Norm = {
      iri: normIri(clause, 1), kind, strength: r() < 0.9 ? 'strict' : 'advisory',
      bearer: { text: 'bearer', concept: bearer },
      action: { text: 'action', concept: action },
      constraints: [], conditions: [], exceptions: [], references: [], overrides: [], duties: [],
      document: doc.iri, section: doc.sections[0]!.iri, clause, origin: 'rules', text: `norm ${i}`, span: span(doc.id, 10 + i),
    };
    if (r() < 0.6) norm.target = { text: 'target', concept: r() < 0.8 ? pick(assets) : pick(innerAssets) };
    const c = r();
    if (c < 0.5) norm.constraints.push(condition());
    if (c < 0.15) norm.constraints.push(condition());
    if (r() < 0.15) norm.exceptions.push({ marker: 'unless', text: 'unless approved', concepts: [], constraint: condition() });
    if (r() < 0.05) norm.conditions.push({ marker: 'if', text: 'if the matter is significant', concepts: [] });
    norms.push(norm);
  }
  return { concepts, documents, norms, leaves: { role: roles, action: actions, asset: assets } };
}

function amount(operator: AtomicConstraint['operator'], value: number): AtomicConstraint {
  return { type: 'atomic', leftOperand: REGC.monetaryValue, operator, rightOperand: [{ kind: 'number', value }], unit: `${SYN}EUR` };
}

function span(doc: string, line: number) {
  return { file: `regulations/${doc}.md`, line, column: 1, endLine: line, endColumn: 10, offset: line * 10, endOffset: line * 10 + 9 };
}
