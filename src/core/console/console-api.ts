import * as z from 'zod/mini';
import { BilingualSchema } from '../checklist/catalogue-schema.ts';
import {
  AgencySchema,
  AnswerSchema,
  LinkedPersonSchema,
  OutcomeSchema,
  ScreeningSchema,
} from '../screening/screening-schema.ts';

/** Prefix of every console route; the session cookie is scoped to it. */
export const CONSOLE_PREFIX = '/api/console';
/** Header every mutating console request carries, bound to the session. */
export const CSRF_HEADER = 'X-CSRF-Token';
/** Name of the HttpOnly session cookie. */
export const SESSION_COOKIE = 'saring_console';

/** Staff roles. A supervisor belongs to one agency; case workers belong to theirs by role. */
export const STAFF_ROLES = ['admin', 'bp3mi_worker', 'imigrasi_worker', 'supervisor'] as const;
export const StaffRoleSchema = z.enum(STAFF_ROLES);
export type StaffRole = z.infer<typeof StaffRoleSchema>;
/** Roles that read and work cases. */
export const CASE_ROLES: readonly StaffRole[] = ['bp3mi_worker', 'imigrasi_worker', 'supervisor'];
export const ALL_ROLES: readonly StaffRole[] = STAFF_ROLES;
export const ADMIN_ONLY: readonly StaffRole[] = ['admin'];
/**
 * Roles that add, edit, end and import watchlist entries by hand: Imigrasi keeps the list; BP3MI asks for entries
 * through cekal proposals.
 */
export const WATCHLIST_EDITORS: readonly StaffRole[] = ['imigrasi_worker', 'supervisor'];

/** States of a case on the server. */
export const CASE_STATES = ['new', 'in_review', 'follow_up', 'closed'] as const;
export const CaseStateNameSchema = z.enum(CASE_STATES);
export type CaseStateName = z.infer<typeof CaseStateNameSchema>;

/** Where a case in follow-up is referred. */
export const REFERRALS = ['bp3mi_home_office', 'shelter', 'police', 'imigrasi_intel'] as const;
export const ReferralSchema = z.enum(REFERRALS);
export type Referral = z.infer<typeof ReferralSchema>;

/** Closing findings (i18n `console.finding.<code>`). */
export const FINDINGS = [
  'pmi_np_prevented',
  'trafficking_referred',
  'procedural_worker',
  'no_concern',
  'unreachable',
] as const;
export const FindingSchema = z.enum(FINDINGS);
export type Finding = z.infer<typeof FindingSchema>;

/** Workflow actions on a case. */
export const CASE_ACTIONS = ['take', 'release', 'follow_up', 'close', 'reopen'] as const;
export const CaseActionNameSchema = z.enum(CASE_ACTIONS);
export type CaseActionName = z.infer<typeof CaseActionNameSchema>;

/** Error codes of the console API (also i18n keys). */
export const CONSOLE_ERRORS = [
  'console.error.unauthenticated',
  'console.error.sessionExpired',
  'console.error.forbidden',
  'console.error.csrf',
  'console.error.badCredentials',
  'console.error.locked',
  'console.error.invalid',
  'console.error.badJson',
  'console.error.notFound',
  'console.error.staleVersion',
  'console.error.ownedByOther',
  'console.error.notOwner',
  'console.error.badTransition',
  'console.error.usernameTaken',
  'console.error.weakPassword',
  'console.error.rateLimited',
  'console.error.server',
  'console.error.twoPersonRule',
  'console.error.wrongAgency',
  'console.error.expiryInPast',
  'console.error.expiryTooLong',
  'console.error.alreadyDecided',
  'console.error.proposalExists',
  'console.error.csvInvalid',
  'console.error.passwordChangeRequired',
  'console.error.currentPasswordWrong',
  'console.error.passwordReused',
  'console.error.notOnSelf',
  'console.error.periodOrder',
  'console.error.periodTooLong',
] as const;
export type ConsoleErrorCode = (typeof CONSOLE_ERRORS)[number];
/** Every non-2xx body: `{error, detail?}`; `owner` names who holds a case on `ownedByOther`. */
export const ConsoleErrorSchema = z.object({
  error: z.enum(CONSOLE_ERRORS),
  detail: z.optional(z.string()),
  owner: z.optional(z.object({ id: z.string(), name: z.string() })),
  retryAfterSeconds: z.optional(z.number()),
});
export type ConsoleError = z.infer<typeof ConsoleErrorSchema>;

