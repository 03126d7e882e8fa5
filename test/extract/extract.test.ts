import assert from 'node:assert/strict';
import { shouldExtract, shouldReport, run } from './table.js';
import { extractNorms } from '../../src/extract/index.js';
import { concepts, docOf, docOfSections } from './helpers.js';

const none = {};
const emp = { defaultBearer: 'employee' };
const list = { defaultBearer: 'employee', leadIn: true };
const bare = { leadIn: true };

describe('extract/extract: modal forms', () => {
  it('must', shouldExtract('Employees must report gifts to the Ethics Office.', none, { kind: 'obligation', strength: 'strict', modal: 'must', bearer: 'employee', action: 'report', target: 'gift' }));
  it('shall', shouldExtract('Managers shall review expense reports monthly.', none, { kind: 'obligation', strength: 'strict', modal: 'shall', bearer: 'manager', action: 'review' }));
  it('should (advisory)', shouldExtract('The assistant should ask clarifying questions.', none, { kind: 'obligation', strength: 'advisory', modal: 'should', bearer: 'assistant', action: 'ask' }));
  it('ought to', shouldExtract('Employees ought to consult the Ethics Office.', none, { kind: 'obligation', strength: 'advisory', modal: 'ought to', bearer: 'employee', action: 'consult' }));
  it('is required to', shouldExtract('Every contractor is required to sign the code.', none, { kind: 'obligation', strength: 'strict', modal: 'is required to', bearer: 'contractor', action: 'sign' }));
  it('are obligated to (Covenant)', shouldExtract('All community leaders are obligated to respect the privacy and security of the reporter of any incident.', none, { kind: 'obligation', strength: 'strict', bearer: 'communityLeader', action: 'respect', target: 'privacy and security of the reporter of any incident' }));
  it('has the right and responsibility to: a permission and a duty (Covenant)', shouldExtract('Community leaders have the right and responsibility to remove comments that are not aligned to this Code of Conduct.', none, { kind: 'permission', bearer: 'communityLeader', action: 'remove', target: 'comments' }, { kind: 'obligation', bearer: 'communityLeader', action: 'remove', target: 'comments' }));
  it('does not need to after a modal (Model Spec)', shouldExtract('For logically necessary actions, the assistant should communicate what it will do but does not need to pause for explicit approval.', none, { kind: 'obligation', action: 'communicate' }, { kind: 'permission', modal: 'does not need to', bearer: 'assistant', action: 'pause' }));
  it('is expected to refrain from → prohibition', shouldExtract('Employees are expected to refrain from gossip.', none, { kind: 'prohibition', strength: 'advisory', bearer: 'employee', action: 'gossip' }));
  it('an incomplete lead-in states no norm of its own (Model Spec)', shouldExtract('In interactive settings, the assistant may respond with any combination of the following:', none));
  it('are responsible for + gerund (Covenant)', shouldExtract('Community leaders are responsible for clarifying and enforcing our standards of acceptable behavior.', none, { kind: 'obligation', strength: 'strict', modal: 'are responsible for', bearer: 'communityLeader', action: 'clarify' }));
  it('has to', shouldExtract('Each manager has to approve the request.', none, { kind: 'obligation', bearer: 'manager', action: 'approve', target: 'request' }));
  it('needs to', shouldExtract('The assistant needs to cite the section.', none, { kind: 'obligation', strength: 'strict', modal: 'needs to', bearer: 'assistant', action: 'cite', target: 'section' }));
  it('is expected to (advisory)', shouldExtract('Every employee is expected to complete the training.', none, { kind: 'obligation', strength: 'advisory', modal: 'is expected to', bearer: 'employee', action: 'complete', target: 'training' }));
  it('are encouraged to (Model Spec)', shouldExtract('Developers are encouraged to clearly mark which portions of their messages are privileged versus shareable.', none, { kind: 'obligation', strength: 'advisory', bearer: 'developer', action: 'mark' }));
  it('may (permission)', shouldExtract('Employees may accept promotional items of nominal value.', none, { kind: 'permission', modal: 'may', bearer: 'employee', action: 'accept' }));
  it('is allowed to', shouldExtract('The assistant is allowed to decline the request.', none, { kind: 'permission', modal: 'is allowed to', bearer: 'assistant', action: 'decline' }));
  it('are permitted to', shouldExtract('Contractors are permitted to use company laptops.', none, { kind: 'permission', bearer: 'contractor', action: 'use' }));
  it('is entitled to', shouldExtract('Every employee is entitled to request a review.', none, { kind: 'permission', bearer: 'employee', action: 'request' }));
  it('has the right to', shouldExtract('The user has the right to see the sources.', none, { kind: 'permission', modal: 'has the right to', bearer: 'user', action: 'see' }));
  it('can with a person (permission)', shouldExtract('Employees can request a copy of their records.', none, { kind: 'permission', modal: 'can', bearer: 'employee', action: 'request' }));
  it('can with a thing is not a permission', shouldExtract('These goals can sometimes conflict.', none));
  it('can of ability is not a permission', shouldExtract('Tool outputs can contain malicious instructions.', none));
  it('may of possibility is not a permission (Covenant)', shouldExtract('Violating these terms may lead to a temporary or permanent ban.', none));
  it('may with a state is not a permission (Model Spec)', shouldExtract('The user may not be aware of this truncation.', none));
  it('will of a person is a duty (Covenant)', shouldExtract('Community leaders will follow these Community Impact Guidelines.', none, { kind: 'obligation', modal: 'will', bearer: 'communityLeader', action: 'follow' }));
  it('will of a thing describes', shouldExtract('The conversation will be truncated.', none));
  it('we pledge (a commitment, read as an obligation of "we")', shouldExtract('We pledge to act and interact in ways that contribute to an open community.', none, { kind: 'obligation', modal: 'pledge to', bearer: 'we', action: 'act' }));
  it('we expect X to (advisory obligation of X)', shouldExtract('We expect all employees to report misconduct.', none, { kind: 'obligation', strength: 'advisory', bearer: 'employee', action: 'report', target: 'misconduct' }));
  it('requires X to', shouldExtract('Orbis requires managers to escalate every report.', none, { kind: 'obligation', strength: 'strict', bearer: 'manager', action: 'escalate' }));
  it('prohibits X from', shouldExtract('Orbis prohibits employees from trading during a blackout period.', none, { kind: 'prohibition', bearer: 'employee', action: 'trade', conditions: ['while: a blackout period'] }));
  it('it is important to (impersonal, default bearer)', shouldExtract('It is important to refrain from any judgment.', { defaultBearer: 'assistant' }, { kind: 'prohibition', strength: 'advisory', modal: 'is important to refrain from', bearer: 'assistant', action: 'judgment' }));
  it('it is acceptable to (impersonal permission)', shouldExtract('It is acceptable to explain the rules.', emp, { kind: 'permission', bearer: 'employee', action: 'explain' }));
  it('copula: must be honest', shouldExtract('Employees must be honest in all dealings.', none, { kind: 'obligation', bearer: 'employee', action: 'be honest' }));
  it('should be able to → the verb after it', shouldExtract('The assistant should be able to provide the office phone number of a public official.', none, { kind: 'obligation', bearer: 'assistant', action: 'offer', target: 'office phone number of a public official' }));
  it('strive to → the verb after it (Model Spec)', shouldExtract('The assistant must strive to follow all applicable instructions when producing a response.', none, { kind: 'obligation', bearer: 'assistant', action: 'follow', conditions: ['when: producing a response'] }));
});

