/**
 * Every IRI the code uses, in one place. No other module of `src/` spells an IRI.
 * Standard vocabularies are used as they are; `regc:` is the project's small profile over ODRL 2.2
 * (contexts, exceptions, source spans, authority levels, precedence, conflicts), defined in
 * `ontologies/regc.ttl`.
 */

function namespace<const T extends readonly string[]>(base: string, terms: T): { [K in T[number]]: string } & { ns: string } {
  const out: Record<string, string> = { ns: base };
  for (const t of terms) out[t] = base + t;
  return out as { [K in T[number]]: string } & { ns: string };
}

export const RDF = namespace('http://www.w3.org/1999/02/22-rdf-syntax-ns#', [
  'type', 'first', 'rest', 'nil', 'value', 'List', 'langString', 'JSON',
] as const);

export const RDFS = namespace('http://www.w3.org/2000/01/rdf-schema#', [
  'label', 'comment', 'subClassOf', 'subPropertyOf', 'domain', 'range', 'Class', 'isDefinedBy', 'seeAlso', 'Resource',
] as const);

export const OWL = namespace('http://www.w3.org/2002/07/owl#', [
  'Ontology', 'Class', 'ObjectProperty', 'DatatypeProperty', 'NamedIndividual', 'imports', 'versionInfo',
  'deprecated',
] as const);

export const XSD = namespace('http://www.w3.org/2001/XMLSchema#', [
  'string', 'integer', 'decimal', 'double', 'boolean', 'date', 'dateTime', 'nonNegativeInteger', 'anyURI',
  'float', 'int', 'long', 'short', 'byte', 'positiveInteger', 'negativeInteger', 'nonPositiveInteger',
  'unsignedLong', 'unsignedInt', 'unsignedShort', 'unsignedByte', 'dateTimeStamp',
] as const);

export const SKOS = namespace('http://www.w3.org/2004/02/skos/core#', [
  'Concept', 'ConceptScheme', 'prefLabel', 'altLabel', 'hiddenLabel', 'broader', 'narrower', 'inScheme',
  'definition', 'notation', 'topConceptOf', 'hasTopConcept', 'exactMatch', 'closeMatch', 'related',
] as const);

export const PROV = namespace('http://www.w3.org/ns/prov#', [
  'Activity', 'Entity', 'Agent', 'wasDerivedFrom', 'wasGeneratedBy', 'wasAttributedTo', 'used',
  'hadPrimarySource', 'wasRevisionOf', 'SoftwareAgent', 'wasAssociatedWith', 'qualifiedDerivation',
] as const);

export const DCT = namespace('http://purl.org/dc/terms/', [
  'title', 'identifier', 'source', 'created', 'modified', 'valid', 'issued', 'hasPart', 'isPartOf', 'description',
  'coverage', 'hasVersion', 'spatial', 'format', 'conformsTo', 'creator', 'publisher', 'license',
] as const);

export const ELI = namespace('http://data.europa.eu/eli/ontology#', [
  'LegalResource', 'LegalResourceSubdivision', 'is_part_of', 'has_part', 'date_applicability', 'jurisdiction',
  'version', 'title', 'number', 'cites', 'is_member_of',
] as const);

export const SH = namespace('http://www.w3.org/ns/shacl#', [
  'NodeShape', 'PropertyShape', 'targetClass', 'targetNode', 'targetSubjectsOf', 'targetObjectsOf', 'path',
  'minCount', 'maxCount', 'datatype', 'class', 'nodeKind', 'IRI', 'Literal', 'BlankNodeOrIRI', 'in', 'pattern',
  'message', 'severity', 'Violation', 'Warning', 'Info', 'ValidationReport', 'conforms', 'result', 'focusNode',
  'resultPath', 'resultSeverity', 'resultMessage', 'sourceShape', 'value', 'sourceConstraintComponent',
] as const);

