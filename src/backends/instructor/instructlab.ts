/**
 * InstructLab taxonomy (knowledge, qna.yaml version 3): one knowledge document per regulation, rendered from
 * the graph (title, headings, clauses in order), and one qna.yaml per top-level section — at least five seed
 * examples, each a context quoted from the document with three questions and answers drawn from the norms of
 * that context (what the rule requires, whom it binds, when it applies, how its conflicts are decided).
 * Sections too small for five contexts are joined with the next section of the same document.
 */
import { createHash } from 'node:crypto';
import type { Clause, Condition, RegulationDocument, Section } from '../../ir/index.js';
import type { OutputFile } from '../types.js';
import { OUT } from './paths.js';
import { PRINCIPLE_TEXT } from './system-prompt.js';
import type { Rule, View } from './view.js';
import { bareHeading, docTitle, isTitleSection, ruleText } from './view.js';
import { toYaml } from './yaml.js';

/** Written until `publish.sh` pushes the documents and fills in the real repository and commit. */
export const KNOWLEDGE_REPO_PLACEHOLDER = 'https://example.invalid/regc-knowledge.git';
export const CREATED_BY = 'regc';
const MIN_SEEDS = 5;
const QNA_PER_SEED = 3;
const MAX_SEEDS = 8;

export interface QnaUnit {
  doc: RegulationDocument;
  sections: Section[];
  /** Taxonomy path below `knowledge/`. */
  path: string;
  seeds: { context: string; questions_and_answers: { question: string; answer: string }[] }[];
}

/** A clause as the knowledge document writes it: its label, then its text. */
export const clauseLine = (c: Clause): string => `${c.label ? c.label + ' ' : ''}${c.text.replace(/\s+/g, ' ').trim()}`;

export function knowledgeDocument(doc: RegulationDocument): string {
  const out = [`# ${docTitle(doc)}`, ''];
  const meta = [doc.meta.authority && `Authority: ${doc.meta.authority}`, doc.meta.effective && `Effective: ${doc.meta.effective}`, doc.meta.jurisdiction && `Jurisdiction: ${doc.meta.jurisdiction}`].filter(Boolean);
  if (meta.length) out.push(meta.join('. ') + '.', '');
  for (const s of doc.sections) {
    if (!isTitleSection(doc, s)) out.push(`${'#'.repeat(Math.min(6, Math.max(2, s.level)))} ${s.heading}`, '');
    for (const c of s.clauses) out.push(clauseLine(c), '');
  }
  return out.join('\n');
}

const slug = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '') || 'x';

/** Top-level sections (below the title heading) with their subsections, in document order. */
function topSections(doc: RegulationDocument): { top: Section; all: Section[] }[] {
  const byIri = new Map(doc.sections.map((s) => [s.iri, s]));
  const topOf = (s: Section): Section => {
    let t = s;
    for (let p = s.parent ? byIri.get(s.parent) : undefined; p && !isTitleSection(doc, p); p = p.parent ? byIri.get(p.parent) : undefined) t = p;
    return t;
  };
  const groups = new Map<string, { top: Section; all: Section[] }>();
  for (const s of doc.sections) {
    if (isTitleSection(doc, s) && !s.clauses.length) continue;
    const t = topOf(s);
    const g = groups.get(t.iri) ?? { top: t, all: [] };
    g.all.push(s);
    groups.set(t.iri, g);
  }
  return [...groups.values()];
}

