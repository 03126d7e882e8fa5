/** YAML as the Instructor writes it: keys in the order the object was built, multi-line strings as literal
 * blocks, no line folding, and a header of comment lines saying what the file is and who reads it. */
import { stringify } from 'yaml';

export function toYaml(value: unknown, header: readonly string[] = []): string {
  const body = stringify(value, { lineWidth: 0, blockQuote: 'literal', indentSeq: true, aliasDuplicateObjects: false });
  return header.map((l) => (l ? `# ${l}` : '#')).join('\n') + (header.length ? '\n' : '') + body;
}
