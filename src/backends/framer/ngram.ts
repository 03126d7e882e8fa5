/**
 * The longest word n-gram a held-out text shares with any training text: a binary search on n (sharing an
 * n-gram implies sharing every shorter one), each step a scan of the training texts' n-grams against a set of
 * the held-out ones, by polynomial rolling hashes (two moduli, verified exactly before a witness is reported).
 */

export interface Overlap {
  /** The length in words of the longest shared n-gram (0 when no word is shared). */
  n: number;
  ngram: string;
  /** Indices of a held-out and a training text that share it. */
  heldout: number;
  train: number;
}

const P1 = 1_000_003;
const P2 = 998_244_353;
const B1 = 131_071;
const B2 = 524_287;

export const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

function powers(p: number, b: number, n: number): number {
  let x = 1;
  for (let i = 1; i < n; i++) x = (x * b) % p;
  return x;
}

/** Calls `visit(hash, start)` for every n-gram of the token ids. */
function eachNgram(ids: Int32Array, n: number, pw1: number, pw2: number, visit: (key: number, start: number) => boolean | void): boolean {
  if (ids.length < n) return false;
  let h1 = 0;
  let h2 = 0;
  for (let i = 0; i < ids.length; i++) {
    if (i >= n) {
      const out = ids[i - n]!;
      h1 = (h1 - ((out * pw1) % P1) + P1) % P1;
      h2 = (h2 - ((out * pw2) % P2) + P2) % P2;
    }
    h1 = (h1 * B1 + ids[i]!) % P1;
    h2 = (h2 * B2 + ids[i]!) % P2;
    if (i >= n - 1 && visit(h1 * P2 + h2, i - n + 1)) return true;
  }
  return false;
}

export function longestSharedNgram(heldout: readonly string[], train: readonly string[]): Overlap {
  const vocab = new Map<string, number>();
  const encode = (t: string) => Int32Array.from(words(t), (w) => {
    let id = vocab.get(w);
    if (id === undefined) vocab.set(w, (id = vocab.size + 1));
    return id;
  });
  const H = heldout.map(encode);
  const T = train.map(encode);
  const probe = (n: number): Overlap | undefined => {
    if (n === 0) return { n: 0, ngram: '', heldout: -1, train: -1 };
    const pw1 = powers(P1, B1, n);
    const pw2 = powers(P2, B2, n);
    const held = new Map<number, [number, number]>();
    H.forEach((ids, h) => eachNgram(ids, n, pw1, pw2, (key, start) => void (held.has(key) || held.set(key, [h, start]))));
    if (!held.size) return undefined;
    let found: Overlap | undefined;
    T.some((ids, t) => eachNgram(ids, n, pw1, pw2, (key, start) => {
      const hit = held.get(key);
      if (!hit) return false;
      const [h, hs] = hit;
      for (let k = 0; k < n; k++) if (H[h]![hs + k] !== ids[start + k]) return false;
      found = { n, ngram: words(heldout[h]!).slice(hs, hs + n).join(' '), heldout: h, train: t };
      return true;
    }));
    return found;
  };
  let lo = 0;
  let hi = H.reduce((m, x) => Math.max(m, x.length), 0);
  let best = probe(0)!;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const hit = probe(mid);
    if (hit) {
      lo = mid;
      best = hit;
    } else hi = mid - 1;
  }
  return best;
}
