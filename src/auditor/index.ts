/** The audit stage: runs a compiled audit suite against models, grades, summarises, reports, feeds back. */
export { runAudit, RESULTS_DIR } from './runner.js';
export type { AuditOptions, AuditProgress, AuditResult } from './runner.js';
export { loadSuite, loadRules, SUITE_PATH } from './suite.js';
export type { LoadedSuite, RuleInfo } from './suite.js';
export { isRefusal } from './refusal.js';
export { verdictOf } from '../backends/auditor/verdict.js';
export { gradeByChecks, runCheck, judgeMessages, parseJudge, withJudge } from './grade.js';
export type { Grade, CheckResult, JudgeVerdict } from './grade.js';
export { readResults, appendResult, runId, resultKey } from './results.js';
export type { CaseResult, Role, RunIdentity } from './results.js';
export { summarise, summariseRole, outcomeOf, rate, OUTCOMES } from './summary.js';
export type { Summary, RoleSummary, Outcome, Tally } from './summary.js';
export { renderReport } from './report.js';
export type { ReportInput } from './report.js';
export { feedbackRecords, mergeFeedback, readFeedback, readFeedbackFile, feedbackSchema, FEEDBACK_PATH } from './feedback.js';
export type { FeedbackRecord } from './feedback.js';
