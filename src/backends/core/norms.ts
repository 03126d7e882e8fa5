/** `norms.jsonl`: one JSON object per norm of the graph, with its source (DESIGN.md "Contracts"). */
import type { Store } from 'n3';
import type { Condition, ConceptRef, Norm, RegulationDocument } from '../../ir/index.js';
import { readDocuments, readNorms } from '../../graph/index.js';

export interface NormRecord {
  id: string;
  kind: Norm['kind'];
  strength: Norm['strength'];
  modal: string | null;
  bearer: ConceptRecord;
  action: ConceptRecord;
  target: ConceptRecord | null;
  conditions: ConditionRecord[];
  exceptions: ConditionRecord[];
  references: { text: string; label: string; resolved: string | null }[];
  origin: Norm['origin'];
  document: string;
  clause: string | null;
  source: { file: string; section: string[]; line: number; column: number; text: string };
}

interface ConceptRecord {
  text: string;
  concept: string | null;
}

interface ConditionRecord {
  marker: string;
  text: string;
  concepts: string[];
  formal: boolean;
}

const concept = (c: ConceptRef): ConceptRecord => ({ text: c.text, concept: c.concept ?? null });
const condition = (c: Condition): ConditionRecord => ({ marker: c.marker, text: c.text, concepts: [...c.concepts], formal: c.constraint !== undefined });

export function normRecords(graph: Store): NormRecord[] {
  const sectionPaths = new Map<string, string[]>();
  const docs: RegulationDocument[] = readDocuments(graph);
  for (const d of docs) for (const s of d.sections) sectionPaths.set(s.iri, s.path);
  return readNorms(graph)
    .sort((a, b) => (a.iri < b.iri ? -1 : a.iri > b.iri ? 1 : 0))
    .map((n) => ({
      id: n.iri,
      kind: n.kind,
      strength: n.strength,
      modal: n.modal ?? null,
      bearer: concept(n.bearer),
      action: concept(n.action),
      target: n.target ? concept(n.target) : null,
      conditions: n.conditions.map(condition),
      exceptions: n.exceptions.map(condition),
      references: n.references.map((r) => ({ text: r.text, label: r.label, resolved: r.resolved ?? null })),
      origin: n.origin,
      document: n.document,
      clause: n.clause ?? null,
      source: {
        file: n.span.file,
        section: (n.section && sectionPaths.get(n.section)) || [],
        line: n.span.line,
        column: n.span.column,
        text: n.text,
      },
    }));
}