export function qnaUnits(view: View): { units: QnaUnit[]; skipped: { document: string; reason: string }[] } {
  const rulesOf = new Map<string, Rule[]>();
  for (const r of view.rules) if (r.clause) rulesOf.set(r.clause.iri, [...(rulesOf.get(r.clause.iri) ?? []), r]);
  const units: QnaUnit[] = [];
  const skipped: { document: string; reason: string }[] = [];
  for (const doc of view.documents) {
    const merged: { sections: Section[] }[] = [];
    for (const g of topSections(doc)) {
      const last = merged[merged.length - 1];
      if (last && contexts(last.sections, rulesOf).length < MIN_SEEDS) last.sections.push(...g.all);
      else merged.push({ sections: [...g.all] });
    }
    while (merged.length > 1 && contexts(merged[merged.length - 1]!.sections, rulesOf).length < MIN_SEEDS) {
      merged[merged.length - 2]!.sections.push(...merged.pop()!.sections);
    }
    for (const m of merged) {
      const seeds = contexts(m.sections, rulesOf)
        .map((ctx) => ({ context: ctx.map(clauseLine).join('\n\n'), questions_and_answers: questions(ctx, rulesOf, view).slice(0, QNA_PER_SEED) }))
        .filter((s) => s.questions_and_answers.length === QNA_PER_SEED)
        .slice(0, MAX_SEEDS);
      const first = m.sections.find((s) => !isTitleSection(doc, s)) ?? m.sections[0];
      if (seeds.length < MIN_SEEDS || !first) {
        skipped.push({ document: doc.id, reason: `${m.sections.map((s) => s.heading).join('; ') || doc.id}: ${seeds.length} seed examples with three questions (five needed)` });
        continue;
      }
      units.push({ doc, sections: m.sections, path: `regulations/${slug(doc.id)}/${slug(first.id)}`, seeds });
    }
  }
  return { units, skipped };
}

/** Contexts: each clause with norms alone, then runs of two and three consecutive clauses of one section
 * that hold at least two clauses with norms, in order, until there are enough. A context is quoted verbatim
 * from the knowledge document, so it never crosses a heading. */
function contexts(sections: readonly Section[], rulesOf: ReadonlyMap<string, Rule[]>): Clause[][] {
  const out: Clause[][] = [];
  const has = (c: Clause): boolean => (rulesOf.get(c.iri)?.length ?? 0) > 0;
  for (let size = 1; size <= 3 && out.length < MAX_SEEDS; size++) {
    for (const s of sections) {
      for (let i = 0; i + size <= s.clauses.length && out.length < MAX_SEEDS; i++) {
        const run = s.clauses.slice(i, i + size);
        if (size === 1 ? has(run[0]!) : has(run[0]!) && run.some((c, k) => k > 0 && has(c))) out.push(run);
      }
    }
  }
  return out;
}

/** A bearer as the object of a sentence: "Employees" → "employees", "assistant" → "the assistant",
 * "Ethics Office" → "the Ethics Office"; plurals and names of Orbis itself stay bare. */
export function bearerPhrase(text: string): string {
  let t = text.trim();
  if (!t) return 'everyone the rule names';
  if (/^[A-Z][a-z]+$/.test(t.split(/\s+/)[0]!) && !/\s[A-Z]/.test(t)) t = t[0]!.toLowerCase() + t.slice(1);
  if (/^(the|a|an|any|every|each|all|no)\s/i.test(t) || /^Orbis\b/.test(t) || /[^s]s$/.test(t)) return t;
  return `the ${t}`;
}

const KIND_VERB = { obligation: 'require', prohibition: 'prohibit', permission: 'permit' } as const;

function conditionText(cs: readonly Condition[]): string {
  return cs.map((c) => `${c.marker} ${c.text.replace(/^(if|when|where|while|unless|except|provided that|only if|other than|before|after|in case)\s+/i, '')}`.trim()).join('; ');
}