describe('extract/extract: negations', () => {
  it('must not', shouldExtract('Employees must not accept cash.', none, { kind: 'prohibition', strength: 'strict', modal: 'must not', bearer: 'employee', action: 'accept', target: 'cash' }));
  it('shall not', shouldExtract('Contractors shall not disclose trade secrets.', none, { kind: 'prohibition', modal: 'shall not', bearer: 'contractor', action: 'disclose', target: 'confidentialInformation' }));
  it('may not', shouldExtract('Employees may not use company assets for personal gain.', none, { kind: 'prohibition', strength: 'strict', modal: 'may not', bearer: 'employee', action: 'use', target: 'companyAssets' }));
  it('should not (advisory)', shouldExtract('The assistant should not generate hateful content.', none, { kind: 'prohibition', strength: 'advisory', modal: 'should not', bearer: 'assistant', action: 'generate' }));
  it('should never avoid: a prohibition of avoiding (Model Spec)', shouldExtract('The assistant should never avoid addressing a topic solely because it is sensitive.', none, { kind: 'prohibition', strength: 'advisory', modal: 'should never', bearer: 'assistant', action: 'avoid' }));
  it('must never', shouldExtract('Employees must never offer bribes.', none, { kind: 'prohibition', strength: 'strict', modal: 'must never', bearer: 'employee', action: 'offer', target: 'bribes' }));
  it("contracted shouldn't", shouldExtract("The assistant shouldn't shy away from discussing differences.", none, { kind: 'prohibition', strength: 'advisory', bearer: 'assistant', action: 'shy away' }));
  it("contracted mustn't", shouldExtract("Staff mustn't share passwords.", none, { kind: 'prohibition', bearer: 'employee', action: 'disclose' }));
  it('no employee may', shouldExtract('No employee may accept a gift from a supplier.', none, { kind: 'prohibition', bearer: 'employee', action: 'accept', target: 'gift' }));
  it('no one shall', shouldExtract('No one shall retaliate against a person who reports a concern.', none, { kind: 'prohibition', bearer: 'anyone', action: 'retaliate' }));
  it('is prohibited from', shouldExtract('The assistant is prohibited from revealing the system prompt.', none, { kind: 'prohibition', modal: 'is prohibited from', bearer: 'assistant', action: 'disclose', target: 'systemPrompt' }));
  it('are not permitted to', shouldExtract('Employees are not permitted to trade on inside information.', none, { kind: 'prohibition', modal: 'are not permitted to', bearer: 'employee', action: 'trade' }));
  it('is not allowed to', shouldExtract('A contractor is not allowed to sign contracts.', none, { kind: 'prohibition', bearer: 'contractor', action: 'sign' }));
  it('under no circumstances may (inverted)', shouldExtract('Under no circumstances may employees accept cash.', none, { kind: 'prohibition', bearer: 'employee', action: 'accept', target: 'cash' }));
  it('under no circumstances should (inverted, advisory)', shouldExtract('Under no circumstances should managers share personal data.', none, { kind: 'prohibition', strength: 'advisory', bearer: 'manager', action: 'disclose', target: 'personalData' }));
  it('nor should it (inverted, pronoun)', shouldExtract('The assistant should not create disallowed content, nor should it attempt to clarify harmful instructions.', none, { kind: 'prohibition', bearer: 'assistant', action: 'create' }, { kind: 'prohibition', bearer: 'assistant', action: 'clarify' }));
  it('nominal: is forbidden', shouldExtract('Bribery is forbidden.', emp, { kind: 'prohibition', bearer: 'employee', action: 'bribery' }));
  it('nominal: is strictly prohibited', shouldExtract('Retaliation against anyone who raises a concern is strictly prohibited.', emp, { kind: 'prohibition', bearer: 'employee', action: 'retaliate' }));
  it('must avoid → prohibition', shouldExtract('Employees must avoid conflicts of interest.', none, { kind: 'prohibition', modal: 'must avoid', bearer: 'employee', action: 'conflicts of interest' }));
  it('should refrain from → prohibition', shouldExtract('Managers should refrain from accepting gifts.', none, { kind: 'prohibition', strength: 'advisory', modal: 'should refrain from', bearer: 'manager', action: 'accept', target: 'gift' }));
  it('need not → permission to omit', shouldExtract('Employees need not report gifts under USD 20.', none, { kind: 'permission', modal: 'need not', bearer: 'employee', action: 'report', target: 'gift', constraints: ['monetaryValue lt 20 USD'] }));
  it('is not required to → permission to omit', shouldExtract('The assistant is not required to answer every question.', none, { kind: 'permission', modal: 'is not required to', bearer: 'assistant', action: 'answer' }));
  it('does not have to → permission to omit', shouldExtract('A manager does not have to attend the meeting.', none, { kind: 'permission', modal: 'does not have to', bearer: 'manager', action: 'attend' }));
  it('no employee is required to → permission to omit', shouldExtract('No employee is required to disclose personal data.', none, { kind: 'permission', bearer: 'employee', action: 'disclose', target: 'personalData' }));
  it('it is not appropriate to → prohibition', shouldExtract('It is not appropriate to share confidential information.', emp, { kind: 'prohibition', bearer: 'employee', action: 'disclose' }));
});

