/**
 * The association workspace's services: what pages, the HTTP API and the command line call. Each takes
 * the workspace (`await workspace()`) and, for what a signed-in person does, the `Actor`
 * (`event.locals.actor`). See docs/workspace.md, "For page authors".
 */
export { workspace, openWorkspace, type Workspace, type WorkspaceOptions } from './context';
export * from './types';
export {
  signIn,
  signOut,
  signOutEverywhere,
  actorFromSession,
  newTotpSecret,
  enableTotp,
  disableTotp,
  SESSION_COOKIE,
  SESSION_HOURS,
  MAX_FAILURES,
  FAILURE_WINDOW_MINUTES,
  SignInSchema,
  type SignIn,
} from './auth';
export { setSessionCookie, clearSessionCookie, sessionToken } from './cookie';
export {
  createUser,
  getOrganisation,
  listMembers,
  addMember,
  removeMember,
  setRetention,
  NewMemberSchema,
  type NewMember,
} from './accounts';
export { MIN_PASSWORD_LENGTH } from './passwords';
export { createCase, getCase, updateCase, eraseCase, listCases } from './cases';
export {
  caseFromAnswers,
  caseFromSavedFile,
  NewCaseSchema,
  CasePatchSchema,
  type NewCase,
  type CasePatch,
} from './case-input';
export { caseFile, upcomingDeadlines, type CaseFile } from './case-file';
export { deadlinesBoard } from './board';
export {
  createCalendarToken,
  revokeCalendarToken,
  hasCalendarToken,
  calendarFeed,
  caseReference,
} from './calendar';
export { caseAudit, organisationAudit, AUDIT_ACTIONS, type AuditAction } from './audit';
export { exportCase, type CaseExport } from './export';
export { purgeExpiredCases } from './retention';
