/** Rule-based extraction: Document IR → Norm IR, clause by clause, in document order. */
import type { ConceptRef, Diagnostic, Norm, RegulationDocument, SourceFile } from '../ir/index.js';
import type { ConceptIndex } from './concepts.js';
import { ReferenceResolver } from './references.js';
import { bearerFromText } from './bearer.js';
import { extractClause, type ClauseContext } from './clause.js';

export interface ExtractContext {
  concepts: ConceptIndex;
  /** All documents of the compile, for cross-references into other documents. */
  documents: RegulationDocument[];
  /**
   * Source files by path (optional). With them, spans of conditions and references are exact even where the
   * clause text differs from the source (Markdown markup), and Markdown links `[text](#anchor)`, which the
   * front end drops from clause text, become references.
   */
  sources?: ReadonlyMap<string, SourceFile>;
  /**
   * The bearer of documents that name none in their front matter (optional): e.g. "assistant" for a model
   * specification read from a file whose front matter cannot be changed.
   */
  defaultBearer?: string;
}

/** One resolver per list of documents (rebuilt if the list has grown since). */
const resolvers = new WeakMap<RegulationDocument[], { resolver: ReferenceResolver; size: number }>();

export function extractNorms(doc: RegulationDocument, ctx: ExtractContext): { norms: Norm[]; diagnostics: Diagnostic[] } {
  const norms: Norm[] = [];
  const diagnostics: Diagnostic[] = [];
  const documents = ctx.documents.includes(doc) ? ctx.documents : [...ctx.documents, doc];
  let cached = resolvers.get(documents);
  if (!cached || cached.size !== documents.length) resolvers.set(documents, (cached = { resolver: new ReferenceResolver(documents), size: documents.length }));
  const resolver = cached.resolver;
  const bearerText = doc.meta.defaultBearer ?? ctx.defaultBearer;
  const defaultBearer: ConceptRef | undefined = bearerText ? bearerFromText(bearerText, ctx.concepts) : undefined;
  const leadIns: ClauseContext['leadIns'] = new Map();
  const leadInClauses = new Set<string>();
  for (const s of doc.sections) for (const c of s.clauses) if (c.leadIn) leadInClauses.add(c.leadIn.clause);
  const source = ctx.sources?.get(doc.file);
  for (const section of doc.sections) {
    let lastBearer: ConceptRef | undefined;
    for (const clause of section.clauses) {
      const r = extractClause(clause, { doc, section, concepts: ctx.concepts, resolver, source, defaultBearer, lastBearer, leadIns, leadInClauses });
      norms.push(...r.norms);
      diagnostics.push(...r.diagnostics);
      lastBearer = r.lastBearer;
    }
  }
  return { norms, diagnostics };
}