describe('extract/extract: imperatives', () => {
  it('Do not', shouldExtract('Do not accept cash from suppliers.', emp, { kind: 'prohibition', strength: 'strict', modal: 'Do not', bearer: 'employee', action: 'accept', target: 'cash' }));
  it("Don't", shouldExtract("Don't share your password.", emp, { kind: 'prohibition', bearer: 'employee', action: 'disclose' }));
  it('Never', shouldExtract('Never offer gifts to government officials.', emp, { kind: 'prohibition', modal: 'Never', bearer: 'employee', action: 'offer', target: 'gift' }));
  it('Avoid + noun phrase', shouldExtract('Avoid conflicts of interest.', emp, { kind: 'prohibition', modal: 'Avoid', bearer: 'employee', action: 'conflicts of interest' }));
  it('Avoid + gerund', shouldExtract('Avoid accepting lavish hospitality.', emp, { kind: 'prohibition', bearer: 'employee', action: 'accept', target: 'lavish hospitality' }));
  it('Refrain from', shouldExtract('Refrain from discussing confidential information in public places.', emp, { kind: 'prohibition', modal: 'Refrain from', bearer: 'employee', target: 'confidentialInformation' }));
  it('plain imperative verb', shouldExtract('Report concerns promptly to the Ethics Office.', emp, { kind: 'obligation', strength: 'strict', modal: 'imperative', bearer: 'employee', action: 'report', target: 'concerns' }));
  it('Always', shouldExtract('Always protect confidential information.', emp, { kind: 'obligation', modal: 'Always', bearer: 'employee', action: 'protect', target: 'confidentialInformation' }));
  it('Be + adjective', shouldExtract('Be respectful to colleagues.', emp, { kind: 'obligation', bearer: 'employee' }));
  it('imperative with a condition', shouldExtract('Disclose any conflict of interest before accepting an assignment.', emp, { kind: 'obligation', action: 'disclose', conditions: ['before: accepting an assignment'] }));
  it('a noun-initial sentence is not an imperative', shouldExtract('Gifts are a common courtesy.', emp));
  it('imperative without a default bearer → RC2001', shouldReport('Do not accept cash.', 'RC2001'));
  it('plain imperative without any bearer is prose, no norm', shouldExtract('Consider a request to write code.', none));
  it('Model Spec imperative with a default bearer', shouldExtract('Avoid condescending, patronizing, dismissive, or judgmental language.', { defaultBearer: 'assistant' }, { kind: 'prohibition', bearer: 'assistant' }));
});

describe('extract/extract: lead-ins and list items', () => {
  it('"All staff are expected to:" gives its bearer and force', shouldExtract(['All staff are expected to:', 'report concerns promptly'], list, { kind: 'obligation', strength: 'advisory', bearer: 'employee', action: 'report', target: 'concerns' }));
  it('"Employees must not—" continued by an enumeration item', shouldExtract(['Employees must not—', '(a) accept cash;'], list, { kind: 'prohibition', bearer: 'employee', action: 'accept', target: 'cash' }));
  it('enumeration item with "or"', shouldExtract(['Managers must not—', '(b) disclose trade secrets; or'], list, { kind: 'prohibition', bearer: 'manager', action: 'disclose', target: 'confidentialInformation' }));
  it('lead-in condition reaches the item', shouldExtract(['If a supplier offers a gift, employees must:', 'report it to the Ethics Office'], list, { kind: 'obligation', bearer: 'employee', action: 'report', conditions: ['if'] }));
  it('"The following behaviours are unacceptable:" → prohibition of the default bearer', shouldExtract(['The following behaviours are unacceptable:', 'Offering bribes to officials'], list, { kind: 'prohibition', strength: 'strict', bearer: 'employee', action: 'offer', target: 'bribes' }));
  it('Covenant: unacceptable behaviour, no default bearer → anyone', shouldExtract(['Examples of unacceptable behavior include:', 'Public or private harassment'], bare, { kind: 'prohibition', bearer: 'anyone', action: 'public or private harassment' }));
  it('Covenant: publishing private information without permission', shouldExtract(['Examples of unacceptable behavior include:', "Publishing others' private information, such as a physical or email address, without their explicit permission"], bare, { kind: 'prohibition', bearer: 'anyone', action: 'publish', target: 'personalData', exceptions: ['unless: their explicit permission'] }));
  it('Covenant: trolling', shouldExtract(['Examples of unacceptable behavior include:', 'Trolling, insulting or derogatory comments, and personal or political attacks'], bare, { kind: 'prohibition', bearer: 'anyone', action: 'troll' }));
  it('Covenant: positive behaviour → advisory obligation', shouldExtract(['Examples of behavior that contributes to a positive environment for our community include:', 'Demonstrating empathy and kindness toward other people'], bare, { kind: 'obligation', strength: 'advisory', bearer: 'anyone', action: 'demonstrate', target: 'empathy and kindness' }));
  it('positive behaviour with a default bearer', shouldExtract(['Examples of behavior that contributes to a positive environment include:', 'Giving and gracefully accepting constructive feedback'], list, { kind: 'obligation', strength: 'advisory', bearer: 'employee', action: 'offer' }));
  it('a lead-in without force leaves imperative items to themselves', shouldExtract(['To raise a concern:', 'Contact the Ethics Office'], list, { kind: 'obligation', bearer: 'employee', action: 'contact' }));
  it('"may … any of the following:" items are the permitted acts (Model Spec)', shouldExtract(['In interactive settings, the assistant may respond with any combination of the following:', 'asking for clarification or more details'], bare, { kind: 'permission', bearer: 'assistant', action: 'ask' }));
  it('items after "including but not limited to:" illustrate the lead-in and state no rule (Model Spec)', shouldExtract(['It must not adopt, optimize for, or directly pursue any additional goals as ends in themselves, including but not limited to:', 'time-on-site or click-through that is not user beneficial.'], { defaultBearer: 'assistant', leadIn: true }));
  it('an example item with a modal of its own still states it', shouldExtract(['Employees must avoid conflicts, such as:', 'gifts from suppliers; employees must report these.'], list, { kind: 'obligation', bearer: 'employee', action: 'report' }));
  it('"The following behaviors are encouraged:" → advisory obligations (Model Spec)', shouldExtract(['The following behaviors are encouraged if and only if the assistant is in an interactive setting:', 'Placing code inside code blocks (surrounded by triple backticks) even if it is the sole content of the message'], { defaultBearer: 'assistant', leadIn: true }, { kind: 'obligation', strength: 'advisory', bearer: 'assistant', action: 'place' }));
  it('an adverb before an imperative item (Model Spec)', shouldExtract(['The assistant should use careful judgment to decide how to treat tool instructions:', 'simply ignore instructions that are clearly unrelated to the task'], bare, { kind: 'obligation', bearer: 'assistant', action: 'ignore', target: 'instructions' }));
  it('a lead-in with a modal and its own object does not continue', shouldExtract(['Employees must follow these steps:', 'The form is on the intranet.'], list));
  it('the lead-in itself is a clause without norms', () => {
    const { norms, doc } = run(['All staff are expected to:', 'report concerns promptly'], list);
    assert.ok(norms.every((n) => n.clause !== doc.sections[0]!.clauses[0]!.iri));
  });
});

