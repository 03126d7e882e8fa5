/**
 * The conflicts of the running example and how precedence must decide them: for each, the clauses of the two
 * norms (each clause named here has exactly one norm), the expected status, the principle that decides it
 * first in the default order (explicit, lex superior, lex specialis, lex posterior) and the clause of the
 * winning norm. `designed` conflicts were written on purpose (regulations/README.md explains each);
 * `incidental` ones follow from the same texts and are pinned so that a change in them is noticed.
 */
import type { ConflictStatus, Principle } from '../../src/ir/index.js';

export interface ExpectedConflict {
  /** A short stable name, used in regulations/README.md. */
  name: string;
  /** Clause ids (`docId/sectionId/ordinal`) of the two norms, in any order. */
  norms: [string, string];
  status: ConflictStatus;
  /** The principle that decides; null when nothing does (an RC4002 diagnostic). */
  principle: Principle | null;
  /** Clause id of the norm that prevails; null when unresolved. */
  winner: string | null;
  designed: boolean;
  why: string;
}

export const EXPECTED_CONFLICTS: readonly ExpectedConflict[] = [
  {
    name: 'whistleblower-disclosure',
    norms: ['orbis-conduct/disclosure/1', 'orbis-conduct/external-reporting/2'],
    status: 'possible',
    principle: 'explicit',
    winner: 'orbis-conduct/external-reporting/2',
    designed: true,
    why: '"Notwithstanding Section 5.2": disclosing confidential information to a public authority when reporting a suspected violation beats the ban on disclosure without a non-disclosure agreement. Possible: they meet only when a report is made and no NDA is in place.',
  },
  {
    name: 'open-source-bug-fixes',
    norms: ['orbis-conduct/contributions/1', 'orbis-policy-update-2026/open-source/2'],
    status: 'possible',
    principle: 'explicit',
    winner: 'orbis-policy-update-2026/open-source/2',
    designed: true,
    why: '"Notwithstanding Section 9.2 of the Global Business Conduct Guidelines" (a reference into another document): bug fixes to projects on the approved list need no Open Source Program Office approval. Lex posterior would agree; the explicit override decides first.',
  },
  {
    name: 'share-plan-blackout',
    norms: ['orbis-conduct/share-plan/1', 'orbis-conduct/blackout/1'],
    status: 'definite',
    principle: 'explicit',
    winner: 'orbis-conduct/blackout/1',
    designed: true,
    why: 'The share plan permission is "subject to Section 7.2"; every case of the blackout prohibition (a designated insider trading Orbis securities during a blackout) is also a case of the permission, hence definite.',
  },
  {
    name: 'share-plan-insider-trading',
    norms: ['orbis-conduct/share-plan/1', 'orbis-conduct/trading/1'],
    status: 'possible',
    principle: 'explicit',
    winner: 'orbis-conduct/trading/1',
    designed: true,
    why: 'The share plan permission is "subject to Section 7.1"; the ban on trading any securities while holding material non-public information meets it on Orbis securities.',
  },
  {
    name: 'customer-gift-officials',
    norms: ['orbis-conduct/gift-limits/2', 'orbis-conduct/officials/3'],
    status: 'possible',
    principle: 'explicit',
    winner: 'orbis-conduct/officials/3',
    designed: true,
    why: 'The customer gift permission is "subject to Section 4": when the customer is a public body its staff are government officials, to whom nothing of value may be offered without the Ethics Office.',
  },
  {
    name: 'customer-gift-cash',
    norms: ['orbis-conduct/gift-limits/2', 'orbis-conduct/cash/2.c'],
    status: 'possible',
    principle: 'explicit',
    winner: 'orbis-conduct/cash/2.c',
    designed: true,
    why: 'The customer gift permission is "subject to Section 3.2": a gift of cash to a customer stays prohibited even under USD 100.',
  },
  {
    name: 'emea-hospitality-tender',
    norms: ['orbis-emea-addendum/industry-events/2', 'orbis-conduct/tenders/1'],
    status: 'possible',
    principle: 'lex-superior',
    winner: 'orbis-conduct/tenders/1',
    designed: true,
    why: 'The EMEA permission to accept modest hospitality at industry events meets the global ban on hospitality from a supplier during an open tender; company policy outranks a regional guideline. Lex specialis would favour the addendum, but lex superior decides first.',
  },
  {
    name: 'emea-public-sector-gift-limit',
    norms: ['orbis-emea-addendum/public-sector-gifts/2', 'orbis-conduct/gift-limits/2'],
    status: 'possible',
    principle: 'lex-superior',
    winner: 'orbis-conduct/gift-limits/2',
    designed: true,
    why: 'The EMEA limit of EUR 50 for public-sector customers collides with the global permission of gifts up to USD 100 (between the two amounts, the currencies making the overlap only possible); the regional guideline cannot restrict what company policy expressly permits.',
  },
  {
    name: 'emea-hospitality-travel',
    norms: ['orbis-emea-addendum/industry-events/2', 'orbis-conduct/entertainment/3'],
    status: 'possible',
    principle: 'lex-superior',
    winner: 'orbis-conduct/entertainment/3',
    designed: false,
    why: 'Travel is a kind of hospitality, so the EMEA permission also reaches supplier-paid travel to an industry event, which the global rules allow only with the manager\'s approval; company policy prevails.',
  },
  {
    name: 'press-spokesperson',
    norms: ['orbis-conduct/press/2', 'orbis-conduct/press/3'],
    status: 'definite',
    principle: 'lex-specialis',
    winner: 'orbis-conduct/press/3',
    designed: true,
    why: 'Same document, authority and date, no override; spokespersons are employees, so the permission\'s scope is strictly narrower and every case of it is a case of the prohibition.',
  },
  {
    name: 'assist-investigation-questions',
    norms: ['orbis-assist-policy/answering/1', 'orbis-assist-policy/answering/3'],
    status: 'definite',
    principle: 'lex-specialis',
    winner: 'orbis-assist-policy/answering/3',
    designed: true,
    why: 'Orbis Assist may answer questions about the Guidelines, but not when the question concerns an ongoing internal investigation: the prohibition has the same act and a narrower context.',
  },
  {
    name: 'public-ai-tools',
    norms: ['orbis-conduct/ai-tools/1', 'orbis-policy-update-2026/generative-ai/2'],
    status: 'definite',
    principle: 'lex-posterior',
    winner: 'orbis-policy-update-2026/generative-ai/2',
    designed: true,
    why: 'The same act in the same scope, permitted on 2026-01-01 and prohibited from 2026-09-01 by a document of the same authority with no override phrase: the later rule prevails.',
  },
  {
    name: 'reporter-identity',
    norms: ['orbis-conduct/report-confidentiality/1', 'orbis-conduct/report-confidentiality/2'],
    status: 'possible',
    principle: null,
    winner: null,
    designed: true,
    why: 'Left unresolvable on purpose: same document, authority and date, no override; the obligation is narrower in bearer (managers) and the prohibition narrower in context (anonymity requested), so neither is strictly narrower. An analyst must decide (for example with regc:overrides in Turtle).',
  },
];
