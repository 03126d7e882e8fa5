/**
 * Hyperparameters scaled to the data: epochs fall as the dataset grows (small sets need more passes, large
 * ones overfit), the effective batch grows with it (about 100 optimiser steps per epoch, 8 to 64 examples a
 * step), the LoRA rank grows with it, warm-up is 5% of the steps, and the maximum sequence length is the
 * longest record's token count (o200k encoding, plus 25% for other tokenizers) rounded up to a power of two.
 * KTO's weights follow the label balance (Ethayarajh et al. 2024, §4: desirable·n_D / undesirable·n_U in
 * [1, 4/3]).
 */
import { countTokens } from 'gpt-tokenizer/encoding/o200k_base';
import type { ChatMessage } from './framer-data.js';

export type Method = 'sft' | 'dpo' | 'kto' | 'reward';

export interface Schedule {
  examples: number;
  epochs: number;
  perDeviceBatch: number;
  gradientAccumulation: number;
  effectiveBatch: number;
  steps: number;
  warmupSteps: number;
  loggingSteps: number;
  learningRate: number;
  loraR: number;
  loraAlpha: number;
  loraDropout: number;
  maxLength: number;
}

const LEARNING_RATE: Record<Method, number> = { sft: 2e-4, dpo: 5e-5, kto: 5e-5, reward: 1e-4 };
const PER_DEVICE: Record<Method, number> = { sft: 4, dpo: 2, kto: 4, reward: 4 };

const pow2ceil = (x: number): number => 2 ** Math.ceil(Math.log2(Math.max(1, x)));
const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));

export function schedule(method: Method, examples: number, longestTokens: number): Schedule {
  const epochs = method === 'sft' ? (examples <= 2000 ? 3 : examples <= 20000 ? 2 : 1) : examples <= 2000 ? 2 : 1;
  const perDeviceBatch = PER_DEVICE[method];
  const effectiveBatch = clamp(pow2ceil(examples / 100), Math.max(8, perDeviceBatch), 64);
  const steps = Math.max(1, epochs * Math.ceil(examples / effectiveBatch));
  const loraR = examples < 5000 ? 16 : examples < 50000 ? 32 : 64;
  return {
    examples,
    epochs,
    perDeviceBatch,
    gradientAccumulation: effectiveBatch / perDeviceBatch,
    effectiveBatch,
    steps,
    warmupSteps: Math.max(1, Math.round(steps * 0.05)),
    loggingSteps: clamp(Math.floor(steps / 50), 1, 50),
    learningRate: LEARNING_RATE[method],
    loraR,
    loraAlpha: 2 * loraR,
    loraDropout: 0.05,
    maxLength: clamp(pow2ceil(Math.ceil(longestTokens * 1.25)), 512, 4096),
  };
}

/** Tokens of a conversation in the o200k encoding, with 4 tokens of chat markup per message. */
export function conversationTokens(...parts: readonly (readonly ChatMessage[])[]): number {
  let n = 0;
  for (const messages of parts) for (const m of messages) n += countTokens(m.content) + 4;
  return n;
}

/** KTO weights for the label balance: the rarer side is weighted up so that the ratio lands in [1, 4/3]. */
export function ktoWeights(desirable: number, undesirable: number): { desirable: number; undesirable: number } {
  if (desirable === 0 || undesirable === 0) return { desirable: 1, undesirable: 1 };
  const ratio = desirable / undesirable;
  if (ratio >= 1 && ratio <= 4 / 3) return { desirable: 1, undesirable: 1 };
  if (ratio < 1) return { desirable: round2(undesirable / desirable), undesirable: 1 };
  return { desirable: 1, undesirable: Math.floor(ratio * 100) / 100 };
}

const round2 = (x: number): number => Math.ceil(x * 100) / 100;