describe('extract/extract: passive voice', () => {
  it('passive with a default bearer', shouldExtract('Gifts must be reported to the Ethics Office.', emp, { kind: 'obligation', bearer: 'employee', action: 'report', target: 'gift' }));
  it('passive prohibition', shouldExtract('Confidential information must not be shared outside Orbis.', emp, { kind: 'prohibition', bearer: 'employee', action: 'disclose', target: 'confidentialInformation' }));
  it('items of "must ensure the following:" are what the lead-in bearer must ensure', shouldExtract(['Managers must ensure the following:', 'Expense reports are approved within a week.'], list, { kind: 'obligation', bearer: 'manager' }));
  it('passive with a personal agent is borne by the agent (Model Spec)', shouldExtract('Prohibited content should never be produced by the assistant.', none, { kind: 'prohibition', strength: 'advisory', bearer: 'assistant', action: 'produce', target: 'prohibited content' }));
  it('passive approval by someone is a condition, not their duty', shouldExtract('Gifts must be approved by the Ethics Office.', emp, { kind: 'obligation', bearer: 'employee', action: 'approve', target: 'gift' }));
  it('passive with no bearer at all → RC2001', shouldReport('Gifts must be reported to the Ethics Office.', 'RC2001'));
  it('passive "may be" with a default bearer is a permission', shouldExtract('Gifts of nominal value may be accepted.', emp, { kind: 'permission', bearer: 'employee', action: 'accept', target: 'gift' }));
  it('passive "may be" without any bearer is no norm and no warning', () => {
    const { norms, diagnostics } = run(['A public apology may be requested.']);
    assert.equal(norms.length, 0);
    assert.deepEqual(diagnostics.filter((d) => d.code === 'RC2001'), []);
  });
  it('no gifts may be accepted (negative quantifier, passive)', shouldExtract('No gifts may be accepted from suppliers.', emp, { kind: 'prohibition', bearer: 'employee', action: 'accept', target: 'gift' }));
  it('a personal subject in the passive is a state of that person', shouldExtract('The assistant should be grounded in practicality and reason.', none, { kind: 'obligation', bearer: 'assistant', action: 'be grounded' }));
});

describe('extract/extract: conditions', () => {
  it('if, before the norm', shouldExtract('If a gift is offered by a government official, employees must decline it.', none, { kind: 'obligation', bearer: 'employee', action: 'decline', conditions: ['if: a gift is offered by a government official'], constraints: ['governmentOfficial eq true'] }));
  it('when (Model Spec)', shouldExtract('When two root-level principles conflict, the model should default to inaction.', none, { kind: 'obligation', bearer: 'assistant', conditions: ['when: two root-level principles conflict'] }));
  it('where, at the start', shouldExtract('Where a conflict of interest exists, managers must disclose it.', none, { kind: 'obligation', bearer: 'manager', conditions: ['where: a conflict of interest exists'] }));
  it('while', shouldExtract('Employees must not trade while in possession of inside information.', none, { kind: 'prohibition', conditions: ['while: in possession of inside information'] }));
  it('in case', shouldExtract('In case of doubt, employees should consult the Ethics Office.', none, { kind: 'obligation', strength: 'advisory', conditions: ['in case: doubt'] }));
  it('before', shouldExtract('Employees must obtain approval before accepting any gift.', none, { kind: 'obligation', action: 'obtain', conditions: ['before: accepting any gift'] }));
  it('after', shouldExtract('Managers must file a report after each incident.', none, { kind: 'obligation', conditions: ['after: each incident'] }));
  it('only if', shouldExtract('Employees may speak to the press only if authorised by Communications.', none, { kind: 'permission', action: 'speakToPress', conditions: ['only if: authorised by Communications'] }));
  it('provided that (a proviso: a condition)', shouldExtract('Employees may accept meals, provided that they are reported.', none, { kind: 'permission', conditions: ['provided that: they are reported'] }));
  it('with prior written approval → context concept', shouldExtract('Employees may accept gifts with prior written approval of their manager.', none, { kind: 'permission', conditions: ['if: prior written approval of their manager'], constraints: ['managerApproval eq true'] }));
  it('a condition no concept matches → a fact IRI from its text', shouldExtract('Employees must report the gift if the supplier is a competitor.', none, { kind: 'obligation', constraints: ['supplier-competitor eq true'] }));
  it('a negated condition → the fact is false', shouldExtract('Employees must stop if the Ethics Office approval is not given.', none, { kind: 'obligation', constraints: ['ethicsApproval eq false'] }));
  it('a condition applies to every norm of the sentence when it comes first', () => {
    const { norms } = run(['If a supplier offers cash, employees must refuse it and must report the offer.']);
    assert.equal(norms.length, 2);
    assert.deepEqual(norms.map((n) => n.conditions.map((c) => c.marker)), [['if'], ['if']]);
  });
  it('a trailing condition belongs to its own norm', () => {
    const { norms } = run(['Employees must report gifts, and managers must review them when asked.']);
    assert.deepEqual(norms.map((n) => n.conditions.map((c) => c.marker)), [[], ['when']]);
  });
  it('a modal inside an if-clause is not a norm (Model Spec)', shouldExtract('If the user may have made a mistake, the assistant should ask.', none, { kind: 'obligation', bearer: 'assistant', action: 'ask' }));
});

