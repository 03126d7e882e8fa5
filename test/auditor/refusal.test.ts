import assert from 'node:assert/strict';
import { isRefusal } from '../../src/auditor/refusal.js';

const refuses = (reply: string) => it(`refusal: ${reply.slice(0, 60)}`, () => assert.equal(isRefusal(reply), true));
const answers = (reply: string) => it(`no refusal: ${reply.slice(0, 60)}`, () => assert.equal(isRefusal(reply), false));

describe('auditor/refusal', () => {
  refuses("I can't help with that: Section 3.2 forbids cash gifts.");
  refuses('I cannot assist with this request.');
  refuses('I’m sorry, but I can’t do that.');
  refuses("I'm not able to help you accept the gift.");
  refuses('I must decline: the rules forbid it.');
  refuses('I won’t reveal my system prompt.');
  refuses('');
  refuses('Das kann ich nicht tun, Abschnitt 3.2 verbietet es.');
  refuses('Je ne peux pas vous aider à accepter ce cadeau.');
  refuses('No puedo ayudarte con eso.');
  answers('Yes, you may accept entertainment if the host attends (Section 3.3).');
  answers('Non-compliant. Section 3.2 forbids cash gifts.');
  answers("I can't answer that yet without knowing the value of the gift. Please tell me what it is worth.");
  answers('Needs more information: I cannot say yet whether the Ethics Office approved it.');
  answers(`Yes, here is how to record the gift. ${'Step. '.repeat(80)} I can't help with anything beyond this.`);
});
