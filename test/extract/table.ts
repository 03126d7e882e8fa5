/** Table-test helpers: `shouldExtract(sentence, …norms)`, `shouldReport(sentence, code)`, each case one line. */
import assert from 'node:assert/strict';
import type { Condition, Norm, RegulationDocument } from '../../src/ir/index.js';
import { extractNorms } from '../../src/extract/index.js';
import { concepts, docOf, ORBIS } from './helpers.js';

/** What a test expects of a norm; absent fields are not checked. */
export interface Expect {
  kind: Norm['kind'];
  /** Bearer: a concept local name of the test ontology, or the bearer text (case-insensitive). */
  bearer?: string;
  /** Action: a concept local name or the action text. */
  action?: string;
  target?: string;
  strength?: Norm['strength'];
  modal?: string;
  /** Conditions as "marker: text" or just "marker". */
  conditions?: string[];
  exceptions?: string[];
  /** Constraints as "leftOperandLocalName operator value". */
  constraints?: string[];
  /** References as "kind label" ("section 3.2"), with "→" when resolved. */
  references?: string[];
  overrides?: string[];
}

export interface Setting {
  defaultBearer?: string;
  /** The first sentence is a lead-in, the rest its list items. */
  leadIn?: boolean;
}

/** Whether a ConceptRef-like value matches an expectation by concept local name or text. */
function refMatches(ref: { text: string; concept?: string } | undefined, expected: string): boolean {
  if (!ref) return false;
  if (ref.concept && (ref.concept === ORBIS + expected || ref.concept.endsWith('#' + expected))) return true;
  const t = ref.text.toLowerCase().replace(/^(the|a|an)\s+/, '');
  return t === expected.toLowerCase();
}

const local = (iri: string) => iri.replace(/^.*[#/]/, '');

export function describeNorm(n: Norm): string {
  return `${n.kind}/${n.strength} [${n.modal}] bearer=${n.bearer.text}${n.bearer.concept ? `<${local(n.bearer.concept)}>` : ''} action=${n.action.text}${n.action.concept ? `<${local(n.action.concept)}>` : ''} target=${n.target?.text ?? '-'}${n.target?.concept ? `<${local(n.target.concept)}>` : ''} cond=${JSON.stringify(n.conditions.map(condStr))} exc=${JSON.stringify(n.exceptions.map(condStr))}`;
}

const condStr = (c: Condition) => `${c.marker}: ${c.text}`;

export function constraintStr(c: Norm['constraints'][number]): string {
  if (c.type !== 'atomic') return `${c.operator}(${c.constraints.map(constraintStr).join(', ')})`;
  const v = c.rightOperand.map((x) => String(x.value)).join(',');
  return `${local(c.leftOperand)} ${c.operator} ${v}${c.unit ? ' ' + local(c.unit) : ''}`;
}

export function checkNorm(n: Norm, e: Expect): void {
  const d = describeNorm(n);
  assert.equal(n.kind, e.kind, d);
  if (e.bearer !== undefined) assert.ok(refMatches(n.bearer, e.bearer), `bearer ${e.bearer}: ${d}`);
  if (e.action !== undefined) assert.ok(refMatches(n.action, e.action), `action ${e.action}: ${d}`);
  if (e.target !== undefined) assert.ok(refMatches(n.target, e.target), `target ${e.target}: ${d}`);
  if (e.strength !== undefined) assert.equal(n.strength, e.strength, d);
  if (e.modal !== undefined) assert.equal(n.modal, e.modal, d);
  const conds = (list: Condition[], exp: string[]) =>
    assert.deepEqual(list.map((c, i) => (exp[i]?.includes(':') ? condStr(c) : c.marker)), exp, d);
  if (e.conditions) conds(n.conditions, e.conditions);
  if (e.exceptions) conds(n.exceptions, e.exceptions);
  if (e.constraints) assert.deepEqual(n.constraints.map(constraintStr), e.constraints, d);
  if (e.references) assert.deepEqual(n.references.map((r) => `${r.kind} ${r.label}${r.resolved ? ' →' : ''}`), e.references, d);
  if (e.overrides) assert.deepEqual(n.overrides.map((o) => `${o.kind} ${o.references.length}`), e.overrides, d);
}

export function run(sentences: string[], setting: Setting = {}, docs: RegulationDocument[] = []) {
  const doc = docOf(sentences, setting);
  return { doc, ...extractNorms(doc, { concepts: concepts(), documents: [doc, ...docs] }) };
}

/** The norms of the last sentence (the item, under a lead-in) must be exactly the expected ones. */
export function shouldExtract(sentence: string | string[], setting: Setting, ...expected: Expect[]): () => void {
  return () => {
    const sentences = Array.isArray(sentence) ? sentence : [sentence];
    const { doc, norms } = run(sentences, setting);
    const last = doc.sections[0]!.clauses[sentences.length - 1]!.iri;
    const mine = setting.leadIn ? norms.filter((n) => n.clause === last) : norms;
    assert.equal(mine.length, expected.length, mine.map(describeNorm).join('\n') || 'no norms');
    expected.forEach((e, i) => checkNorm(mine[i]!, e));
  };
}

/** The sentence yields a diagnostic with this code, and (for RC2001) no norm. */
export function shouldReport(sentence: string, code: string, setting: Setting = {}): () => void {
  return () => {
    const { norms, diagnostics } = run([sentence], setting);
    assert.ok(diagnostics.some((d) => d.code === code), `expected ${code}, got ${diagnostics.map((d) => d.code).join(', ') || 'nothing'}`);
    if (code === 'RC2001') assert.equal(norms.length, 0, norms.map(describeNorm).join('\n'));
  };
}
