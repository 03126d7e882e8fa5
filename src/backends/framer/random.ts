/**
 * Seeded choices and record ids. Every choice is keyed by the seed and the item it is made for (not drawn
 * from one global stream), so adding a norm never changes the phrasings chosen for another. Hashes are
 * FNV-1a and a Murmur3-style finaliser (non-cryptographic, fast, stable across platforms).
 */

/** 32-bit FNV-1a of a string (UTF-16 code units), finalised with Murmur3's fmix32. */
export function hash32(s: string, basis = 0x811c9dc5): number {
  let h = basis >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** 64 bits of hash as 16 hex digits (two independent 32-bit hashes). */
export function hash64(s: string): string {
  return hash32(s).toString(16).padStart(8, '0') + hash32(s, 0x9e3779b9).toString(16).padStart(8, '0');
}

/** A record id: `prefix:` and a hash of the parts that make the record what it is. */
export const recordId = (prefix: string, ...parts: string[]): string => `${prefix}:${hash64(parts.join('\u0000'))}`;

/** mulberry32: a small seeded generator of numbers in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A generator for the choices made about one item under the compile's seed. */
export const rngFor = (seed: number, key: string): (() => number) => mulberry32(hash32(key, (seed ^ 0x811c9dc5) >>> 0));

export function pick<T>(rng: () => number, xs: readonly T[]): T {
  return xs[Math.floor(rng() * xs.length)]!;
}

/** `k` distinct items, in their original order (a partial Fisher–Yates over the indices). */
export function sample<T>(rng: () => number, xs: readonly T[], k: number): T[] {
  if (k >= xs.length) return [...xs];
  const idx = xs.map((_, i) => i);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(rng() * (idx.length - i));
    [idx[i], idx[j]] = [idx[j]!, idx[i]!];
  }
  return idx.slice(0, k).sort((a, b) => a - b).map((i) => xs[i]!);
}