const text = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));
const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
/** Passwords: at least 12 characters (length, not composition, is what resists guessing). */
export const PASSWORD_MIN = 12;
export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{2,39}$/;

// ---- Staff and sessions -------------------------------------------------------------------------------------

export const StaffUserSchema = z.object({
  id: z.string(),
  username: z.string(),
  name: z.string(),
  role: StaffRoleSchema,
  agency: z.nullable(AgencySchema),
});
export type StaffUser = z.infer<typeof StaffUserSchema>;

/** POST /session */
export const SignInRequestSchema = z.object({ username: text(80), password: text(200) });
export type SignInRequest = z.infer<typeof SignInRequestSchema>;
/** POST and GET /session */
export const SessionResponseSchema = z.object({
  user: StaffUserSchema,
  csrfToken: z.string(),
  /** Minutes of inactivity after which the session ends. */
  idleMinutes: z.number(),
  /** The password was set by an administrator: nothing but changing it is allowed until it is changed. */
  mustChangePassword: z.boolean(),
});
export type SessionResponse = z.infer<typeof SessionResponseSchema>;

/** GET /users: the staff list (admin and supervisors). */
export const StaffListItemSchema = z.object({
  ...StaffUserSchema.shape,
  active: z.boolean(),
  createdAt: z.string(),
  lastSignInAt: z.nullable(z.string()),
  locked: z.boolean(),
  mustChangePassword: z.boolean(),
});
export type StaffListItem = z.infer<typeof StaffListItemSchema>;
export const StaffListResponseSchema = z.object({ items: z.array(StaffListItemSchema) });
export type StaffListResponse = z.infer<typeof StaffListResponseSchema>;
/** POST /users (admin). Agency is required for a supervisor, implied for workers, null for an admin. */
export const CreateUserRequestSchema = z.object({
  username: z.string().check(z.regex(USERNAME_PATTERN)),
  name: text(120),
  role: StaffRoleSchema,
  agency: z.optional(z.nullable(AgencySchema)),
  password: z.string().check(z.minLength(PASSWORD_MIN), z.maxLength(200)),
});
export type CreateUserRequest = z.infer<typeof CreateUserRequestSchema>;
const NewPasswordSchema = z.string().check(z.minLength(PASSWORD_MIN), z.maxLength(200));
/** POST /session/password: the signed-in user changes their own password. */
export const ChangePasswordRequestSchema = z.object({ current: text(200), next: NewPasswordSchema });
export type ChangePasswordRequest = z.infer<typeof ChangePasswordRequestSchema>;
/** POST /users/:id/password (admin): a new initial password, to be changed at the next sign-in. */
export const ResetPasswordRequestSchema = z.object({ password: NewPasswordSchema });
export type ResetPasswordRequest = z.infer<typeof ResetPasswordRequestSchema>;
/** POST /users/:id/active (admin): deactivating ends the account's sessions; it can be activated again. */
export const SetActiveRequestSchema = z.object({ active: z.boolean() });
export type SetActiveRequest = z.infer<typeof SetActiveRequestSchema>;

// ---- Cases ---------------------------------------------------------------------------------------------------

const PersonRefSchema = z.object({ id: z.string(), name: z.string() });
export type PersonRef = z.infer<typeof PersonRefSchema>;

/** One row of the inbox. */
export const CaseSummarySchema = z.object({
  id: z.string(),
  /** Newest stored revision of the screening. */
  revision: z.number(),
  state: CaseStateNameSchema,
  /** Increases with every workflow step; actions must send the one they saw. */
  version: z.number(),
  owner: z.nullable(PersonRefSchema),
  /** When the screening was made on the tablet. */
  screenedAt: z.string(),
  /** When the case was opened on the server (first flagged revision received). */
  openedAt: z.string(),
  updatedAt: z.string(),
  airport: z.string(),
  checkpoint: z.string(),
  agency: AgencySchema,
  deviceId: z.string(),
  outcome: z.nullable(OutcomeSchema),
  score: z.number(),
  passengerName: z.string(),
  passportNumber: z.string(),
  nationality: z.string(),
  destination: z.nullable(z.string()),
  homeDistrictCode: z.nullable(z.string()),
  referredTo: z.nullable(ReferralSchema),
  dueDate: z.nullable(isoDate),
});
export type CaseSummary = z.infer<typeof CaseSummarySchema>;