function questions(ctx: readonly Clause[], rulesOf: ReadonlyMap<string, Rule[]>, view: View): { question: string; answer: string }[] {
  const out: { question: string; answer: string }[] = [];
  const seen = new Set<string>();
  const add = (question: string, answer: string): void => {
    if (seen.has(question)) return;
    seen.add(question);
    out.push({ question, answer });
  };
  for (const c of ctx) {
    for (const r of rulesOf.get(c.iri) ?? []) {
      const n = r.norm;
      const text = ruleText(r);
      add(`What does ${r.citation} ${KIND_VERB[n.kind]}?`, `${text} (${r.citation}.)`);
      add(`Whom does the rule in ${r.citation} address?`, `The rule ${n.kind === 'permission' ? 'grants its permission to' : 'binds'} ${bearerPhrase(n.bearer.text)}.`);
      const when = n.conditions.length ? `It applies ${conditionText(n.conditions)}.` : 'The text states no condition for it.';
      const except = n.exceptions.length ? ` Exception: ${conditionText(n.exceptions)}.` : ' The text states no exception.';
      add(`When does the rule in ${r.citation} apply, and are there exceptions?`, when + except);
      for (const k of view.conflicts) {
        if (!k.norms.includes(n.iri)) continue;
        const other = view.byIri.get(k.norms[0] === n.iri ? k.norms[1] : k.norms[0]);
        if (!other) continue;
        const answer = k.resolution
          ? `${view.byIri.get(k.resolution.winner)?.citation ?? k.resolution.winner} prevails where both apply (${PRINCIPLE_TEXT[k.resolution.principle]}). ${k.resolution.explanation}`
          : 'No principle of precedence decides between them; the question goes to the office responsible for the rules.';
        add(`What happens when the rule in ${r.citation} conflicts with ${other.citation}?`, answer.trim());
      }
    }
  }
  return out;
}

export function instructlabFiles(view: View): { files: OutputFile[]; units: QnaUnit[]; skipped: { document: string; reason: string }[] } {
  const docs = view.documents.map((d) => ({ doc: d, path: OUT.instructlab.document(d.id), content: knowledgeDocument(d) }));
  const digest = createHash('sha256');
  for (const d of docs) digest.update(d.path).update('\0').update(d.content).update('\0');
  const commit = `unpublished-${digest.digest('hex').slice(0, 12)}`;
  const { units, skipped } = qnaUnits(view);
  const files: OutputFile[] = docs.map((d) => ({ path: d.path, content: d.content }));
  for (const u of units) {
    const headings = u.sections.filter((s) => !isTitleSection(u.doc, s));
    const tops = headings.filter((s) => !s.parent || isTitleSection(u.doc, u.doc.sections.find((x) => x.iri === s.parent)!));
    const domain = (tops.length ? tops : headings).map(bareHeading).join(', ');
    const qna = {
      version: 3,
      created_by: CREATED_BY,
      domain,
      seed_examples: u.seeds,
      document_outline: `${docTitle(u.doc)}: ${headings.map((s) => s.heading).join('; ')}.`,
      document: { repo: KNOWLEDGE_REPO_PLACEHOLDER, commit, patterns: [`${u.doc.id}.md`] },
    };
    files.push({
      path: OUT.instructlab.qna(u.path),
      content: toYaml(qna, [
        `InstructLab knowledge (taxonomy version 3) compiled by regc from ${u.doc.file || u.doc.id}.`,
        'document.repo and document.commit are placeholders until publish.sh pushes ../documents/ and fills them in.',
      ]),
    });
  }
  files.push({ path: OUT.instructlab.publish, content: publishScript() });
  return { files, units, skipped };
}

function publishScript(): string {
  return `#!/bin/sh
# Pushes the knowledge documents (documents/*.md) to a git repository and writes its URL and the commit into
# every taxonomy/**/qna.yaml, as InstructLab requires. Usage, from compiled/:
#   sh instructor/instructlab/publish.sh <git-repository-url> [branch]
set -eu
repo="$1"
branch="\${2:-main}"
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
git clone --quiet "$repo" "$work"
cp "$here"/documents/*.md "$work"/
cd "$work"
git add -- *.md
git commit --quiet --allow-empty -m "Knowledge documents compiled by regc"
git push --quiet origin "HEAD:$branch"
commit="$(git rev-parse HEAD)"
find "$here/taxonomy" -name qna.yaml | while read -r f; do
  sed -e "s|^  repo: .*|  repo: $repo|" -e "s|^  commit: .*|  commit: $commit|" "$f" > "$f.tmp" && mv "$f.tmp" "$f"
done
echo "documents pushed to $repo at $commit; qna.yaml files updated"
`;
}
