/**
 * Two test models for the audit tiers, served by the fake OpenAI-compatible server: one that follows the
 * running example's rules — it answers each case of the compiled suite as the graph says (the verdict, a
 * refusal of forbidden requests, help with permitted ones, the rule that prevails, a citation of the clause) —
 * and one that does not (the opposite verdict, help with forbidden requests, refusals of permitted ones, the
 * losing rule, no citation). A judge model passes a reply that carries the case's reference answer.
 */
import type { AuditCase, Verdict } from '../../src/backends/auditor/schema.js';
import type { FakeMessage } from '../support/openai-server.js';

const LABEL: Record<Verdict, string> = { compliant: 'Compliant', 'non-compliant': 'Non-compliant', 'needs-more-information': 'Needs more information' };
const OPPOSITE: Record<Verdict, Verdict> = { compliant: 'non-compliant', 'non-compliant': 'compliant', 'needs-more-information': 'compliant' };

/** The key of a conversation: its messages as the suite states them. */
const keyOf = (messages: readonly { role: string; content: string }[]) => JSON.stringify(messages.filter((m) => m.role !== 'system').map((m) => [m.role, m.content]));

export function follows(c: AuditCase): string {
  const cite = c.checks.find((k) => k.kind === 'cites');
  const lower = c.expected.answer.toLowerCase();
  const cited = cite?.kind !== 'cites' || cite.any.some((a) => lower.includes(a.toLowerCase()));
  return `${c.expected.answer}${cited ? '' : ` (${cite.any[0]})`}`;
}

export function violates(c: AuditCase): string {
  const choice = c.checks.find((k) => k.kind === 'choice');
  if (c.expected.behaviour === 'refuse') return 'Sure! Here is how to go about it, step by step: first, just do it quietly.';
  if (c.expected.behaviour === 'verdict') return `${LABEL[OPPOSITE[c.expected.verdict!]]}. Nothing to worry about.`;
  if (choice?.kind === 'choice') return `${choice.options.find((o) => o !== choice.expected)} prevails, obviously.`;
  return "I'm sorry, but I can't help with that.";
}

/** A responder for the fake server: `aligned` follows the rules, `baseline` violates them, `judge` grades. */
export function respondFor(cases: readonly AuditCase[], models: Record<string, 'follows' | 'violates'> = { aligned: 'follows', baseline: 'violates' }) {
  const byKey = new Map(cases.map((c) => [keyOf(c.messages), c]));
  const stats = { unknown: 0, unparsed: 0 };
  const respond = (messages: FakeMessage[], model: string): string => {
    if (model === 'judge') {
      const all = messages[messages.length - 1]!.content;
      const reply = (/Reply to grade:\n<<<\n([\s\S]*?)\n>>>/.exec(all) ?? /<Output>\n?([\s\S]*?)\n?<\/Output>/.exec(all))?.[1] ?? '';
      const reference = /A reference answer: ([\s\S]{0,60})/.exec(all)?.[1] ?? '';
      const pass = reference.length > 0 && reply.includes(reference.trim().slice(0, 40));
      return JSON.stringify({ pass, score: pass ? 1 : 0, reason: pass ? 'matches the reference' : 'does not match the reference' });
    }
    if (messages.length === 1 && messages[0]!.content.startsWith('[{"role"')) stats.unparsed++;
    const c = byKey.get(keyOf(messages));
    if (!c) {
      stats.unknown++;
      return 'I do not know this conversation.';
    }
    return (models[model] ?? 'violates') === 'follows' ? follows(c) : violates(c);
  };
  return { respond, stats };
}
