/** The words the report uses for the IR's enumerations (kinds, origins, principles, statuses). */
import type { ConflictKind, NormOrigin, Principle } from '../../ir/index.js';

export const ORIGIN_LABEL: Record<NormOrigin, string> = {
  rules: 'rules',
  llm: 'model, reviewed',
  analyst: 'analyst review',
  turtle: 'Turtle',
  odrl: 'ODRL',
};

export const PRINCIPLE_LABEL: Record<Principle | 'unresolved', string> = {
  explicit: 'explicit',
  'lex-superior': 'lex superior',
  'lex-specialis': 'lex specialis',
  'lex-posterior': 'lex posterior',
  'odrl-strategy': 'ODRL conflict strategy',
  unresolved: 'unresolved',
};

export const CONFLICT_KIND_LABEL: Record<ConflictKind, string> = {
  'permission-prohibition': 'permission against prohibition',
  'obligation-prohibition': 'obligation against prohibition',
  'duty-prohibition': 'duty against prohibition',
  'incompatible-refinements': 'incompatible refinements',
};
