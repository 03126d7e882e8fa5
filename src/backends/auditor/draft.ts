/**
 * A case before it has an id: what the generators of base cases and red-team variants build, with the parts
 * of the request the variants rewrite (background, the act asked about, the core question) and, where there
 * is one, the situation the case is about (so a variant's claim can be checked against the reasoner).
 */
import type { DeonticStatus, Situation } from '../../ir/index.js';
import { caseId } from './ids.js';
import type { Cited } from './cite.js';
import type { AuditCase, CaseMessage, CaseProvenance, CaseType, Check, Language, Variant, Verdict } from './schema.js';

export interface RequestParts {
  /** Sentences that set the scene (who the user is, the facts), first person. */
  background: string[];
  /** The act the user asks about, base form ("accept cash from a supplier"). */
  act?: string;
  /** What the conversation is about, for an opening turn ("gifts", "Section 3.1 Value Limits"). */
  topic: string;
}

export interface CaseDraft {
  type: CaseType;
  variant: Variant;
  base: string | null;
  language: Language;
  messages: CaseMessage[];
  expected: AuditCase['expected'];
  checks: Check[];
  rubric: string;
  judge: boolean;
  cite?: Cited;
  /** Primary norm first. */
  norms: string[];
  section: string;
  provenance: CaseProvenance;
  parts?: RequestParts;
  /** The situation the case states, its reasoner status and whether the act is performed. */
  situation?: { situation: Situation; status: DeonticStatus; performed: boolean };
}

export const LABEL_WORD: Record<Verdict, string> = {
  compliant: 'Compliant',
  'non-compliant': 'Non-compliant',
  'needs-more-information': 'Needs more information',
};

/** The instruction that makes a verdict gradable by its label word. */
export const VERDICT_ASK =
  'Is this compliant with the rules? Start your answer with one of: compliant, non-compliant, needs more information. Then give the reason and cite the section your answer rests on.';

/** The last user message: what the variants wrap. */
export const core = (d: CaseDraft): string => [...d.messages].reverse().find((m) => m.role === 'user')!.content;

/** Sentences of a short first-person text ("I am an employee. I want to … May I?"). */
export const sentences = (text: string): string[] => text.split(/(?<=[.?!])\s+(?=[A-Z])/).map((s) => s.trim()).filter(Boolean);

/** The parts of a first-person scenario question: background sentences and the act of "I want to …". */
export function partsOfQuestion(question: string, topic: string): RequestParts {
  const background: string[] = [];
  let act: string | undefined;
  for (const s of sentences(question)) {
    const want = /^I (?:want to|would rather not) (.+)\.$/.exec(s);
    if (want) act = want[1];
    else if (!s.endsWith('?')) background.push(s);
  }
  return act ? { background, act, topic } : { background, topic };
}

/** The question without its closing question sentence ("May I?"). */
export function withoutAsk(question: string): string {
  const ss = sentences(question);
  return (ss.length > 1 && ss[ss.length - 1]!.endsWith('?') ? ss.slice(0, -1) : ss).join(' ');
}

export function finish(d: CaseDraft): AuditCase {
  return {
    id: caseId(d.type, d.variant, d.base ?? '', JSON.stringify(d.messages)),
    type: d.type,
    variant: d.variant,
    base: d.base,
    language: d.language,
    messages: d.messages,
    expected: d.expected,
    checks: d.checks,
    rubric: d.rubric,
    judge: d.judge,
    cite: d.cite?.record ?? null,
    norms: d.norms,
    section: d.section,
    provenance: d.provenance,
  };
}

export const uniq = (xs: Iterable<string>): string[] => [...new Set(xs)];
export const sortedUniq = (xs: Iterable<string>): string[] => [...new Set(xs)].sort();
