/** The parts of a Document IR the Markdown and text front ends build alike: id, metadata, the document itself. */
import type { DocumentFormat, RegulationDocument, Section } from '../ir/document.js';
import type { SourceFile } from '../ir/source.js';
import { documentIri } from '../vocab/index.js';
import type { FrontMatter } from './frontmatter.js';

/** Front matter `id`, else the file name without its extension. */
export function documentId(fm: FrontMatter, file: SourceFile): string {
  if (fm.id !== undefined) return fm.id;
  const name = file.path.split(/[\\/]/).pop() ?? file.path;
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

/** The text with the front matter block blanked out (newlines kept), so offsets and lines stay those of the file. */
export function maskFrontMatter(text: string, bodyStart: number): string {
  if (bodyStart <= 0) return text;
  return text.slice(0, bodyStart).replace(/[^\n]/g, ' ') + text.slice(bodyStart);
}

export function assembleDocument(
  file: SourceFile,
  format: DocumentFormat,
  fm: FrontMatter,
  id: string,
  title: string | undefined,
  sections: Section[],
): RegulationDocument {
  const meta = { ...fm.meta };
  if (meta.title === undefined && title !== undefined) meta.title = title;
  const doc: RegulationDocument = {
    id,
    iri: documentIri(id),
    file: file.path,
    format,
    sha256: file.sha256,
    meta,
    sections,
    norms: [],
  };
  if (fm.span) doc.metaSpan = fm.span;
  return doc;
}
