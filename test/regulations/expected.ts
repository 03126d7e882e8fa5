/**
 * The gold standard of the running example: for every clause of the four Orbis Systems regulations, the norms
 * a correct compile yields (kind, strength, bearer, action and target concepts, and whether conditions,
 * exceptions, references and overrides are present), or why the clause yields none. Clause ids are
 * `docId/sectionId/ordinal`: ordinals count the sentences and list items of a section in document order; an
 * inline enumeration's lead-in is clause N and its items N.a, N.b …; a list's lead-in sentence is a clause of
 * its own and each item the next ordinal. Texts are the clause texts, whitespace-normalised, without the
 * paragraph label ("(1)") and, for enumeration items, without the marker and the trailing "; or".
 *
 * The norms are those of the whole compile: the rule-based reading of the text, the analyst's review
 * (`regulations/orbis-conduct.review.yaml`, origin `analyst`) and the analyst's Turtle
 * (`regulations/orbis-conduct.norms.ttl`, origin `turtle`). Where a review replaces a clause's norms, only the
 * replacement is listed.
 */
import type { NormKind, OverrideKind, Strength } from '../../src/ir/index.js';

/** Namespace of the running example's concepts (`orbis:` in the ontologies). */
export const ORBIS = 'https://example.org/orbis#';

export type OrbisDocument = 'orbis-conduct' | 'orbis-emea-addendum' | 'orbis-policy-update-2026' | 'orbis-assist-policy';

export const ORBIS_DOCUMENTS: readonly OrbisDocument[] = [
  'orbis-conduct',
  'orbis-emea-addendum',
  'orbis-policy-update-2026',
  'orbis-assist-policy',
];

export interface ExpectedAmount {
  operator: 'lt' | 'lteq' | 'gt' | 'gteq';
  value: number;
  currency: 'USD' | 'EUR';
}

export interface ExpectedNorm {
  kind: NormKind;
  strength: Strength;
  /** Concept IRIs (`orbis:` expanded). */
  bearer: string;
  action: string;
  /** Absent when the act's object names no concept ("speak to the press on behalf of Orbis"). */
  target?: string;
  /** A condition introduced by a word of the text: if, when, where, while, before, after, only if, provided that.
   * Amounts are not counted here; see `amount`. */
  conditions: boolean;
  /** An exception: unless, except, other than, without approval. */
  exceptions: boolean;
  /** The sentence cites a section ("Section 3.2", "Section 9.2 of the Global Business Conduct Guidelines"). */
  references: boolean;
  /** The sentence states precedence ("notwithstanding …", "subject to …"); `override` says which. */
  overrides: boolean;
  override?: OverrideKind;
  /** Context concepts the conditions and exceptions must mention (a subset of what they mention). */
  contexts?: string[];
  /** The value limit the sentence states, as a constraint on `regc:monetaryValue`. */
  amount?: ExpectedAmount;
  /** "need not": a permission to omit the act (the Norm IR says so through its modal). */
  omission?: boolean;
  /** Where the norm comes from when it is not read from the sentence by the extractor. */
  origin?: 'analyst' | 'turtle';
}

export interface ExpectedClause {
  /** `docId/sectionId/ordinal`. */
  id: string;
  text: string;
  norms: ExpectedNorm[];
}

/** Why a clause states no norm. */
export type NoNormReason = 'purpose' | 'scope' | 'definition' | 'statement' | 'lead-in';

export interface NoNormClause {
  id: string;
  text: string;
  why: NoNormReason;
}

// ---------------------------------------------------------------------------------------------------------
// helpers: one line per norm
// ---------------------------------------------------------------------------------------------------------

interface Flags {
  /** conditions, exceptions, references, overrides */
  c?: boolean;
  e?: boolean;
  r?: boolean;
  o?: OverrideKind;
  contexts?: string[];
  amount?: [ExpectedAmount['operator'], number, ExpectedAmount['currency']];
  omission?: true;
  origin?: 'analyst' | 'turtle';
}

const o = (local: string): string => ORBIS + local;

function n(kind: NormKind, strength: Strength, bearer: string, action: string, target: string | undefined, f: Flags = {}): ExpectedNorm {
  const norm: ExpectedNorm = {
    kind,
    strength,
    bearer: o(bearer),
    action: o(action),
    conditions: f.c ?? false,
    exceptions: f.e ?? false,
    references: f.r ?? false,
    overrides: f.o !== undefined,
  };
  if (target !== undefined) norm.target = o(target);
  if (f.o !== undefined) norm.override = f.o;
  if (f.contexts) norm.contexts = f.contexts.map(o);
  if (f.amount) norm.amount = { operator: f.amount[0], value: f.amount[1], currency: f.amount[2] };
  if (f.omission) norm.omission = true;
  if (f.origin) norm.origin = f.origin;
  return norm;
}

type Row = ExpectedClause | NoNormClause;
const clause = (id: string, text: string, ...norms: ExpectedNorm[]): ExpectedClause => ({ id, text, norms });
const none = (id: string, text: string, why: NoNormReason): NoNormClause => ({ id, text, why });

// ---------------------------------------------------------------------------------------------------------
// the four documents, clause by clause, in document order
// ---------------------------------------------------------------------------------------------------------