export const ODRL = namespace('http://www.w3.org/ns/odrl/2/', [
  // classes
  'Policy', 'Set', 'Offer', 'Agreement', 'Privacy', 'Request', 'Ticket', 'Assertion',
  'Rule', 'Permission', 'Prohibition', 'Duty', 'Action', 'Asset', 'AssetCollection', 'Party', 'PartyCollection',
  'Constraint', 'LogicalConstraint', 'LeftOperand', 'Operator', 'RightOperand', 'ConflictTerm',
  // properties
  'uid', 'profile', 'inheritFrom', 'conflict', 'permission', 'prohibition', 'obligation', 'duty',
  'action', 'target', 'assignee', 'assigner', 'assigneeOf', 'assignerOf', 'function', 'relation',
  'constraint', 'refinement', 'leftOperand', 'operator', 'rightOperand', 'rightOperandReference', 'unit',
  'dataType', 'status', 'includedIn', 'implies', 'partOf', 'source', 'consequence', 'remedy', 'failure',
  'and', 'or', 'xone', 'andSequence', 'hasPolicy', 'output', 'attributedParty', 'trackingParty',
  // conflict strategies
  'perm', 'prohibit', 'invalid',
  // operators
  'eq', 'neq', 'lt', 'lteq', 'gt', 'gteq', 'isA', 'isPartOf', 'hasPart', 'isAnyOf', 'isAllOf', 'isNoneOf',
  // actions and left operands used in code
  'use', 'transfer', 'read', 'dateTime', 'purpose', 'payAmount', 'count', 'recipient', 'spatial', 'event',
] as const);

/** Where the W3C publishes the ODRL 2.2 JSON-LD context (policies name it in `@context`; resolved offline). */
export const ODRL_CONTEXT_URLS: readonly string[] = ['http://www.w3.org/ns/odrl.jsonld', 'https://www.w3.org/ns/odrl.jsonld'];

/** The project profile. */
export const REGC = namespace('https://w3id.org/regc/ns#', [
  // documents and their parts
  'Document', 'Section', 'Clause', 'sourceFile', 'sourceSha256', 'line', 'column', 'endLine', 'endColumn',
  'offset', 'endOffset', 'text', 'ordinal', 'label', 'level', 'section', 'clause', 'document', 'leadIn',
  'sectionPath', 'heading', 'format', 'attribute', 'attributeName', 'attributeValue', 'defaultBearer', 'metadata',
  'metaKey', 'metaValue',
  // norms
  'Obligation', 'Strength', 'kind', 'clauseKind', 'strength', 'strict', 'advisory', 'modal', 'bearer', 'bearerText',
  'actionText', 'targetText', 'origin', 'norm', 'dutyOf', 'policy',
  // conditions, exceptions, contexts
  'Condition', 'Exception', 'Context', 'condition', 'exception', 'marker', 'conditionText', 'mentions',
  'context', 'fact',
  // references and overrides
  'Reference', 'reference', 'referenceKind', 'referenceLabel', 'refersTo', 'OverridePhrase', 'overridePhrase',
  'overrideKind', 'overrides',
  // authority and time
  'AuthorityLevel', 'authority', 'rank', 'outranks', 'effective',
  // conflicts and precedence
  'Conflict', 'ConflictStatus', 'conflictStatus', 'definite', 'possible', 'conflictKind', 'involves',
  'resolution', 'Resolution', 'winner', 'defeated', 'principle', 'explanation', 'evidence', 'Principle',
  'explicit', 'lexSuperior', 'lexSpecialis', 'lexPosterior', 'odrlStrategy', 'unresolved',
  // analyst control and compile provenance
  'AnalystOverride', 'replaces', 'reviewedBy', 'reviewed', 'Compile', 'compiler', 'ruleExtraction',
  'analystReview', 'turtleInput', 'odrlImport', 'llmExtraction',
  // the concept schemes
  'RoleScheme', 'ActionScheme', 'AssetScheme', 'ContextScheme', 'monetaryValue', 'currency',
] as const);

