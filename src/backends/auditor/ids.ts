/** Case ids: `audit:` and 16 hex digits of the sha256 of what makes the case (stable across compiles). */
import { createHash } from 'node:crypto';

export const caseId = (...parts: string[]): string => `audit:${createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 16)}`;

/** A number in [0, 1) from the seed and a key: seeded choices that do not depend on the order of anything else. */
export function unit(seed: number, key: string): number {
  const h = createHash('sha256').update(`${seed}\u0000${key}`).digest();
  return h.readUInt32BE(0) / 0x1_0000_0000;
}

/** Items ordered by a seeded hash of each (a shuffle that is stable per item). */
export function seededOrder<T>(seed: number, key: string, xs: readonly T[], name: (x: T) => string): T[] {
  return [...xs].map((x) => ({ x, k: unit(seed, `${key}\u0000${name(x)}`) })).sort((a, b) => a.k - b.k).map((e) => e.x);
}

export function pickOne<T>(seed: number, key: string, xs: readonly T[]): T {
  return xs[Math.floor(unit(seed, key) * xs.length)]!;
}
