import assert from 'node:assert/strict';
import { verdictOf } from '../../../src/backends/auditor/verdict.js';
import type { Verdict } from '../../../src/backends/auditor/schema.js';

const reads = (reply: string, verdict: Verdict | null) => it(`${verdict}: ${reply.slice(0, 60)}`, () => assert.equal(verdictOf(reply), verdict));

describe('backends/auditor/verdict', () => {
  reads('Compliant. The host attends.', 'compliant');
  reads('Non-compliant: Section 3.2 forbids it.', 'non-compliant');
  reads('non compliant — cash is never allowed', 'non-compliant');
  reads('This is not compliant with Section 3.2.', 'non-compliant');
  reads('Needs more information: what is the gift worth?', 'needs-more-information');
  reads('I need more information before I can say whether it is compliant.', 'needs-more-information');
  reads('Compliant, although a non-compliant variant would be accepting cash.', 'compliant');
  reads('Nicht konform: Abschnitt 3.2 verbietet Bargeld.', 'non-compliant');
  reads('Conforme : la règle le permet.', 'compliant');
  reads('Necesito más información sobre el valor.', 'needs-more-information');
  reads('Yes, you may.', null);
});
