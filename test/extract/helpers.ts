/** Test helpers: one-section documents made from sentences, and a small concept scheme of the running example. */
import type { Clause, Concept, RegulationDocument, Section } from '../../src/ir/index.js';
import { clauseIri, documentIri, sectionIri } from '../../src/vocab/index.js';
import { ConceptIndex } from '../../src/extract/index.js';

export const ORBIS = 'https://example.org/orbis#';

const concept = (local: string, scheme: Concept['scheme'], prefLabel: string, altLabels: string[] = [], broader: string[] = []): Concept => ({
  iri: ORBIS + local,
  scheme,
  prefLabel,
  altLabels,
  broader: broader.map((b) => ORBIS + b),
});

/** A few concepts in the style of the Orbis ontology. */
export const CONCEPTS: Concept[] = [
  concept('employee', 'role', 'employee', ['staff member', 'staff', 'worker']),
  concept('manager', 'role', 'manager', ['line manager', 'people manager'], ['employee']),
  concept('contractor', 'role', 'contractor'),
  concept('ethicsOffice', 'role', 'Ethics Office', ['ethics team']),
  concept('assistant', 'role', 'assistant', ['the model', 'Orbis Assist']),
  concept('user', 'role', 'user'),
  concept('developer', 'role', 'developer'),
  concept('communityLeader', 'role', 'community leader', ['leader']),
  concept('journalist', 'role', 'journalist', ['member of the press', 'press']),
  concept('accept', 'action', 'accept', ['receive']),
  concept('offer', 'action', 'offer', ['give', 'provide']),
  concept('disclose', 'action', 'disclose', ['share', 'reveal']),
  concept('report', 'action', 'report', ['notify']),
  concept('trade', 'action', 'trade', ['buy or sell']),
  concept('speakToPress', 'action', 'speak to the press', ['talk to journalists']),
  concept('retaliate', 'action', 'retaliate against'),
  concept('use', 'action', 'use'),
  concept('gift', 'asset', 'gift', ['present']),
  concept('cash', 'asset', 'cash', ['cash equivalent', 'gift card']),
  concept('confidentialInformation', 'asset', 'confidential information', ['trade secret']),
  concept('insiderInformation', 'asset', 'material non-public information', ['inside information']),
  concept('personalData', 'asset', 'personal data', ['personal information', 'private information']),
  concept('companyAssets', 'asset', 'company assets', ['company property']),
  concept('systemPrompt', 'asset', 'system prompt'),
  concept('managerApproval', 'context', 'prior written approval of their manager', ['manager approval', "manager's approval"]),
  concept('ethicsApproval', 'context', 'approval of the Ethics Office', ['Ethics Office approval', 'approved by the Ethics Office']),
  concept('blackoutPeriod', 'context', 'blackout period'),
  concept('governmentOfficial', 'context', 'government official'),
];

let index: ConceptIndex | undefined;
export function concepts(): ConceptIndex {
  return (index ??= new ConceptIndex(CONCEPTS));
}

export interface DocOptions {
  id?: string;
  defaultBearer?: string;
  /** Clauses of a list under a lead-in: the lead-in is the first sentence, the rest its items. */
  leadIn?: boolean;
  sectionId?: string;
  number?: string;
  title?: string;
}

/** A one-section document whose clauses are the given sentences, each on its own line of a fictional file. */
export function docOf(sentences: string[], opts: DocOptions = {}): RegulationDocument {
  const id = opts.id ?? 'test-doc';
  const sid = opts.sectionId ?? 'main';
  const file = `regulations/${id}.md`;
  const sIri = sectionIri(id, sid);
  const clauses: Clause[] = [];
  let offset = 0;
  sentences.forEach((text, i) => {
    const ordinal = String(i + 1);
    const c: Clause = {
      iri: clauseIri(id, sid, ordinal),
      id: `${id}/${sid}/${ordinal}`,
      sectionIri: sIri,
      ordinal,
      kind: opts.leadIn && i > 0 ? 'list-item' : 'sentence',
      text,
      span: { file, line: i + 3, column: 1, endLine: i + 3, endColumn: text.length + 1, offset, endOffset: offset + text.length },
    };
    if (opts.leadIn && i > 0) c.leadIn = { text: sentences[0]!, clause: clauses[0]!.iri };
    const label = /^(\(\w+\)|\d+\.)\s/.exec(text);
    if (label) c.label = label[1];
    clauses.push(c);
    offset += text.length + 1;
  });
  const section: Section = {
    id: sid,
    iri: sIri,
    heading: opts.title ?? 'Main',
    level: 2,
    path: [opts.title ?? 'Main'],
    attributes: {},
    span: { file, line: 2, column: 1, endLine: 2, endColumn: 8, offset: 0, endOffset: 0 },
    clauses,
  };
  if (opts.number) section.number = opts.number;
  const meta: RegulationDocument['meta'] = { extra: {}, title: opts.title ?? 'Test document' };
  if (opts.defaultBearer) meta.defaultBearer = opts.defaultBearer;
  return { id, iri: documentIri(id), file, format: 'markdown', sha256: '0'.repeat(64), meta, sections: [section], norms: [] };
}

/** A document of several sections: [sectionId, number, sentences]. */
export function docOfSections(id: string, sections: [string, string | undefined, string[]][], defaultBearer?: string): RegulationDocument {
  const parts = sections.map(([sid, number, sentences]) => {
    const opts: DocOptions = { id, sectionId: sid };
    if (number) opts.number = number;
    if (defaultBearer) opts.defaultBearer = defaultBearer;
    return docOf(sentences, opts);
  });
  const first = parts[0]!;
  return { ...first, sections: parts.map((p) => p.sections[0]!) };
}