/** GET /cases query; all optional. `owner` is a user id, `me` or `none`. `q` matches name or passport number. */
export const CaseQuerySchema = z.object({
  from: z.optional(isoDate),
  to: z.optional(isoDate),
  airport: z.optional(text(16)),
  checkpoint: z.optional(text(80)),
  outcome: z.optional(OutcomeSchema),
  state: z.optional(CaseStateNameSchema),
  owner: z.optional(text(80)),
  destination: z.optional(text(8)),
  district: z.optional(text(16)),
  indicator: z.optional(text(64)),
  q: z.optional(text(100)),
  cursor: z.optional(text(200)),
  limit: z.optional(z.coerce.number().check(z.int(), z.gte(1), z.lte(200))),
});
export type CaseQuery = z.infer<typeof CaseQuerySchema>;
export const CASE_PAGE_DEFAULT = 50;
/** GET /cases: newest screening first; `nextCursor` null on the last page. */
export const CaseListResponseSchema = z.object({
  items: z.array(CaseSummarySchema),
  nextCursor: z.nullable(z.string()),
});
export type CaseListResponse = z.infer<typeof CaseListResponseSchema>;

/** One answer shown with the question it answered, from the catalogue version the screening used. */
export const CaseAnswerSchema = z.object({
  indicatorId: z.string(),
  answer: AnswerSchema,
  /** Null when that catalogue version is not held by the receiver. */
  question: z.nullable(BilingualSchema),
  weight: z.nullable(z.number()),
  redFlag: z.boolean(),
  /** i18n key of why it was pre-answered from scanned data, when it was. */
  prefilledReason: z.nullable(z.string()),
});
export type CaseAnswer = z.infer<typeof CaseAnswerSchema>;

/** A reason behind the score: an i18n key of `checklist.reason` with its parameters. */
export const CaseReasonSchema = z.object({
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  indicatorIds: z.array(z.string()),
});

/** One field that differs from the previous revision (dotted path, JSON values). */
export const FieldChangeSchema = z.object({
  field: z.string(),
  before: z.unknown(),
  after: z.unknown(),
});
export type FieldChange = z.infer<typeof FieldChangeSchema>;
export const CaseRevisionSchema = z.object({
  revision: z.number(),
  receivedAt: z.string(),
  updatedAt: z.string(),
  officerId: z.string(),
  outcome: z.nullable(OutcomeSchema),
  /** Empty for the first revision. */
  changes: z.array(FieldChangeSchema),
});
export type CaseRevision = z.infer<typeof CaseRevisionSchema>;