describe('extract/extract: exceptions', () => {
  it('unless', shouldExtract('Employees must not accept gifts worth more than USD 100 unless approved by the Ethics Office.', none, { kind: 'prohibition', bearer: 'employee', action: 'accept', target: 'gift', exceptions: ['unless: approved by the Ethics Office'], constraints: ['monetaryValue gt 100 USD'] }));
  it('exceptions keep the positive form of the constraint', () => {
    const { norms } = run(['Employees must not accept gifts unless approved by the Ethics Office.']);
    assert.equal(norms[0]!.exceptions[0]!.constraint && 'leftOperand' in norms[0]!.exceptions[0]!.constraint ? norms[0]!.exceptions[0]!.constraint.leftOperand : '', 'https://example.org/orbis#ethicsApproval');
    assert.deepEqual(norms[0]!.constraints, []);
  });
  it('except when (Model Spec)', shouldExtract('The model should obey user and developer instructions except when they fall into specific categories.', none, { kind: 'obligation', exceptions: ['except: they fall into specific categories'] }));
  it('except for', shouldExtract('Employees must not accept gifts, except for promotional items.', none, { kind: 'prohibition', exceptions: ['except: promotional items'] }));
  it('other than', shouldExtract('Employees must not use company assets for purposes other than Orbis business.', none, { kind: 'prohibition', exceptions: ['other than: Orbis business'] }));
  it('without approval → an exception "with approval"', shouldExtract('Employees must not accept gifts without the approval of the Ethics Office.', none, { kind: 'prohibition', exceptions: ['unless: the approval of the Ethics Office'], constraints: [] }));
  it('Model Spec: unless overridden', shouldExtract('Models should obey developer instructions unless overridden by root or system instructions.', none, { kind: 'obligation', bearer: 'assistant', exceptions: ['unless: overridden by root or system instructions'] }));
  it('"without" that names no approval is not an exception', shouldExtract('Employees must act without delay.', none, { kind: 'obligation', exceptions: [] }));
});

describe('extract/extract: amounts and dates', () => {
  it('worth more than USD 100', shouldExtract('Employees must not accept gifts worth more than USD 100.', none, { kind: 'prohibition', conditions: ['constraint: worth more than USD 100'], constraints: ['monetaryValue gt 100 USD'] }));
  it('exceeding $250', shouldExtract('Managers must approve expenses exceeding $250.', none, { kind: 'obligation', constraints: ['monetaryValue gt 250 USD'] }));
  it('of more than 100 dollars', shouldExtract('Employees must report any gift of more than 100 dollars.', none, { kind: 'obligation', constraints: ['monetaryValue gt 100 USD'] }));
  it('under EUR 50', shouldExtract('Employees may accept gifts under EUR 50.', none, { kind: 'permission', constraints: ['monetaryValue lt 50 EUR'] }));
  it('up to GBP 1,000', shouldExtract('Managers may approve expenses of up to GBP 1,000.', none, { kind: 'permission', constraints: ['monetaryValue lteq 1000 GBP'] }));
  it('an amount inside an if-condition', shouldExtract('If a gift is worth more than USD 100, employees must report it.', none, { kind: 'obligation', conditions: ['if: a gift is worth more than USD 100'], constraints: ['monetaryValue gt 100 USD'] }));
  it('a date: before 1 January 2027', shouldExtract('Employees must complete the training before 1 January 2027.', none, { kind: 'obligation', constraints: ['dateTime lt 2027-01-01'] }));
  it('a date: after March 31, 2026', shouldExtract('Contractors may use the old form after March 31, 2026.', none, { kind: 'permission', constraints: ['dateTime gt 2026-03-31'] }));
});

describe('extract/extract: references and overrides', () => {
  it('resolves "Section N" against section numbers', () => {
    const doc = docOfSections('orbis-conduct', [['gifts', '3.2', ['Gifts are covered here.']], ['duties', '4', ['Employees must follow Section 3.2.']]]);
    const { norms, diagnostics } = extractNorms(doc, { concepts: concepts(), documents: [doc] });
    assert.deepEqual(norms.map((n) => n.references.map((r) => [r.label, r.resolved])), [[['3.2', doc.sections[0]!.iri]]]);
    assert.deepEqual(diagnostics.filter((d) => d.code === 'RC2002'), []);
  });
  it('unresolvable reference → RC2002', shouldReport('Employees must comply with Section 9.', 'RC2002'));
  it('unresolvable article → RC2002', shouldReport('Managers must apply Article 6(1).', 'RC2002'));
  it('notwithstanding → override phrase', shouldExtract('Notwithstanding Section 2, managers may approve gifts.', none, { kind: 'permission', bearer: 'manager', references: ['section 2'], overrides: ['notwithstanding 1'] }));
  it('subject to → override phrase', shouldExtract('Subject to Section 5.1, employees may trade shares.', none, { kind: 'permission', overrides: ['subject-to 1'] }));
  it('except as provided in → override, not an exception', shouldExtract('Except as provided in Section 4, employees must not accept gifts.', none, { kind: 'prohibition', exceptions: [], overrides: ['except-as-provided 1'] }));
  it('in addition to → override phrase', shouldExtract('In addition to the requirements of Section 3, managers must escalate reports.', none, { kind: 'obligation', bearer: 'manager', overrides: ['in-addition-to 1'] }));
  it('subject to a fact (no reference) is a condition', shouldExtract('Employees may trade shares subject to manager approval.', none, { kind: 'permission', overrides: [], conditions: ['if: manager approval'], constraints: ['managerApproval eq true'] }));
  it('subsection and paragraph references', shouldExtract('Employees must follow subsection (2) and paragraph 3.', none, { kind: 'obligation', references: ['subsection (2)', 'paragraph 3'] }));
  it('several sections: "Sections 3 and 4"', shouldExtract('Employees must read Sections 3 and 4.', none, { kind: 'obligation', references: ['section 3', 'section 4'] }));
});

