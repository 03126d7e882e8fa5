/**
 * Matching phrases of a text to concepts of the domain ontology by their SKOS labels (`skos:prefLabel`,
 * `skos:altLabel`): case-insensitive, tolerant of plural/singular and verb forms (the forms of every label
 * word are generated once, with compromise, when the index is built), determiners and possessives ignored,
 * the longest label winning. A trie over label words makes each lookup linear in the text.
 */
import type { Concept, ConceptScheme } from '../ir/index.js';
import { tokenize, type Token } from './tokens.js';
import { nominalForms, wordForms } from './lemma.js';
import { ODRL } from '../vocab/index.js';

/** A concept found in a token list: tokens [from, to). */
export interface ConceptHit {
  concept: Concept;
  from: number;
  to: number;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  /** Concepts whose label ends here, preferred labels first, then by IRI. */
  ends: { concept: Concept; pref: boolean }[];
}

/** Words skipped on both sides: "approval of their manager" matches "approval of the manager". */
const SKIPPED = new Set(['the', 'a', 'an', 'their', 'his', 'her', 'its', 'our', 'your', 'my', 'any', 'all', 'each', 'every']);

/** The key of a word: lower case without a possessive ending. */
function keyOf(lower: string): string {
  return lower.replace(/['’]s$/, '').replace(/s'$/, 's');
}

export class ConceptIndex {
  readonly concepts: readonly Concept[];
  private readonly root: TrieNode = { next: new Map(), ends: [] };
  /** Text word → the label words it may be a form of. */
  private readonly surface = new Map<string, string[]>();
  private readonly byIri = new Map<string, Concept>();

  constructor(concepts: Concept[]) {
    this.concepts = [...concepts].sort((a, b) => (a.iri < b.iri ? -1 : a.iri > b.iri ? 1 : 0));
    const labelWords = new Set<string>();
    /** First words of action labels: they also match their nominalisations ("retaliation" for "retaliate"). */
    const actionHeads = new Set<string>();
    for (const c of this.concepts) {
      this.byIri.set(c.iri, c);
      const labels: [string, boolean][] = [[c.prefLabel, true], ...c.altLabels.map((l): [string, boolean] => [l, false])];
      for (const [label, pref] of labels) {
        const words = labelKey(label);
        if (words.length === 0) continue;
        if (c.scheme === 'action') actionHeads.add(words[0]!);
        let node = this.root;
        for (const w of words) {
          labelWords.add(w);
          let n = node.next.get(w);
          if (!n) node.next.set(w, (n = { next: new Map(), ends: [] }));
          node = n;
        }
        if (!node.ends.some((e) => e.concept.iri === c.iri)) node.ends.push({ concept: c, pref });
        else if (pref) node.ends.find((e) => e.concept.iri === c.iri)!.pref = true;
      }
    }
    sortEnds(this.root);
    for (const w of [...labelWords].sort()) {
      const nominal = actionHeads.has(w) ? nominalForms(w) : [];
      for (const f of [...wordForms(w), ...nominal]) {
        const list = this.surface.get(f);
        if (!list) this.surface.set(f, [w]);
        else if (!list.includes(w)) list.push(w);
      }
    }
  }

  /** The concept with this IRI, if the index holds it. */
  get(iri: string): Concept | undefined {
    return this.byIri.get(iri);
  }

  /** The concept of the longest label found anywhere in the text (the earliest among equally long ones). */
  match(text: string, scheme?: ConceptScheme): Concept | undefined {
    const tokens = tokenize(text);
    return this.bestIn(tokens, 0, tokens.length, scheme)?.concept;
  }

  /** Every concept the text mentions, left to right, longest labels first, each once. */
  mentions(text: string): Concept[] {
    const tokens = tokenize(text);
    const out: Concept[] = [];
    for (const h of this.scan(tokens, 0, tokens.length)) if (!out.includes(h.concept)) out.push(h.concept);
    return out;
  }

  /** The longest label starting at token i, optionally only of one scheme. */
  longestAt(tokens: readonly Token[], i: number, to: number, scheme?: ConceptScheme): ConceptHit | undefined {
    const first = tokens[i];
    if (!first || first.kind === 'punct' || SKIPPED.has(first.lower)) return undefined;
    let frontier: TrieNode[] = [this.root];
    let best: ConceptHit | undefined;
    for (let j = i; j < to && frontier.length > 0; j++) {
      const t = tokens[j]!;
      if (t.kind === 'punct') break;
      if (j > i && SKIPPED.has(t.lower)) continue;
      const keys = this.keysOf(t.lower);
      const next: TrieNode[] = [];
      for (const node of frontier) {
        for (const k of keys) {
          const n = node.next.get(k);
          if (n && !next.includes(n)) next.push(n);
        }
      }
      frontier = next;
      for (const node of frontier) {
        const end = scheme ? node.ends.find((e) => e.concept.scheme === scheme) : node.ends[0];
        if (end && (!best || j + 1 > best.to || (j + 1 === best.to && preferred(end.concept, best.concept, node)))) {
          best = { concept: end.concept, from: i, to: j + 1 };
        }
      }
    }
    return best;
  }

  /** Greedy left-to-right scan of tokens [from, to) for non-overlapping longest matches. */
  scan(tokens: readonly Token[], from: number, to: number, scheme?: ConceptScheme): ConceptHit[] {
    const out: ConceptHit[] = [];
    for (let i = from; i < to; ) {
      const h = this.longestAt(tokens, i, to, scheme);
      if (h) {
        out.push(h);
        i = h.to;
      } else i++;
    }
    return out;
  }

  /** The longest match in tokens [from, to), the earliest among equally long ones. */
  bestIn(tokens: readonly Token[], from: number, to: number, scheme?: ConceptScheme): ConceptHit | undefined {
    let best: ConceptHit | undefined;
    for (let i = from; i < to; i++) {
      const h = this.longestAt(tokens, i, to, scheme);
      if (h && (!best || h.to - h.from > best.to - best.from)) best = h;
    }
    return best;
  }

  private keysOf(lower: string): readonly string[] {
    const k = keyOf(lower);
    return this.surface.get(k) ?? (k === lower ? [k] : [k, lower]);
  }
}

/** A label as the sequence of words the trie stores. */
function labelKey(label: string): string[] {
  return tokenize(label)
    .filter((t) => t.kind !== 'punct' && !SKIPPED.has(t.lower))
    .map((t) => keyOf(t.lower));
}

/**
 * Narrower concepts first (a domain action over the ODRL action it is included in), then the domain's concepts
 * over ODRL's generic actions of the same label, then preferred labels, then IRIs.
 */
function sortEnds(node: TrieNode): void {
  const narrower = (c: Concept) => node.ends.some((e) => e.concept !== c && c.broader.includes(e.concept.iri));
  node.ends.sort((a, b) => {
    const na = narrower(a.concept);
    const nb = narrower(b.concept);
    if (na !== nb) return na ? -1 : 1;
    const oa = a.concept.iri.startsWith(ODRL.ns);
    const ob = b.concept.iri.startsWith(ODRL.ns);
    if (oa !== ob) return oa ? 1 : -1;
    if (a.pref !== b.pref) return a.pref ? -1 : 1;
    return a.concept.iri < b.concept.iri ? -1 : 1;
  });
  for (const n of node.next.values()) sortEnds(n);
}

/** Among two concepts ending at the same place, keep the one the node lists first. */
function preferred(candidate: Concept, current: Concept, node: TrieNode): boolean {
  const ci = node.ends.findIndex((e) => e.concept === candidate);
  const ki = node.ends.findIndex((e) => e.concept === current);
  return ki === -1 ? false : ci < ki;
}
