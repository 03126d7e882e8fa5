/**
 * Per-value reward data, one reward model per value (rule family) as Alignment Studio trains them: for each
 * value, the Framer's training preference pairs that concern its norms, in TRL's conversational
 * prompt / chosen / rejected — each pair a binary judgement (the chosen answer is right, the rejected one
 * wrong) and exactly what `trl reward` reads. One representation per value: the KTO-style single labels
 * would restate the same answers of the same pairs.
 */
import type { ChatMessage, FramerData } from './framer-data.js';
import type { Value } from './values.js';
import { withSystem } from './axolotl.js';

export interface RewardPair {
  id: string;
  value: string;
  prompt: ChatMessage[];
  chosen: ChatMessage[];
  rejected: ChatMessage[];
}

export interface ValueRewardData {
  value: Value;
  pairs: RewardPair[];
}

/** The per-value data, the system slot of every prompt filled with `system`; training pairs only. */
export function rewardData(values: readonly Value[], data: FramerData, system: string): ValueRewardData[] {
  const valueOf = new Map<string, string>();
  for (const v of values) for (const n of v.norms) valueOf.set(n, v.id);
  const out = new Map(values.map((v) => [v.id, { value: v, pairs: [] as RewardPair[] }]));
  const valuesOf = (norms: readonly string[]): string[] => [...new Set(norms.map((n) => valueOf.get(n)).filter((v): v is string => !!v))].sort();
  for (const p of data.preferences.records.train) {
    const prompt = withSystem(p.prompt, system);
    for (const v of valuesOf(p.norms)) out.get(v)!.pairs.push({ id: p.id, value: v, prompt, chosen: p.chosen, rejected: p.rejected });
  }
  return [...out.values()];
}