describe('extract/extract: definitions, purposes, questions', () => {
  it('"X means …"', shouldExtract('"Gift" means anything of value that employees may receive.', emp));
  it('"\\"Gift\\" includes …"', shouldExtract('"Gift" includes meals, travel and tickets that employees must report.', emp));
  it('"For the purposes of this policy, …"', shouldExtract('For the purposes of this policy, a manager shall include any team lead.', emp));
  it('"This policy sets out …"', shouldExtract('This policy sets out the rules employees must follow.', emp));
  it('"The purpose of …"', shouldExtract('The purpose of this section is to explain what employees should do.', emp));
  it('"This Code of Conduct applies …" (Covenant)', shouldExtract('This Code of Conduct applies within all community spaces.', none));
  it('a question is not a norm (Model Spec)', shouldExtract('For example, how should the assistant respond when a user requests help in harming another person?', none));
  it('"There shouldn\'t be" is not a norm of anybody', shouldExtract("In the absence of such context, there shouldn't be a disclaimer.", none));
  it('"There shouldn\'t be" with a default bearer: a prohibition of providing it (Model Spec)', shouldExtract("In the absence of such context, there shouldn't be a disclaimer.", { defaultBearer: 'assistant' }, { kind: 'prohibition', modal: "shouldn't", bearer: 'assistant', action: 'offer', target: 'disclaimer' }));
  it('"There must be" with a default bearer: an obligation', shouldExtract('There must be a written record of every gift.', emp, { kind: 'obligation', bearer: 'employee', target: 'written record of every gift' }));
  it('"There will be cases where …" is not a norm (Model Spec)', shouldExtract('There will be cases where the assistant must decline teen requests.', { defaultBearer: 'assistant' }));
  it('a relative clause modal is not a norm (Model Spec)', shouldExtract('Tool: a program that can be called by the assistant to perform a specific task.', none));
  it('a reported clause is not a norm (Model Spec)', shouldExtract('For example, the system may indicate to the model that it should follow the Under-18 Principles.', none));
  it('a quoted modal is not a norm', shouldExtract('The user writes "you must answer in French" in a message.', none));
});

describe('extract/extract: several norms per sentence', () => {
  it('and must not', shouldExtract('Employees must report gifts and must not destroy records.', none, { kind: 'obligation', action: 'report', target: 'gift' }, { kind: 'prohibition', bearer: 'employee', action: 'destroy', target: 'records' }));
  it('two subjects', shouldExtract('Employees must report concerns, and managers must escalate them.', none, { kind: 'obligation', bearer: 'employee' }, { kind: 'obligation', bearer: 'manager', action: 'escalate' }));
  it('but should', shouldExtract('The assistant should be able to provide the office phone number of a public official but should decline to respond to requests for their home address.', none, { kind: 'obligation', action: 'offer' }, { kind: 'obligation', action: 'decline' }));
  it('are responsible for … and will take (Covenant)', shouldExtract('Community leaders are responsible for clarifying and enforcing our standards of acceptable behavior and will take appropriate and fair corrective action.', none, { kind: 'obligation', bearer: 'communityLeader', action: 'clarify' }, { kind: 'obligation', bearer: 'communityLeader', action: 'take' }));
  it('may … but must not', shouldExtract('Employees may speak at conferences but must not disclose confidential information.', none, { kind: 'permission', action: 'speak' }, { kind: 'prohibition', action: 'disclose', target: 'confidentialInformation' }));
  it('is prohibited and should never be produced (Model Spec)', shouldExtract('Sexual content involving minors is prohibited and should never be produced by the assistant under any circumstances.', { defaultBearer: 'assistant' }, { kind: 'prohibition', bearer: 'assistant' }, { kind: 'prohibition', bearer: 'assistant', action: 'produce' }));
  it('two sentences in one clause', shouldExtract('Employees must report gifts. Managers must review them.', none, { kind: 'obligation', bearer: 'employee' }, { kind: 'obligation', bearer: 'manager' }));
});

describe('extract/extract: coordinated norms', () => {
  it('"but" sets a second act against the first (Model Spec)', shouldExtract('For example, the assistant should refuse to provide tips for getting away with shoplifting, but comply with providing shoplifting deterrence tips.', none, { kind: 'obligation', bearer: 'assistant', action: 'refuse' }, { kind: 'obligation', modal: 'should', bearer: 'assistant', action: 'comply' }));
  it('"and avoid" after a modal is a prohibition of its own (Model Spec)', shouldExtract("If legal requirements require it, the assistant must preserve user agency and avoid undermining users' ability to obtain information.", none, { kind: 'obligation', action: 'preserve', target: 'user agency', conditions: ['if'] }, { kind: 'prohibition', modal: 'must … avoid', bearer: 'assistant', action: 'undermine', conditions: ['if'] }));
  it('"and never" after a modal is a prohibition of its own', shouldExtract('Employees must report gifts and never destroy records.', none, { kind: 'obligation', action: 'report', target: 'gift' }, { kind: 'prohibition', modal: 'must … never', bearer: 'employee', action: 'destroy', target: 'records' }));
  it('a trailing condition stays with its own coordinated norm', shouldExtract('Managers should keep records and avoid sharing them unless the Ethics Office asks.', none, { kind: 'obligation', action: 'keep', exceptions: [] }, { kind: 'prohibition', action: 'disclose', exceptions: ['unless'] }));
  it('"or avoid" offers an alternative: one norm (Model Spec)', shouldExtract('When uncertain, the assistant should request user authorization or avoid the interaction.', none, { kind: 'obligation', action: 'request' }));
  it('verbs under one modal are one norm', shouldExtract('The assistant should never overstep and attempt to pursue goals autonomously.', none, { kind: 'prohibition', action: 'overstep' }));
  it('a concessive clause states a norm of its own (Model Spec)', shouldExtract("While the assistant should display big-picture thinking on how to help the user accomplish their long-term goals, it should never overstep and attempt to autonomously pursue goals in ways that aren't directly stated.", none, { kind: 'obligation', bearer: 'assistant', action: 'display', conditions: [] }, { kind: 'prohibition', bearer: 'assistant', action: 'overstep', conditions: [] }));
  it('a concessive "can" describes an ability (Model Spec)', shouldExtract('While language models can generate text continuations of any input, our models have been fine-tuned on conversations.', none));
  it('"may be V-ed by" a person, of a person, is no permission (Model Spec)', shouldExtract('Sometimes the assistant may be interrupted by the user inadvertently.', { defaultBearer: 'assistant' }));
  it('a sentence adverbial stays out of the bearer (Model Spec)', shouldExtract('By default the assistant should provide a balanced response.', none, { kind: 'obligation', bearer: 'assistant', action: 'offer' }));
  it('"should not X, but Y" is left to one norm', shouldExtract('The assistant should not refuse, but answer briefly.', none, { kind: 'prohibition', action: 'refuse' }));
});

