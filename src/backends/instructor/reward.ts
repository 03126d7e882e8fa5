/**
 * Per-value reward data, one reward model per value (rule family) as Alignment Studio trains them: for each
 * value, the Framer's training preference pairs that concern its norms (TRL's conversational
 * prompt / chosen / rejected, for `trl reward`), and binary labels (prompt / completion / label: the chosen
 * answers and the KTO completions labelled desirable are `true`, the rejected ones `false`).
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

export interface RewardLabel {
  id: string;
  value: string;
  prompt: ChatMessage[];
  completion: ChatMessage[];
  label: boolean;
}

export interface ValueRewardData {
  value: Value;
  pairs: RewardPair[];
  labels: RewardLabel[];
}

/** The per-value data, the system slot of every prompt filled with `system`. */
export function rewardData(values: readonly Value[], data: FramerData, system: string): ValueRewardData[] {
  const valueOf = new Map<string, string>();
  for (const v of values) for (const n of v.norms) valueOf.set(n, v.id);
  const out = new Map(values.map((v) => [v.id, { value: v, pairs: [] as RewardPair[], labels: [] as RewardLabel[], seen: new Set<string>() }]));
  const valuesOf = (norms: readonly string[]): string[] => [...new Set(norms.map((n) => valueOf.get(n)).filter((v): v is string => !!v))].sort();
  const label = (v: string, id: string, prompt: ChatMessage[], completion: ChatMessage[], good: boolean): void => {
    const slot = out.get(v)!;
    const key = JSON.stringify([prompt, completion]);
    if (slot.seen.has(key)) return;
    slot.seen.add(key);
    slot.labels.push({ id, value: v, prompt, completion, label: good });
  };
  for (const p of data.preferences.records.train) {
    const prompt = withSystem(p.prompt, system);
    for (const v of valuesOf(p.norms)) {
      out.get(v)!.pairs.push({ id: p.id, value: v, prompt, chosen: p.chosen, rejected: p.rejected });
      label(v, `${p.id}#chosen`, prompt, p.chosen, true);
      label(v, `${p.id}#rejected`, prompt, p.rejected, false);
    }
  }
  for (const k of data.kto.records.train) for (const v of valuesOf(k.norms)) label(v, k.id, withSystem(k.prompt, system), k.completion, k.label);
  return [...out.values()].map(({ value, pairs, labels }) => ({ value, pairs, labels }));
}