/** An audit event the tablet recorded about this screening. */
export const DeviceAuditEventSchema = z.object({
  seq: z.number(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  detail: z.nullable(z.record(z.string(), z.string())),
});
export type DeviceAuditEvent = z.infer<typeof DeviceAuditEventSchema>;

/** One workflow step in a case's history. */
export const CaseHistoryEntrySchema = z.object({
  at: z.string(),
  actor: z.nullable(PersonRefSchema),
  /**
   * `opened` (first flagged revision arrived), `revision` (a later one arrived), a workflow action, or a conflict
   * resolved on this record (`conflict_kept`, `conflict_accepted`).
   */
  action: z.union([
    CaseActionNameSchema,
    z.enum(['opened', 'revision', 'conflict_kept', 'conflict_accepted']),
  ]),
  fromState: z.nullable(CaseStateNameSchema),
  toState: CaseStateNameSchema,
  forced: z.boolean(),
  previousOwner: z.nullable(PersonRefSchema),
  referredTo: z.nullable(ReferralSchema),
  dueDate: z.nullable(isoDate),
  finding: z.nullable(FindingSchema),
  reason: z.nullable(z.string()),
});
export type CaseHistoryEntry = z.infer<typeof CaseHistoryEntrySchema>;

/** GET /cases/:id */
export const CaseDetailSchema = z.object({
  case: z.object({
    ...CaseSummarySchema.shape,
    finding: z.nullable(FindingSchema),
    reason: z.nullable(z.string()),
  }),
  /** The newest revision as the tablet sent it (passenger, flight, journey, outcome, note). */
  screening: ScreeningSchema,
  answers: z.array(CaseAnswerSchema),
  reasons: z.array(CaseReasonSchema),
  linkedPersons: z.array(LinkedPersonSchema),
  revisions: z.array(CaseRevisionSchema),
  deviceAudit: z.array(DeviceAuditEventSchema),
  history: z.array(CaseHistoryEntrySchema),
});
export type CaseDetail = z.infer<typeof CaseDetailSchema>;

/**
 * POST /cases/:id/actions. take: new|in_review → in_review (force when someone else owns it);
 * release: in_review → new (owner only); follow_up: in_review → follow_up (referredTo, dueDate; owner only);
 * close: in_review|follow_up → closed (finding, reason; owner only); reopen: closed → in_review (reason; the
 * reopener becomes the owner).
 */
export const CaseActionRequestSchema = z.object({
  action: CaseActionNameSchema,
  version: z.number().check(z.int(), z.gte(1)),
  force: z.optional(z.boolean()),
  referredTo: z.optional(ReferralSchema),
  dueDate: z.optional(isoDate),
  finding: z.optional(FindingSchema),
  reason: z.optional(z.string().check(z.maxLength(2000))),
});
export type CaseActionRequest = z.infer<typeof CaseActionRequestSchema>;

// ---- Tablets -------------------------------------------------------------------------------------------------

export const DeviceRowSchema = z.object({
  id: z.string(),
  airport: z.string(),
  checkpoint: z.string(),
  enrolledAt: z.string(),
  revoked: z.boolean(),
  lastSeenAt: z.nullable(z.string()),
  appVersion: z.nullable(z.string()),
  pending: z.nullable(z.number()),
  rejected: z.nullable(z.number()),
});
export type DeviceRow = z.infer<typeof DeviceRowSchema>;
export const DeviceListResponseSchema = z.object({ items: z.array(DeviceRowSchema) });
export type DeviceListResponse = z.infer<typeof DeviceListResponseSchema>;
/** POST /devices/codes */
export const EnrolCodeResponseSchema = z.object({ code: z.string(), expiresAt: z.string() });
export type EnrolCodeResponse = z.infer<typeof EnrolCodeResponseSchema>;
/** POST /devices/:id/revoke */
export const RevokeResponseSchema = z.object({ id: z.string(), revoked: z.literal(true) });

// ---- Server audit log ----------------------------------------------------------------------------------------

export const CONSOLE_AUDIT_ACTIONS = [
  'session.signIn',
  'session.signInFailed',
  'session.signOut',
  'case.open',
  'case.search',
  'case.action',
  'case.export',
  'user.create',
  'user.activate',
  'user.deactivate',
  'user.passwordReset',
  'user.passwordChange',
  'device.code',
  'device.revoke',
  'retention.purge',
  'cekal.propose',
  'cekal.approve',
  'cekal.refuse',
  'watchlist.add',
  'watchlist.edit',
  'watchlist.end',
  'watchlist.import',
  'watchlist.expire',
  'conflict.list',
  'conflict.open',
  'conflict.resolve',
  'recruiter.search',
  'recruiter.open',
  'recruiter.assess',
  'recruiter.export',
  'stats.view',
  'stats.export',
  'audit.view',
  'audit.verify',
] as const;
export type ConsoleAuditAction = (typeof CONSOLE_AUDIT_ACTIONS)[number];
export const ConsoleAuditEntrySchema = z.object({
  seq: z.number(),
  at: z.string(),
  actor: z.nullable(z.object({ id: z.string(), username: z.string() })),
  action: z.enum(CONSOLE_AUDIT_ACTIONS),
  subject: z.nullable(z.string()),
  detail: z.record(z.string(), z.unknown()),
  /** SHA-256 over the previous entry's hash and this entry's canonical content. */
  hash: z.string(),
});
export type ConsoleAuditEntry = z.infer<typeof ConsoleAuditEntrySchema>;
/** GET /audit?cursor: newest first. */
export const ConsoleAuditPageSchema = z.object({
  items: z.array(ConsoleAuditEntrySchema),
  nextCursor: z.nullable(z.string()),
});
export type ConsoleAuditPage = z.infer<typeof ConsoleAuditPageSchema>;
/** GET /audit/verify: `firstBrokenSeq` is the first entry whose hash does not follow from the chain. */
export const AuditVerifyResponseSchema = z.object({
  ok: z.boolean(),
  checked: z.number(),
  firstBrokenSeq: z.nullable(z.number()),
});
export type AuditVerifyResponse = z.infer<typeof AuditVerifyResponseSchema>;

// ---- Route table ---------------------------------------------------------------------------------------------

export type ConsoleRoute = {
  method: 'get' | 'post' | 'delete';
  /** Relative to CONSOLE_PREFIX; `:id` marks a path parameter. */
  path: string;
  /** Roles allowed; null means any signed-in user; 'public' means no session needed. */
  roles: readonly StaffRole[] | null | 'public';
};

/** Every console route with who may call it; the server enforces it and the tests iterate it. */
export const CONSOLE_ROUTES = {
  signIn: { method: 'post', path: '/session', roles: 'public' },
  session: { method: 'get', path: '/session', roles: null },
  signOut: { method: 'delete', path: '/session', roles: null },
  cases: { method: 'get', path: '/cases', roles: CASE_ROLES },
  caseExport: { method: 'get', path: '/cases/export.csv', roles: CASE_ROLES },
  caseDetail: { method: 'get', path: '/cases/:id', roles: CASE_ROLES },
  caseAction: { method: 'post', path: '/cases/:id/actions', roles: CASE_ROLES },
  devices: { method: 'get', path: '/devices', roles: ADMIN_ONLY },
  deviceCode: { method: 'post', path: '/devices/codes', roles: ADMIN_ONLY },
  deviceRevoke: { method: 'post', path: '/devices/:id/revoke', roles: ADMIN_ONLY },
  users: { method: 'get', path: '/users', roles: ['admin', 'supervisor'] },
  createUser: { method: 'post', path: '/users', roles: ADMIN_ONLY },
  userActive: { method: 'post', path: '/users/:id/active', roles: ADMIN_ONLY },
  userPassword: { method: 'post', path: '/users/:id/password', roles: ADMIN_ONLY },
  changePassword: { method: 'post', path: '/session/password', roles: null },
  audit: { method: 'get', path: '/audit', roles: ADMIN_ONLY },
  auditVerify: { method: 'get', path: '/audit/verify', roles: ADMIN_ONLY },
  cekalList: { method: 'get', path: '/cekal', roles: CASE_ROLES },
  cekalPropose: { method: 'post', path: '/cekal', roles: CASE_ROLES },
  cekalDecide: { method: 'post', path: '/cekal/:id/decision', roles: ['supervisor'] },
  watchlist: { method: 'get', path: '/watchlist', roles: CASE_ROLES },
  watchlistAdd: { method: 'post', path: '/watchlist', roles: WATCHLIST_EDITORS },
  watchlistImportPreview: { method: 'post', path: '/watchlist/import/preview', roles: WATCHLIST_EDITORS },
  watchlistImport: { method: 'post', path: '/watchlist/import', roles: WATCHLIST_EDITORS },
  watchlistEdit: { method: 'post', path: '/watchlist/entries/:id', roles: WATCHLIST_EDITORS },
  watchlistEnd: { method: 'delete', path: '/watchlist/entries/:id', roles: WATCHLIST_EDITORS },
  conflictCount: { method: 'get', path: '/conflicts/count', roles: CASE_ROLES },
  conflicts: { method: 'get', path: '/conflicts', roles: CASE_ROLES },
  conflictDetail: { method: 'get', path: '/conflicts/:id', roles: CASE_ROLES },
  conflictResolve: { method: 'post', path: '/conflicts/:id/resolve', roles: CASE_ROLES },
  recruiters: { method: 'get', path: '/recruiters', roles: CASE_ROLES },
  recruiterDetail: { method: 'get', path: '/recruiters/:id', roles: CASE_ROLES },
  recruiterAssess: { method: 'post', path: '/recruiters/:id/assessments', roles: CASE_ROLES },
  recruiterDossierCsv: { method: 'get', path: '/recruiters/:id/dossier.csv', roles: CASE_ROLES },
  recruiterDossierPdf: { method: 'get', path: '/recruiters/:id/dossier.pdf', roles: CASE_ROLES },
  statistics: { method: 'get', path: '/statistics', roles: ALL_ROLES },
  statisticsExport: { method: 'get', path: '/statistics/export.csv', roles: ALL_ROLES },
} as const satisfies Record<string, ConsoleRoute>;
export type ConsoleRouteName = keyof typeof CONSOLE_ROUTES;
/** What a user whose password must change may still do: see the session, change it, sign out. */
export const ROUTES_BEFORE_PASSWORD_CHANGE: readonly ConsoleRouteName[] = [
  'session',
  'signOut',
  'changePassword',
];

/** The state a tablet shows for a server case state. */
export function deviceCaseState(state: CaseStateName): 'received' | 'in_review' | 'follow_up' | 'closed' {
  return state === 'new' ? 'received' : state;
}