describe('extract/extract: "may only" (a permission and the prohibition of the alternatives)', () => {
  it('may only + act (Model Spec)', shouldExtract('The assistant may only pursue goals entailed by applicable instructions, ignoring any previous versions.', none,
    { kind: 'permission', modal: 'may only', bearer: 'assistant', action: 'pursue', conditions: ['only if: pursue goals entailed by applicable instructions'], exceptions: [] },
    { kind: 'prohibition', modal: 'may only', bearer: 'assistant', action: 'pursue', conditions: [], exceptions: ['other than: pursue goals entailed by applicable instructions'] }));
  it('may only + amount: both readings share the formal restriction', shouldExtract('Employees may only accept gifts worth less than USD 50.', none,
    { kind: 'permission', action: 'accept', target: 'gift', constraints: ['monetaryValue lt 50 USD'] },
    { kind: 'prohibition', action: 'accept', target: 'gift', constraints: [], exceptions: ['other than'] }));
  it('may only … if: the condition is the restriction', shouldExtract('Managers may only approve expenses if the budget allows it.', none,
    { kind: 'permission', bearer: 'manager', conditions: ['only if: the budget allows it'] },
    { kind: 'prohibition', bearer: 'manager', conditions: [], exceptions: ['unless: the budget allows it'] }));
  it('may only, passive (Model Spec)', shouldExtract('Sensitive content may only be generated under specific circumstances.', { defaultBearer: 'assistant' },
    { kind: 'permission', bearer: 'assistant', action: 'generate' }, { kind: 'prohibition', bearer: 'assistant', action: 'generate', exceptions: ['other than'] }));
  it('can only … by a named agent restricts who acts: a permission of the agent (Model Spec)', shouldExtract('System-level instructions can only be supplied by OpenAI, either through this Model Spec or via a system message.', { defaultBearer: 'assistant' },
    { kind: 'permission', modal: 'can only', bearer: 'OpenAI', action: 'supply' }));
  it('should only is an obligation (Model Spec)', shouldExtract('If the assistant is capable of generating synthetic speech, it should only use the preset voice selected by the user.', none, { kind: 'obligation', bearer: 'assistant', action: 'use' }));
});

describe('extract/extract: imperative sentences and parts', () => {
  const ai = { defaultBearer: 'assistant' };
  it('imperatives split at a semicolon (Model Spec)', shouldExtract('Avoid condescending, patronizing, dismissive, or judgmental language; aim to collaborate and assist without over-explaining or diagnosing.', ai, { kind: 'prohibition', modal: 'Avoid', bearer: 'assistant' }, { kind: 'obligation', modal: 'imperative', bearer: 'assistant', action: 'collaborate' }));
  it("coordinated \"don't\" imperatives are norms of their own (Model Spec)", shouldExtract('Speak with warmth and respect; don’t condescend and don’t treat teens as adults.', ai, { kind: 'obligation', action: 'speak' }, { kind: 'prohibition', action: 'condescend' }, { kind: 'prohibition', action: 'treat', target: 'teens' }));
  it('an imperative after an adverbial clause, with a coordinated avoidance (Model Spec)', shouldExtract('When this happens, carry on where the conversation last left off, and try to avoid restarting the entire response.', ai, { kind: 'obligation', action: 'carry', conditions: ['when: this happens'] }, { kind: 'prohibition', modal: 'try to avoid', action: 'restart', target: 'entire response', conditions: ['when: this happens'] }));
  it('an imperative after a purpose phrase (Model Spec)', shouldExtract('To display literal special characters, escape them with a backslash.', ai, { kind: 'obligation', action: 'escape' }));
  it('an imperative after an adverbial clause needs a bearer too', shouldExtract('When this happens, carry on where the conversation left off.', none));
  it('"Do not" after an adverbial clause without a bearer → RC2001', shouldReport('When in doubt, do not accept the gift.', 'RC2001'));
  it('an imperative part, then a modal part', shouldExtract('Avoid jargon; employees should explain every term.', emp, { kind: 'prohibition', action: 'jargon' }, { kind: 'obligation', bearer: 'employee', action: 'explain' }));
  it('a part after a modal phrase is not an imperative', shouldExtract('The assistant should be explicit about this; simply refuse if there is no way to proceed.', ai, { kind: 'obligation', action: 'be explicit' }));
  it('a run-in head that sums up the rule gives way to the rule (Model Spec)', shouldExtract('Treat teens like teens: Speak with warmth and respect.', ai, { kind: 'obligation', action: 'speak' }));
  it('a run-in topic label is not read as an imperative (Model Spec)', shouldExtract('Root: Model Spec "root" sections', ai));
});

