/** Type declarations for the parts of `shacl-engine` (a JavaScript package without its own) that regc uses. */
declare module 'shacl-engine' {
  import type { DataFactory, DatasetCore, Term } from '@rdfjs/types';

  /** A grapoi pointer: the terms a result is about. */
  interface TermList {
    term?: Term;
    terms: Term[];
  }

  interface PathStep {
    predicates: Term[];
    start: 'subject' | 'object';
    quantifier: 'one' | 'zeroOrMore' | 'oneOrMore' | 'zeroOrOne';
  }

  export interface ValidationResult {
    focusNode: TermList;
    severity: Term;
    path?: PathStep[];
    message: Term[];
    value?: TermList;
    constraintComponent: Term;
    shape: { ptr: TermList };
  }

  export interface ValidationReport {
    conforms: boolean;
    results: ValidationResult[];
  }

  export class Validator {
    constructor(shapes: DatasetCore, options: { factory: DataFactory; debug?: boolean; details?: boolean });
    validate(data: { dataset: DatasetCore; terms?: Iterable<Term> }): Promise<ValidationReport>;
  }
}