/** FORCE compliance reports (the ODRL Test Suite's report vocabulary): rule activation, premise satisfaction. */
export const REPORT = namespace('https://w3id.org/force/compliance-report#', [
  'PolicyReport', 'PermissionReport', 'ProhibitionReport', 'DutyReport', 'ObligationReport', 'policy', 'policyRequest',
  'ruleReport', 'rule', 'ruleRequest', 'attemptState', 'Attempted', 'NotAttempted', 'activationState', 'Active',
  'Inactive', 'premiseReport', 'conditionReport', 'TargetReport', 'PartyReport', 'ActionReport', 'ConstraintReport',
  'constraint', 'satisfactionState', 'Satisfied', 'Unsatisfied', 'constraintLeftOperand', 'constraintOperator',
  'constraintRightOperand', 'constraintLogicalOperand', 'performanceState', 'deonticState', 'NonSet', 'Fulfilled',
  'Violated', 'Performed', 'Unperformed', 'Unknown',
] as const);

/** Currencies as units of monetary amounts (QUDT currency vocabulary, ISO 4217 codes). */
export const CURRENCY = namespace('http://qudt.org/vocab/currency/', [
  'USD', 'EUR', 'GBP', 'CHF', 'JPY', 'CAD', 'AUD', 'INR', 'CNY', 'SEK', 'NOK', 'DKK', 'SGD', 'HKD', 'BRL', 'ZAR',
] as const);

/** Base for the IRIs of compiled instances (documents, sections, clauses, norms, conflicts, records). */
export const ID = 'https://w3id.org/regc/id/';
/** Base for authority levels. */
export const AUTHORITY = 'https://w3id.org/regc/authority/';
/** Base for facts named only by their text (conditions no concept of the ontology matched). */
export const FACT = 'https://w3id.org/regc/fact/';
/** Base for actions named only by their text (a norm's action no concept of the ontology matched). */
export const ACTION = 'https://w3id.org/regc/action/';
/** Base for source files as provenance entities (`prov:hadPrimarySource` of analyst Turtle). */
export const FILE = 'https://w3id.org/regc/file/';

export const documentIri = (docId: string): string => `${ID}${encodeSegment(docId)}`;
export const sectionIri = (docId: string, sectionId: string): string =>
  `${documentIri(docId)}/${encodeSegment(sectionId)}`;
export const clauseIri = (docId: string, sectionId: string, ordinal: string): string =>
  `${sectionIri(docId, sectionId)}/${encodeSegment(ordinal)}`;
export const normIri = (clause: string, k: number): string => `${clause}/n${k}`;
export const authorityIri = (name: string): string => `${AUTHORITY}${encodeSegment(name)}`;
export const factIri = (slug: string): string => `${FACT}${encodeSegment(slug)}`;
export const actionIri = (slug: string): string => `${ACTION}${encodeSegment(slug)}`;
/** A relative file path as an IRI, segment by segment (`regulations/a.ttl` → `…/file/regulations/a.ttl`). */
export const fileIri = (path: string): string => `${FILE}${path.split('/').map(encodeSegment).join('/')}`;
/** A conflict between norms, named by a key derived from the norm IRIs (the reasoner hashes them). */
export const conflictIri = (key: string): string => `${ID}conflict/${encodeSegment(key)}`;

/** Keeps IRIs valid whatever an id contains: letters, digits and `-_.~` pass, the rest is percent-encoded. */
function encodeSegment(s: string): string {
  return encodeURIComponent(s).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}

/** Prefixes for Turtle output and SPARQL queries, in output order. */
export const PREFIXES: Record<string, string> = {
  rdf: RDF.ns,
  rdfs: RDFS.ns,
  owl: OWL.ns,
  xsd: XSD.ns,
  skos: SKOS.ns,
  prov: PROV.ns,
  dct: DCT.ns,
  eli: ELI.ns,
  sh: SH.ns,
  odrl: ODRL.ns,
  regc: REGC.ns,
  id: ID,
  auth: AUTHORITY,
  fact: FACT,
  act: ACTION,
  report: REPORT.ns,
};
