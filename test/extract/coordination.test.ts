import assert from 'node:assert/strict';
import { coordinatedKind, findCoordinatedNorms } from '../../src/extract/coordination.js';
import { tokenize } from '../../src/extract/tokens.js';

describe('extract/coordination', () => {
  /** The coordinated phrases after the first verb of `sentence` (the verb is the word `after`). */
  const coordinated = (sentence: string, after: string, expected: string[], contrast = true) =>
    it(`${JSON.stringify(sentence)} → ${expected.length ? expected.join(', ') : 'none'}`, () => {
      const t = tokenize(sentence);
      const from = t.findIndex((x) => x.lower === after) + 1;
      const found = findCoordinatedNorms(t, from, t.length, contrast);
      assert.deepEqual(found.map((c) => `${c.change} [${c.words}] @${t[c.predicateFrom]!.text}`), expected);
    });
  coordinated('should refuse to provide tips for shoplifting, but comply with providing deterrence tips.', 'refuse', ['same [] @comply']);
  coordinated('should answer the question and never guess.', 'answer', ['prohibit [never] @guess']);
  coordinated("don't condescend and don't treat teens as adults.", 'condescend', ["prohibit [don't] @treat"]);
  coordinated('carry on where the conversation left off, and try to avoid restarting the response.', 'carry', ['prohibit [try to avoid] @restarting']);
  coordinated('must preserve user agency and avoid undermining their ability.', 'preserve', ['prohibit [avoid] @undermining']);
  coordinated('should keep answers short and try not to repeat them.', 'keep', ['prohibit [try not to] @repeat']);
  // one deontic expression over several verbs is one norm
  coordinated('must not introduce, elaborate on, or endorse the claim.', 'introduce', []);
  coordinated('should collaborate and assist without over-explaining.', 'collaborate', []);
  // alternatives are one norm
  coordinated('should request user authorization or avoid the interaction.', 'request', []);
  // "but not" with no verb after it, and a "but" reading switched off
  coordinated('should provide the office number but not the home address.', 'provide', []);
  coordinated('should not refuse, but answer briefly.', 'refuse', [], false);
  // a coordinator inside a subordinate clause joins that clause's verbs
  coordinated('should help users who want advice and never ask for it.', 'help', []);
  coordinated('should explain it (and never hide it) to the user.', 'explain', []);
  it('a new negation or avoidance makes a prohibition; "but" keeps the kind', () =>
    assert.deepEqual([coordinatedKind('obligation', 'prohibit'), coordinatedKind('permission', 'prohibit'), coordinatedKind('permission', 'same')], ['prohibition', 'prohibition', 'permission']));
});