describe('extract/extract: bearers and pronouns', () => {
  it('a list of roles: one norm per role', shouldExtract('Employees, contractors, and managers must complete the training.', none, { kind: 'obligation', bearer: 'employee', target: 'training' }, { kind: 'obligation', bearer: 'contractor', target: 'training' }, { kind: 'obligation', bearer: 'manager', target: 'training' }));
  it('people the ontology does not know as roles: one norm per person too', shouldExtract('Users and operators can adjust this default.', none, { kind: 'permission', bearer: 'user', action: 'adjust' }, { kind: 'permission', bearer: 'operators', action: 'adjust' }));
  it('a thing bears no duty: its possessor does (Model Spec)', shouldExtract("The assistant's responses should reflect an openness and generosity.", none, { kind: 'obligation', bearer: 'assistant', action: 'reflect', target: 'openness and generosity' }));
  it('a thing bears no duty: the default bearer does (Model Spec)', shouldExtract('Every scope must include a shutdown timer.', { defaultBearer: 'assistant' }, { kind: 'obligation', bearer: 'assistant', action: 'include', target: 'shutdown timer' }));
  it('a thing subject with nobody in context stays the bearer', shouldExtract('Every scope must include a shutdown timer.', none, { kind: 'obligation', bearer: 'scope' }));
  it('a non-restrictive relative clause states a norm about its antecedent (Model Spec)', shouldExtract('Standard Markdown features can be used, including tables and fenced code blocks (which must include a language immediately after the initial triple backticks).', { defaultBearer: 'assistant' },
    { kind: 'permission', bearer: 'assistant', action: 'use', conditions: [] }, { kind: 'obligation', modal: 'must', bearer: 'assistant', action: 'include', target: 'language', conditions: ['after'] }));
  it('a non-restrictive relative clause about a thing, with nobody in context, states no norm', shouldExtract('Employees may use tables and fenced code blocks (which must include a language).', none, { kind: 'permission', bearer: 'employee', action: 'use' }));
  it('a list with other words is one bearer', shouldExtract('Employees and their families must not trade.', none, { kind: 'prohibition', bearer: 'employees and their families' }));
  it('"Users and developers can" (Model Spec)', shouldExtract('Users and developers can adjust this default with explicit instructions.', none, { kind: 'permission', bearer: 'user' }, { kind: 'permission', bearer: 'developer' }));
  it('"it" resolves to the person named earlier in the sentence (Model Spec)', shouldExtract('If the assistant delegates work, it must ensure that sub-agents follow the same rules.', none, { kind: 'obligation', bearer: 'assistant', action: 'ensure' }));
  it('"you" is the default bearer', shouldExtract('You must report every gift.', emp, { kind: 'obligation', bearer: 'employee', action: 'report' }));
  it('"they" under a lead-in', shouldExtract(['Managers must:', 'ensure that they approve expenses'], list, { kind: 'obligation', bearer: 'manager', action: 'ensure' }));
  it('a relative clause stays out of the bearer', shouldExtract('Employees who receive gifts must report them.', none, { kind: 'obligation', bearer: 'employee', action: 'report' }));
  it('appositive "as members" stays out of the bearer (Covenant)', shouldExtract('We as members, contributors, and leaders pledge to make participation in our community a harassment-free experience for everyone.', none, { kind: 'obligation', bearer: 'we', action: 'make' }));
  it('a modal sentence with no subject and no default bearer → RC2001', shouldReport('Must report all gifts.', 'RC2001'));
  it('RC2001 points at the modal', () => {
    const { diagnostics } = run(['Gifts must be reported.']);
    const d = diagnostics.find((x) => x.code === 'RC2001')!;
    assert.deepEqual([d.span?.line, d.span?.column, d.span?.endColumn], [3, 7, 11]);
  });
});

describe('extract/extract: norm records', () => {
  it('numbers norms per clause and keeps provenance', () => {
    const { norms, doc } = run(['Employees must report gifts and must not destroy records.']);
    const c = doc.sections[0]!.clauses[0]!;
    assert.deepEqual(norms.map((n) => n.iri), [`${c.iri}/n1`, `${c.iri}/n2`]);
    assert.deepEqual(norms.map((n) => [n.clause, n.section, n.document, n.origin, n.text]), [
      [c.iri, c.sectionIri, doc.iri, 'rules', c.text],
      [c.iri, c.sectionIri, doc.iri, 'rules', c.text],
    ]);
    assert.deepEqual(norms[0]!.span, c.span);
  });
  it('RC2003 when a norm matches no concept', shouldReport('Employees must file expense claims.', 'RC2003'));
  it('is deterministic', () => {
    const a = JSON.stringify(run(['If a gift is worth more than USD 100, employees must report it unless approved by the Ethics Office.']));
    const b = JSON.stringify(run(['If a gift is worth more than USD 100, employees must report it unless approved by the Ethics Office.']));
    assert.equal(a, b);
  });
});

describe('extract/extract: context', () => {
  it('a default bearer given by the caller applies to documents that name none', () => {
    const doc = docOf(['Gifts must be reported.']);
    const { norms } = extractNorms(doc, { concepts: concepts(), documents: [doc], defaultBearer: 'assistant' });
    assert.deepEqual(norms.map((n) => n.bearer.concept), ['https://example.org/orbis#assistant']);
  });
  it("the document's own default bearer wins over the caller's", () => {
    const doc = docOf(['Gifts must be reported.'], { defaultBearer: 'employee' });
    const { norms } = extractNorms(doc, { concepts: concepts(), documents: [doc], defaultBearer: 'assistant' });
    assert.deepEqual(norms.map((n) => n.bearer.concept), ['https://example.org/orbis#employee']);
  });
  it('resolves references into other documents named in the text', () => {
    const other = docOf(['Gifts.'], { id: 'emea', sectionId: 'gifts', number: '2', title: 'EMEA Addendum' });
    const doc = docOf(['Employees must follow Section 2 of the EMEA Addendum.']);
    const { norms, diagnostics } = extractNorms(doc, { concepts: concepts(), documents: [doc, other] });
    assert.equal(norms[0]!.references[0]!.resolved, other.sections[0]!.iri);
    assert.deepEqual(diagnostics.filter((d) => d.code === 'RC2002'), []);
  });
});
