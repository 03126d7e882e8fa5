/**
 * Terms in the ODRL namespace that ODRL 2.2 does not define (`odrl:perm1ssion`, `odrl:lteq1`), and the real
 * term nearest to each by edit distance (optimal string alignment: insertions, deletions, substitutions and
 * transpositions of adjacent characters, each costing 1), for RC1010's "did you mean …?".
 */
import { ODRL } from '../vocab/index.js';
import { ODRL_TERMS } from '../vocab/odrl-terms.js';

/** For an IRI in the ODRL namespace whose local name ODRL does not define: the name and the nearest term. */
export function undefinedOdrlTerm(iri: string): { term: string; suggestion: string } | undefined {
  if (!iri.startsWith(ODRL.ns)) return undefined;
  const local = iri.slice(ODRL.ns.length);
  if (local === '' || ODRL_TERMS.has(local)) return undefined;
  return { term: local, suggestion: nearestTerm(local) };
}

/** The term of `terms` nearest to `word`: least edit distance, then least ignoring case, then alphabetical. */
export function nearestTerm(word: string, terms: Iterable<string> = ODRL_TERMS): string {
  let best = '';
  let key: [number, number, string] = [Infinity, Infinity, ''];
  for (const t of terms) {
    const k: [number, number, string] = [editDistance(word, t), editDistance(word.toLowerCase(), t.toLowerCase()), t];
    if (k[0] < key[0] || (k[0] === key[0] && (k[1] < key[1] || (k[1] === key[1] && k[2] < key[2])))) {
      best = t;
      key = k;
    }
  }
  return best;
}

/** Optimal string alignment distance between two strings (UTF-16 code units). */
export function editDistance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  let prev2: number[] = [];
  let prev: number[] = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const row = [i];
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
    }
    prev2 = prev;
    prev = row;
  }
  return prev[n]!;
}