const ROWS: Row[] = [
  // orbis-conduct: Global Business Conduct Guidelines (company-policy, 2026-01-01, default bearer employee)
  none('orbis-conduct/scope/1', 'Orbis Systems builds software and data-analytics products that customers trust with their most sensitive information.', 'purpose'),
  none('orbis-conduct/scope/2', 'These Guidelines set out the standards of conduct that protect that trust and the reputation of the company.', 'purpose'),
  none('orbis-conduct/scope/3', 'They apply to every employee of Orbis Systems and its subsidiaries worldwide, including managers and directors.', 'scope'),
  clause('orbis-conduct/scope/4', 'Contractors who work on Orbis premises or systems are bound by the confidentiality rules in Section 5 through their contracts.',
    n('prohibition', 'strict', 'contractor', 'disclose', 'confidentialInformation', { e: true, r: true, contexts: ['ndaInPlace'], origin: 'turtle' })),
  none('orbis-conduct/scope/5', 'Regional addenda and policy updates supplement these Guidelines for particular regions and topics.', 'scope'),
  none('orbis-conduct/scope/6', 'Questions about these Guidelines go to the Ethics Office or to Orbis Assist, the internal AI assistant.', 'statement'),
  none('orbis-conduct/definitions/1', '"Gift" means goods, services, discounts or favours given without charge to or by a person who does business with Orbis.', 'definition'),
  none('orbis-conduct/definitions/2', '"Entertainment" means meals, performances, sporting events and other leisure activities attended together with a business contact.', 'definition'),
  none('orbis-conduct/definitions/3', '"Hospitality" means meals, refreshments, travel or accommodation provided by or to a business contact.', 'definition'),
  none('orbis-conduct/definitions/4', '"Cash equivalent" means a gift card, voucher, prepaid card, security or any other item that is readily converted into money.', 'definition'),
  none('orbis-conduct/definitions/5', '"Government official" means an officer or employee of a government, a public body, a state-owned enterprise or a public international organisation, and anyone acting in an official capacity for one of them.', 'definition'),
  none('orbis-conduct/definitions/6', '"Confidential information" means information that Orbis has not made public, including customer data, source code, financial results and business plans.', 'definition'),
  none('orbis-conduct/definitions/7', '"Material non-public information" means information about a company that has not been made public and that a reasonable investor would consider important when deciding to buy or sell its securities.', 'definition'),
  none('orbis-conduct/gifts/1', 'Gifts and entertainment build goodwill, but they also risk creating the impression that a business decision was bought.', 'purpose'),
  none('orbis-conduct/gifts/2', 'This Section explains where the line lies.', 'purpose'),
  clause('orbis-conduct/gift-limits/1', 'Employees must not accept a gift worth more than USD 100 from a supplier or customer unless the Ethics Office has given prior approval.',
    n('prohibition', 'strict', 'employee', 'accept', 'gift', { e: true, contexts: ['ethicsApproval'], amount: ['gt', 100, 'USD'] })),
  clause('orbis-conduct/gift-limits/2', 'Subject to Section 3.2 and Section 4, employees may offer a customer a gift worth up to USD 100, where there is a legitimate business purpose.',
    n('permission', 'strict', 'employee', 'offer', 'gift', { c: true, r: true, o: 'subject-to', contexts: ['businessPurpose'], amount: ['lteq', 100, 'USD'] })),
  clause('orbis-conduct/gift-limits/3', 'Employees must record every gift they accept in the gifts register within five business days.',
    n('obligation', 'strict', 'employee', 'record', 'gift')),
  clause('orbis-conduct/gift-limits/4', 'Employees need not record promotional items worth less than USD 20, such as pens or calendars.',
    n('permission', 'strict', 'employee', 'record', 'promotionalItem', { amount: ['lt', 20, 'USD'], omission: true })),
  none('orbis-conduct/gift-limits/5', 'Gifts from the same supplier or customer that together exceed USD 250 in a calendar year count as a single gift for the purpose of paragraph (1).', 'statement'),
  clause('orbis-conduct/gift-limits/6', 'If refusing a gift would cause offence, the employee must hand over the gift to the Ethics Office within five business days.',
    n('obligation', 'strict', 'employee', 'handOver', 'gift', { c: true, contexts: ['cannotRefuse'] })),
  clause('orbis-conduct/cash/1', 'Cash gifts must never be accepted.',
    n('prohibition', 'strict', 'employee', 'accept', 'cash')),
  none('orbis-conduct/cash/2', 'Employees must not—', 'lead-in'),
  clause('orbis-conduct/cash/2.a', 'accept cash from anyone doing business with Orbis',
    n('prohibition', 'strict', 'employee', 'accept', 'cash')),
  clause('orbis-conduct/cash/2.b', 'accept a cash equivalent, such as a gift card or voucher, whatever its value',
    n('prohibition', 'strict', 'employee', 'accept', 'cashEquivalent')),
  clause('orbis-conduct/cash/2.c', 'offer cash to a customer, a supplier or a government official',
    n('prohibition', 'strict', 'employee', 'offer', 'cash')),
  clause('orbis-conduct/cash/3', 'Report every offer of cash to the Ethics Office.',
    n('obligation', 'strict', 'employee', 'report', 'cash')),
  clause('orbis-conduct/entertainment/1', 'Employees may accept entertainment from a business partner, provided that the host attends and the entertainment is reasonable in value and frequency.',
    n('permission', 'strict', 'employee', 'accept', 'entertainment', { c: true, contexts: ['hostPresent', 'reasonableValue'] })),
  clause('orbis-conduct/entertainment/2', 'Employees should decline entertainment if the host is absent.',
    n('obligation', 'advisory', 'employee', 'decline', 'entertainment', { c: true, contexts: ['hostAbsent'] })),
  clause('orbis-conduct/entertainment/3', 'Do not accept travel or accommodation paid for by a supplier unless your manager has given prior written approval.',
    n('prohibition', 'strict', 'employee', 'accept', 'travel', { e: true, contexts: ['managerApproval'] })),
  clause('orbis-conduct/tenders/1', 'While an open tender is in progress, employees must not accept hospitality from a supplier that takes part in the tender.',
    n('prohibition', 'strict', 'employee', 'accept', 'hospitality', { c: true, contexts: ['openTender'] })),
  clause('orbis-conduct/tenders/2', 'The same applies to gifts of any value.',
    n('prohibition', 'strict', 'employee', 'accept', 'gift', { c: true, contexts: ['openTender'], origin: 'analyst' })),
  clause('orbis-conduct/tenders/3', 'Employees who evaluate bids must declare any personal relationship with a bidder to the Ethics Office before the evaluation starts.',
    n('obligation', 'strict', 'employee', 'declare', 'personalRelationship', { c: true })),
  none('orbis-conduct/officials/1', 'Dealings with government officials carry special risks under anti-bribery laws in many countries.', 'purpose'),
  none('orbis-conduct/officials/2', 'The rules in this Section are stricter than the general rules in Section 3.', 'statement'),
  clause('orbis-conduct/officials/3', 'Employees must not offer anything of value to a government official unless the Ethics Office has approved it in advance.',
    n('prohibition', 'strict', 'employee', 'offer', 'businessCourtesy', { e: true, contexts: ['ethicsApproval'] })),
  none('orbis-conduct/officials/4', 'This prohibition covers even items below the limits in Section 3.1.', 'statement'),
  clause('orbis-conduct/officials/5', 'Employees must never pay a facilitation fee to a government official.',
    n('prohibition', 'strict', 'employee', 'pay', 'facilitationPayment')),
  clause('orbis-conduct/officials/6', 'Employees must decline any request for a payment from a government official.',
    n('obligation', 'strict', 'employee', 'decline', 'paymentRequest')),
  clause('orbis-conduct/officials/7', 'Employees must report every request for a payment from a government official to the Ethics Office without delay.',
    n('obligation', 'strict', 'employee', 'report', 'paymentRequest')),
  clause('orbis-conduct/officials/8', 'Employees must record all approved hospitality for government officials in the gifts register.',
    n('obligation', 'strict', 'employee', 'record', 'hospitality')),
  none('orbis-conduct/confidential/1', 'Customers, partners and colleagues entrust Orbis with information that is valuable and often sensitive.', 'purpose'),
  none('orbis-conduct/protecting-information/1', 'All employees are expected to:', 'lead-in'),
  clause('orbis-conduct/protecting-information/2', 'protect confidential information from loss, theft and unauthorised access;',
    n('obligation', 'advisory', 'employee', 'protect', 'confidentialInformation')),
  clause('orbis-conduct/protecting-information/3', 'store confidential information only on approved Orbis systems;',
    n('obligation', 'advisory', 'employee', 'store', 'confidentialInformation')),
  clause('orbis-conduct/protecting-information/4', 'report any security incident to IT Security immediately;',
    n('obligation', 'advisory', 'employee', 'report', 'securityIncident')),
  clause('orbis-conduct/protecting-information/5', 'complete the annual conduct training.',
    n('obligation', 'advisory', 'employee', 'complete', 'training')),
  clause('orbis-conduct/disclosure/1', 'Employees must not disclose confidential information to anyone outside Orbis unless a non-disclosure agreement is in place.',
    n('prohibition', 'strict', 'employee', 'disclose', 'confidentialInformation', { e: true, contexts: ['ndaInPlace'] })),
  clause('orbis-conduct/disclosure/2', 'Employees must not share customer data with another customer.',
    n('prohibition', 'strict', 'employee', 'share', 'customerData')),
  clause('orbis-conduct/disclosure/3', 'After leaving Orbis, former employees must still protect Orbis confidential information.',
    n('obligation', 'strict', 'formerEmployee', 'protect', 'confidentialInformation', { c: true, contexts: ['afterLeaving'] })),
  clause('orbis-conduct/disclosure/4', 'Confidential information of a previous employer must not be used in Orbis work.',
    n('prohibition', 'strict', 'employee', 'use', 'confidentialInformation')),
  clause('orbis-conduct/personal-data/1', 'Employees may access personal data only if they need it for a task assigned to them.',
    n('permission', 'strict', 'employee', 'access', 'personalData', { c: true, contexts: ['needToKnow'] })),
  clause('orbis-conduct/personal-data/2', 'Employees must not disclose the personal data of colleagues or customers to unauthorised persons.',
    n('prohibition', 'strict', 'employee', 'disclose', 'personalData')),
  none('orbis-conduct/conflicts/1', 'A conflict of interest arises when a personal interest interferes, or appears to interfere, with the interests of Orbis.', 'definition'),
  clause('orbis-conduct/conflicts/2', 'Avoid influencing a business decision when you have a personal interest in its outcome.',
    n('prohibition', 'strict', 'employee', 'influence', 'businessDecision', { c: true, contexts: ['personalInterest'] })),
  clause('orbis-conduct/conflicts/3', 'Employees must declare any actual or potential conflict of interest to their manager in writing.',
    n('obligation', 'strict', 'employee', 'declare', 'conflictOfInterest')),
  clause('orbis-conduct/conflicts/4', 'Managers must record each declared conflict of interest in the conflicts register.',
    n('obligation', 'strict', 'manager', 'record', 'conflictOfInterest')),
  clause('orbis-conduct/conflicts/5', 'Employees must not hold a financial interest in a supplier, customer or competitor, except through a broadly diversified investment fund.',
    n('prohibition', 'strict', 'employee', 'hold', 'financialInterest', { e: true })),
  clause('orbis-conduct/conflicts/6', 'Employees need not declare investments in broadly diversified funds that they do not control.',
    n('permission', 'strict', 'employee', 'declare', 'financialInterest', { omission: true })),
  clause('orbis-conduct/conflicts/7', 'Employees must not directly supervise a family member.',
    n('prohibition', 'strict', 'employee', 'supervise', 'familyMember')),
  clause('orbis-conduct/conflicts/8', 'Employees may take up outside employment only if their manager has given prior written approval.',
    n('permission', 'strict', 'employee', 'takeUp', 'outsideEmployment', { c: true, contexts: ['managerApproval'] })),
  clause('orbis-conduct/conflicts/9', 'Directors must not serve on the board of a competitor.',
    n('prohibition', 'strict', 'director', 'serveOnBoard', 'competitor')),
  none('orbis-conduct/insider/1', 'In the course of their work, employees often learn about Orbis, its customers and its suppliers before the market does.', 'purpose'),
  clause('orbis-conduct/trading/1', 'Employees must not trade in the securities of any company while they possess material non-public information about that company.',
    n('prohibition', 'strict', 'employee', 'trade', 'securities', { c: true, contexts: ['possessesInsiderInformation'] })),
  clause('orbis-conduct/trading/2', 'Employees must not tip off anyone about material non-public information.',
    n('prohibition', 'strict', 'employee', 'tip', 'insiderInformation')),
  clause('orbis-conduct/trading/3', 'While they possess material non-public information about a company, employees must not recommend a trade in its securities to anyone.',
    n('prohibition', 'strict', 'employee', 'recommendTrade', 'securities', { c: true, contexts: ['possessesInsiderInformation'] })),
  clause('orbis-conduct/blackout/1', 'Designated insiders must not trade in Orbis securities while a blackout period is in effect.',
    n('prohibition', 'strict', 'designatedInsider', 'trade', 'orbisSecurities', { c: true, contexts: ['blackoutPeriod'] })),
  none('orbis-conduct/blackout/2', 'A blackout period begins on the first day of the last month of each fiscal quarter and ends one full trading day after Orbis publishes its results for that quarter.', 'definition'),
  clause('orbis-conduct/blackout/3', 'The Legal Department must announce the dates of each blackout period to designated insiders in advance.',
    n('obligation', 'strict', 'legalDepartment', 'notify', 'blackoutCalendar')),
  clause('orbis-conduct/blackout/4', 'Designated insiders must obtain pre-clearance from the Legal Department before they trade in Orbis securities.',
    n('obligation', 'strict', 'designatedInsider', 'obtain', 'preClearance', { c: true })),
  clause('orbis-conduct/share-plan/1', 'Subject to Section 7.1 and Section 7.2, employees may trade in Orbis securities through the employee share plan.',
    n('permission', 'strict', 'employee', 'trade', 'orbisSecurities', { r: true, o: 'subject-to' })),
  none('orbis-conduct/assets/1', 'Orbis provides equipment, systems, funds and working time so that employees serve customers well.', 'purpose'),
  clause('orbis-conduct/asset-use/1', 'Employees must use company assets responsibly and for legitimate business purposes.',
    n('obligation', 'strict', 'employee', 'use', 'companyAssets')),
  clause('orbis-conduct/asset-use/2', 'Occasional personal use of company devices is permitted, where it is brief and does not interfere with work.',
    n('permission', 'strict', 'employee', 'use', 'companyDevice', { c: true, contexts: ['briefPersonalUse'] })),
  clause('orbis-conduct/asset-use/3', 'Employees must not dispose of company assets unless their manager has given prior written approval.',
    n('prohibition', 'strict', 'employee', 'dispose', 'companyAssets', { e: true, contexts: ['managerApproval'] })),
  clause('orbis-conduct/asset-use/4', 'Employees must not install unapproved software on company devices.',
    n('prohibition', 'strict', 'employee', 'install', 'software')),
  clause('orbis-conduct/asset-use/5', 'Report the loss or theft of any company device to IT Security within 24 hours.',
    n('obligation', 'strict', 'employee', 'report', 'securityIncident')),
  clause('orbis-conduct/ai-tools/1', 'Employees may use public generative AI tools for their work.',
    n('permission', 'strict', 'employee', 'use', 'publicGenerativeAiTool')),
  clause('orbis-conduct/ai-tools/2', 'Employees must not enter confidential information into public generative AI tools.',
    n('prohibition', 'strict', 'employee', 'input', 'confidentialInformation')),
  none('orbis-conduct/open-source/1', 'Orbis builds on open source software and values the contributions its people make to open source communities.', 'purpose'),
  clause('orbis-conduct/oss-participation/1', 'Employees may participate in open source projects when they act in a personal capacity and use personal equipment.',
    n('permission', 'strict', 'employee', 'participate', 'openSourceProject', { c: true, contexts: ['personalCapacity', 'personalEquipment'] })),
  clause('orbis-conduct/oss-participation/2', 'Employees should declare any maintainer role in an open source project to their manager.',
    n('obligation', 'advisory', 'employee', 'declare', 'openSourceRole')),
  clause('orbis-conduct/oss-participation/3', 'Employees must review the licence terms of open source software before they use that software in an Orbis product.',
    n('obligation', 'strict', 'employee', 'review', 'openSourceLicence', { c: true, contexts: ['useInProduct'] })),
  clause('orbis-conduct/contributions/1', 'Employees must not contribute Orbis source code to an open source project unless the Open Source Program Office has approved the contribution in advance.',
    n('prohibition', 'strict', 'employee', 'contribute', 'sourceCode', { e: true, contexts: ['ospoApproval'] })),
  clause('orbis-conduct/contributions/2', 'Only the Legal Department may sign a contributor licence agreement on behalf of Orbis.',
    n('permission', 'strict', 'legalDepartment', 'sign', 'contributorAgreement', { origin: 'analyst' }),
    n('prohibition', 'strict', 'employee', 'sign', 'contributorAgreement', { origin: 'analyst' })),
  clause('orbis-conduct/press/1', 'Orbis speaks to the media with one voice.',
    n('prohibition', 'strict', 'contractor', 'speakToPress', undefined, { origin: 'turtle' })),
  clause('orbis-conduct/press/2', 'Employees must not speak to the press on behalf of Orbis.',
    n('prohibition', 'strict', 'employee', 'speakToPress', undefined)),
  clause('orbis-conduct/press/3', 'Authorised spokespersons may speak to the press on behalf of Orbis.',
    n('permission', 'strict', 'spokesperson', 'speakToPress', undefined)),
  clause('orbis-conduct/press/4', 'Refer every press enquiry to Communications.',
    n('obligation', 'strict', 'employee', 'refer', 'pressEnquiry')),
  clause('orbis-conduct/press/5', 'When they post about Orbis on personal social media, employees must state their affiliation with Orbis.',
    n('obligation', 'strict', 'employee', 'identify', undefined, { c: true, contexts: ['postingOnSocialMedia'] })),
  clause('orbis-conduct/press/6', 'Do not comment on market rumours about Orbis.',
    n('prohibition', 'strict', 'employee', 'comment', 'marketRumour')),
  none('orbis-conduct/reporting/1', 'Speaking up protects colleagues, customers and Orbis itself.', 'purpose'),
  clause('orbis-conduct/duty-to-report/1', 'Employees must report any suspected violation of these Guidelines or of the law to their manager or to the Ethics Office.',
    n('obligation', 'strict', 'employee', 'report', 'suspectedViolation')),
  clause('orbis-conduct/duty-to-report/2', 'Employees may report a concern anonymously through the Orbis Speak Up line, where local law allows it.',
    n('permission', 'strict', 'employee', 'report', 'concernReport', { c: true, contexts: ['lawAllows'] })),
  clause('orbis-conduct/duty-to-report/3', 'Employees must cooperate with internal investigations.',
    n('obligation', 'strict', 'employee', 'cooperate', 'investigation')),
  clause('orbis-conduct/duty-to-report/4', 'Do not destroy any document that is relevant to an internal investigation before the Legal Department releases it.',
    n('prohibition', 'strict', 'employee', 'destroy', 'businessRecord', { c: true, contexts: ['legalRelease'] })),
  none('orbis-conduct/duty-to-report/5', 'Managers must also:', 'lead-in'),
  clause('orbis-conduct/duty-to-report/6', 'escalate every concern they receive to the Ethics Office within two business days;',
    n('obligation', 'strict', 'manager', 'escalate', 'concernReport')),
  clause('orbis-conduct/duty-to-report/7', 'protect the identity of the person raising the concern;',
    n('obligation', 'strict', 'manager', 'protect', 'reporterIdentity')),
  clause('orbis-conduct/duty-to-report/8', 'refrain from investigating a concern on their own.',
    n('prohibition', 'strict', 'manager', 'investigate', 'concernReport')),
  clause('orbis-conduct/duty-to-report/9', 'The Ethics Office must acknowledge each concern within five business days.',
    n('obligation', 'strict', 'ethicsOffice', 'acknowledge', 'concernReport')),
  clause('orbis-conduct/duty-to-report/10', 'The Ethics Office must investigate every reported concern promptly and impartially.',
    n('obligation', 'strict', 'ethicsOffice', 'investigate', 'concernReport')),
  clause('orbis-conduct/external-reporting/1', 'Nothing in these Guidelines prevents employees from reporting a suspected violation of the law to a public authority.',
    n('permission', 'strict', 'employee', 'report', 'suspectedViolation', { origin: 'analyst' })),
  clause('orbis-conduct/external-reporting/2', 'Notwithstanding Section 5.2, employees may disclose confidential information to a public authority when they report a suspected violation of the law.',
    n('permission', 'strict', 'employee', 'disclose', 'confidentialInformation', { c: true, r: true, o: 'notwithstanding', contexts: ['reportingViolation'] })),
  clause('orbis-conduct/external-reporting/3', 'Employees need not inform their manager before they contact a public authority.',
    n('permission', 'strict', 'employee', 'notify', 'manager', { c: true, omission: true })),
  clause('orbis-conduct/report-confidentiality/1', 'Managers must share the identity of a person raising a concern with the Ethics Office.',
    n('obligation', 'strict', 'manager', 'share', 'reporterIdentity')),
  clause('orbis-conduct/report-confidentiality/2', 'Employees must not share the identity of a person raising a concern if that person has asked to remain anonymous.',
    n('prohibition', 'strict', 'employee', 'share', 'reporterIdentity', { c: true, contexts: ['anonymityRequested'] })),
  none('orbis-conduct/non-retaliation/1', 'Confidence that speaking up carries no penalty is what keeps the reporting process working.', 'purpose'),
  clause('orbis-conduct/non-retaliation/2', 'No employee may retaliate against a whistleblower who acted in good faith.',
    n('prohibition', 'strict', 'employee', 'retaliate', 'reportingPerson')),
  clause('orbis-conduct/non-retaliation/3', 'Managers must not penalise an employee for reporting a concern.',
    n('prohibition', 'strict', 'manager', 'retaliate', 'employee')),
  clause('orbis-conduct/non-retaliation/4', 'Employees who believe they have suffered retaliation should contact the Ethics Office.',
    n('obligation', 'advisory', 'employee', 'contact', 'ethicsOffice')),
  none('orbis-conduct/non-retaliation/5', 'Retaliation is a serious breach of these Guidelines and leads to disciplinary action, up to and including dismissal.', 'statement'),
  none('orbis-conduct/guidance/1', 'No set of rules foresees every situation.', 'purpose'),
  none('orbis-conduct/guidance/2', 'The Ethics Office reviews these Guidelines every year and publishes changes as policy updates.', 'statement'),
  clause('orbis-conduct/guidance/3', 'Employees should consult the Ethics Office when they are unsure about the right course of action.',
    n('obligation', 'advisory', 'employee', 'consult', 'ethicsOffice', { c: true })),
  clause('orbis-conduct/guidance/4', 'The Ethics Office must answer questions about these Guidelines within five business days.',
    n('obligation', 'strict', 'ethicsOffice', 'answer', 'conductQuestion')),
  clause('orbis-conduct/guidance/5', 'Managers must make sure that new members of their team complete the annual conduct training within 30 days of joining.',
    n('obligation', 'strict', 'manager', 'ensure', 'training')),

  // orbis-emea-addendum: EMEA Regional Addendum (regional-guideline, 2026-03-01, default bearer employee)
  none('orbis-emea-addendum/scope/1', 'This addendum adapts the Global Business Conduct Guidelines to the laws and business customs of Europe, the Middle East and Africa.', 'purpose'),
  none('orbis-emea-addendum/scope/2', 'It applies to employees based in the EMEA region and to employees of other regions when they do business there.', 'scope'),
  none('orbis-emea-addendum/scope/3', 'Where this addendum is silent, the Global Business Conduct Guidelines apply unchanged.', 'scope'),
  none('orbis-emea-addendum/scope/4', 'Section numbers in this addendum refer to this addendum unless another document is named.', 'statement'),
  none('orbis-emea-addendum/public-sector-gifts/1', 'Public procurement rules in many EMEA countries treat even small gifts to public-sector staff as a threat to the integrity of the award process.', 'purpose'),
  clause('orbis-emea-addendum/public-sector-gifts/2', 'Where the recipient works for a public-sector customer, employees must not offer a gift worth more than EUR 50.',
    n('prohibition', 'strict', 'employee', 'offer', 'gift', { c: true, contexts: ['publicSectorCustomer'], amount: ['gt', 50, 'EUR'] })),
  clause('orbis-emea-addendum/public-sector-gifts/3', 'Employees must record every gift offered to a public-sector customer in the regional gifts register.',
    n('obligation', 'strict', 'employee', 'record', 'gift')),
  clause('orbis-emea-addendum/public-sector-gifts/4', 'The regional Ethics Office must review the regional gifts register every quarter.',
    n('obligation', 'strict', 'ethicsOffice', 'review', 'giftsRegister')),
  none('orbis-emea-addendum/industry-events/1', 'Trade fairs and industry conferences are an established part of business life in the region, and modest hospitality is customary at them.', 'purpose'),
  clause('orbis-emea-addendum/industry-events/2', 'Employees may accept modest hospitality, such as refreshments or a meal, when it is offered at an industry event.',
    n('permission', 'strict', 'employee', 'accept', 'hospitality', { c: true, contexts: ['industryEvent'] })),
  clause('orbis-emea-addendum/industry-events/3', 'Employees must record hospitality worth more than EUR 100 in the regional gifts register if they accepted it at an industry event.',
    n('obligation', 'strict', 'employee', 'record', 'hospitality', { c: true, contexts: ['industryEvent'], amount: ['gt', 100, 'EUR'] })),
  none('orbis-emea-addendum/data-protection/1', 'The General Data Protection Regulation and national data protection laws apply to most personal data that Orbis processes in the region.', 'scope'),
  clause('orbis-emea-addendum/data-protection/2', 'Employees must report a personal data breach to the Data Protection Officer within 24 hours of becoming aware of it.',
    n('obligation', 'strict', 'employee', 'report', 'personalDataBreach')),
  clause('orbis-emea-addendum/data-protection/3', 'Employees must not transfer personal data to a country outside the European Economic Area unless the Legal Department has approved the transfer.',
    n('prohibition', 'strict', 'employee', 'transfer', 'personalData', { e: true, contexts: ['legalApproval'] })),
  clause('orbis-emea-addendum/data-protection/4', 'Managers must consult the works council before they introduce a tool that monitors employee performance, where local law requires it.',
    n('obligation', 'strict', 'manager', 'consult', 'worksCouncil', { c: true, contexts: ['lawRequires'] })),
  clause('orbis-emea-addendum/speak-up/1', 'The regional Ethics Office must acknowledge each concern from the region within seven days.',
    n('obligation', 'strict', 'ethicsOffice', 'acknowledge', 'concernReport')),
  clause('orbis-emea-addendum/speak-up/2', 'The regional Ethics Office must send feedback on the follow-up to the person raising a concern within three months.',
    n('obligation', 'strict', 'ethicsOffice', 'share', 'followUpFeedback')),
  clause('orbis-emea-addendum/speak-up/3', 'Employees may report a concern to the competent national authority instead of the Ethics Office.',
    n('permission', 'strict', 'employee', 'report', 'concernReport')),

  // orbis-policy-update-2026: Policy Update 2026 (company-policy, 2026-09-01, default bearer employee)
  none('orbis-policy-update-2026/purpose/1', 'This update reflects what Orbis has learned since the Global Business Conduct Guidelines took effect.', 'purpose'),
  none('orbis-policy-update-2026/purpose/2', 'It changes the approval process for open source contributions and sets new rules for generative AI tools.', 'purpose'),
  none('orbis-policy-update-2026/purpose/3', 'The rest of the Global Business Conduct Guidelines remains in force.', 'scope'),
  none('orbis-policy-update-2026/purpose/4', 'The rules for Orbis Assist itself are set out in the Orbis Assist Conduct Policy.', 'scope'),
  none('orbis-policy-update-2026/open-source/1', 'Waiting for approval of every small fix slowed down work that benefits both Orbis and the projects it relies on.', 'purpose'),
  clause('orbis-policy-update-2026/open-source/2', 'Notwithstanding Section 9.2 of the Global Business Conduct Guidelines, employees may contribute bug fixes to an open source project if the project is on the approved project list.',
    n('permission', 'strict', 'employee', 'contribute', 'bugFix', { c: true, r: true, o: 'notwithstanding', contexts: ['approvedProject'] })),
  clause('orbis-policy-update-2026/open-source/3', 'Employees must not contribute new features or entire components unless the Open Source Program Office has approved the contribution in advance.',
    n('prohibition', 'strict', 'employee', 'contribute', 'newFeature', { e: true, contexts: ['ospoApproval'] })),
  clause('orbis-policy-update-2026/open-source/4', 'The Open Source Program Office must review the approved project list every six months.',
    n('obligation', 'strict', 'ospo', 'review', 'approvedProjectList')),
  clause('orbis-policy-update-2026/open-source/5', 'Employees must remove any credentials from a bug fix before they contribute it.',
    n('obligation', 'strict', 'employee', 'remove', 'credentials', { c: true })),
  none('orbis-policy-update-2026/generative-ai/1', 'Generative AI tools speed up many tasks, but public services often keep and reuse what users enter.', 'purpose'),
  clause('orbis-policy-update-2026/generative-ai/2', 'Employees must not use public generative AI tools for their work.',
    n('prohibition', 'strict', 'employee', 'use', 'publicGenerativeAiTool')),
  clause('orbis-policy-update-2026/generative-ai/3', 'Employees may use approved AI tools, such as Orbis Assist, for their work.',
    n('permission', 'strict', 'employee', 'use', 'approvedAiTool')),
  clause('orbis-policy-update-2026/generative-ai/4', 'Employees must not enter confidential information into a generative AI tool other than an approved AI tool.',
    n('prohibition', 'strict', 'employee', 'input', 'confidentialInformation', { e: true })),
  clause('orbis-policy-update-2026/generative-ai/5', 'Employees must not enter the personal data of customers into any generative AI tool unless the Data Protection Officer has approved the use case.',
    n('prohibition', 'strict', 'employee', 'input', 'personalData', { e: true, contexts: ['dpoApproval'] })),
  clause('orbis-policy-update-2026/generative-ai/6', 'Employees must review AI-generated content for accuracy before they share it with a customer.',
    n('obligation', 'strict', 'employee', 'review', 'aiOutput', { c: true, contexts: ['sharedWithCustomer'] })),
  clause('orbis-policy-update-2026/generative-ai/7', 'Managers should make sure that their teams complete the generative AI training.',
    n('obligation', 'advisory', 'manager', 'ensure', 'training')),
  none('orbis-policy-update-2026/transition/1', 'Contributions that the Open Source Program Office approved before 1 September 2026 remain approved.', 'statement'),
  clause('orbis-policy-update-2026/transition/2', 'Employees must delete any Orbis confidential information that they have stored in a public generative AI tool.',
    n('obligation', 'strict', 'employee', 'destroy', 'confidentialInformation')),

  // orbis-assist-policy: Orbis Assist Conduct Policy (company-policy, 2026-01-01, default bearer assistant)
  none('orbis-assist-policy/purpose/1', 'Orbis Assist is the internal AI assistant that helps employees find their way through the Global Business Conduct Guidelines and their regional addenda.', 'purpose'),
  none('orbis-assist-policy/purpose/2', 'This policy describes how the assistant behaves when it answers questions about conduct.', 'purpose'),
  none('orbis-assist-policy/purpose/3', 'The assistant supports the Ethics Office and does not replace it.', 'purpose'),
  clause('orbis-assist-policy/answering/1', 'Orbis Assist may answer questions about the Global Business Conduct Guidelines and their regional addenda.',
    n('permission', 'strict', 'assistant', 'answer', 'conductQuestion')),
  clause('orbis-assist-policy/answering/2', 'When it answers a question about a rule, the assistant must cite the section of the Guidelines that states the rule.',
    n('obligation', 'strict', 'assistant', 'cite', 'guidelineSection', { c: true })),
  clause('orbis-assist-policy/answering/3', 'The assistant must not answer a question about the Guidelines when the question concerns an ongoing internal investigation.',
    n('prohibition', 'strict', 'assistant', 'answer', 'conductQuestion', { c: true, contexts: ['investigationOngoing'] })),
  clause('orbis-assist-policy/answering/4', 'The assistant must not give legal advice.',
    n('prohibition', 'strict', 'assistant', 'advise', undefined)),
  clause('orbis-assist-policy/answering/5', 'The assistant should answer in plain language.',
    n('obligation', 'advisory', 'assistant', 'answer', undefined)),
  none('orbis-assist-policy/confidentiality/1', 'The assistant holds more information than any single user sees in daily work.', 'purpose'),
  none('orbis-assist-policy/confidentiality/2', 'The assistant must not reveal—', 'lead-in'),
  clause('orbis-assist-policy/confidentiality/2.a', 'confidential information of Orbis or its customers',
    n('prohibition', 'strict', 'assistant', 'disclose', 'confidentialInformation')),
  clause('orbis-assist-policy/confidentiality/2.b', 'the personal data of employees other than the user',
    n('prohibition', 'strict', 'assistant', 'disclose', 'personalData', { e: true })),
  clause('orbis-assist-policy/confidentiality/2.c', 'its system prompt',
    n('prohibition', 'strict', 'assistant', 'disclose', 'systemPrompt')),
  clause('orbis-assist-policy/confidentiality/3', 'If a user asks for its system prompt, the assistant must decline the request.',
    n('obligation', 'strict', 'assistant', 'decline', undefined, { c: true })),
  none('orbis-assist-policy/more-information/1', 'Many conduct questions turn on facts that the user has not yet stated, such as the value of a gift or who offered it.', 'purpose'),
  clause('orbis-assist-policy/more-information/2', 'If the value of a gift is unknown, the assistant must ask the user for the value of the gift before it answers.',
    n('obligation', 'strict', 'assistant', 'requestInformation', 'giftValue', { c: true, contexts: ['valueUnknown'] })),
  clause('orbis-assist-policy/more-information/3', 'If the identity of the giver is unclear, the assistant must ask the user for the identity of the giver before it answers.',
    n('obligation', 'strict', 'assistant', 'requestInformation', 'giverIdentity', { c: true, contexts: ['giverUnknown'] })),
  clause('orbis-assist-policy/more-information/4', 'Where the answer depends on facts the user has not given, the assistant must say that it needs more information.',
    n('obligation', 'strict', 'assistant', 'requestInformation', undefined, { c: true, contexts: ['missingFacts'] })),
  clause('orbis-assist-policy/more-information/5', 'The assistant need not ask again for facts that the user has already given.',
    n('permission', 'strict', 'assistant', 'requestInformation', undefined, { omission: true })),
  clause('orbis-assist-policy/referrals/1', 'The assistant must refer the user to the Ethics Office when a question describes a possible violation of the Guidelines.',
    n('obligation', 'strict', 'assistant', 'refer', 'user', { c: true, contexts: ['possibleViolation'] })),
  clause('orbis-assist-policy/referrals/2', 'The assistant must not approve a gift on behalf of the Ethics Office.',
    n('prohibition', 'strict', 'assistant', 'approve', 'gift')),
  clause('orbis-assist-policy/referrals/3', 'The assistant must never discourage the reporting of a concern.',
    n('prohibition', 'strict', 'assistant', 'discourage', 'concernReport')),
  clause('orbis-assist-policy/referrals/4', 'When a user asks how to report a concern, the assistant must share the contact details of the Ethics Office and the Orbis Speak Up line.',
    n('obligation', 'strict', 'assistant', 'share', 'reportingChannel', { c: true })),
  none('orbis-assist-policy/records/1', 'Conversations with the assistant often touch on personal matters.', 'purpose'),
  clause('orbis-assist-policy/records/2', 'The assistant must not store the content of a conversation after the conversation ends, unless the user reports a concern in it.',
    n('prohibition', 'strict', 'assistant', 'store', 'conversation', { c: true, e: true })),
  clause('orbis-assist-policy/records/3', "The Ethics Office must review a sample of the assistant's answers every month.",
    n('obligation', 'strict', 'ethicsOffice', 'review', 'assistantAnswer')),
];

const isNoNorm = (r: Row): r is NoNormClause => 'why' in r;

/** Every clause that yields at least one norm, in document order. */
export const EXPECTED_CLAUSES: readonly ExpectedClause[] = ROWS.filter((r): r is ExpectedClause => !isNoNorm(r));

/** Every clause that must yield no norm (purposes, scope statements, definitions, list and enumeration lead-ins). */
export const NO_NORM_CLAUSES: readonly NoNormClause[] = ROWS.filter(isNoNorm);

/** All clause ids of the four documents, in document order. */
export const ALL_CLAUSE_IDS: readonly string[] = ROWS.map((r) => r.id);

/** The expected norms of a clause, by clause id (empty for clauses that yield none). */
export function expectedNorms(clauseId: string): ExpectedNorm[] {
  const row = ROWS.find((r) => r.id === clauseId);
  return row && !isNoNorm(row) ? row.norms : [];
}
