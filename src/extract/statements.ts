/**
 * Sentences that state no norm even when they contain a modal: definitions ("X means …", "For the purposes of
 * this policy, …", "\"Gift\" includes …"), statements of purpose, scope or background ("This policy sets out
 * …", "The purpose of …"), means to an end ("To realize this vision, we need to …") and questions. Commitments ("We pledge to …") are not here: they bind their authors
 * and are read as obligations of "we" (see the README).
 */

export type StatementKind = 'definition' | 'purpose' | 'question' | 'means';

const DEFINITION = [
  /^\s*(?:for\s+the\s+purposes?\s+of\s+(?:this|these)\b)/i,
  /^\s*(?:in\s+this\s+(?:policy|code|document|section|guideline|guidelines|standard|spec|specification|chapter|part|agreement)\s*,)/i,
  /^\s*(?:as\s+used\s+in\s+this\b)/i,
  /^\s*["“'‘][^"”'’]{1,60}["”'’]\s*(?:\([^)]*\)\s*)?(?:means|includes|shall\s+mean|shall\s+include|refers\s+to|is\s+defined\s+as|has\s+the\s+meaning|denotes|covers)\b/i,
  /^\s*(?:the\s+)?(?:term|terms|word|expression)\s+["“'‘]?[^,]{1,60}?["”'’]?\s+(?:means|includes|refers\s+to|is\s+defined|shall\s+mean|covers)\b/i,
  /^\s*(?:an?|the)?\s*[\p{L}][\p{L}\s-]{0,40}?\s+(?:means|shall\s+mean|is\s+defined\s+as|refers\s+to|denotes)\b/iu,
];

const PURPOSE = [
  /^\s*(?:this|these|the)\s+(?:policy|policies|code|document|section|guideline|guidelines|standard|spec|specification|model\s+spec|principles?|rules?|overview|chapter|part|code\s+of\s+conduct|addendum|update|procedure)\b[^.]{0,40}?\b(?:sets?\s+out|sets?\s+forth|describes?|explains?|outlines?|summari[sz]es?|establish(?:es)?|aims?|is\s+intended|are\s+intended|is\s+designed|are\s+designed|covers?|governs?|provides?|contains?|consists?|applies|apply|defines?|supersedes?|replaces?|complements?|supplements?|amends?|takes?\s+effect|is\s+effective|lists?|gives?|helps?|introduces?)\b/i,
  /^\s*the\s+(?:purpose|aim|goal|objective|scope)s?\s+of\b/i,
  /^\s*(?:our|the)\s+(?:goal|aim|mission|purpose|objective|vision)\s+is\b/i,
];

/**
 * Means to an end (an anankastic statement): "To realize this vision, we need to: …" says what a goal takes,
 * not what anyone is bound to do. Only "need to" / "have to" after a fronted purpose clause; "To apply, you
 * must submit the form" stays a (conditional) requirement.
 */
const MEANS = /^\s*to\s+[\p{L}-]+\b[^,;:]{0,80},\s*(?:[\p{L}'’-]+\s+){1,4}?(?:need|needs|have|has)\s+to\b/iu;

/** Why the sentence states no norm, or undefined when it may state one. */
export function statementKind(sentence: string): StatementKind | undefined {
  const s = sentence.trim();
  if (s.endsWith('?')) return 'question';
  for (const r of DEFINITION) if (r.test(s)) return 'definition';
  for (const r of PURPOSE) if (r.test(s)) return 'purpose';
  if (MEANS.test(s)) return 'means';
  return undefined;
}
