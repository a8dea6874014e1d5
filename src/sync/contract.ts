import * as z from 'zod/mini';
import { LinkedPersonSchema, ScreeningSchema } from '../core/screening/screening-schema.ts';
import { WatchlistEntrySchema } from '../core/watchlist/watchlist-schema.ts';
import {
  calendarDate,
  cursorText,
  int32,
  requiredText,
  safeCount,
  shortText,
  storableText,
} from '../core/validation/storable.ts';

/** Version of the sync API; it is part of every path (`/api/v1/...`). */
export const API_VERSION = 1;
/** Prefix of every API path. */
export const API_PREFIX = `/api/v${API_VERSION}`;
/** The service name the receiver's health body carries, so a captive portal or a proxy cannot pass for it. */
export const SERVICE_NAME = 'saring-receiver';
/** Most screenings one upload may carry. */
export const MAX_BATCH = 200;
/** Most audit entries one upload may carry. */
export const MAX_AUDIT_BATCH = 1000;

const nonEmpty = requiredText;
const count = safeCount;

/** A sync cursor as a query parameter: empty (from the start) or at most 18 digits; anything else is a 400. */
export const CursorSchema = cursorText;

/**
 * Why a bearer token was refused (401 body `error`). unauthorized: unknown token; tokenExpired: enrol again or, with
 * a token still in its grace day, rotate; revoked: this tablet has been revoked and must stop syncing.
 */
export const AUTH_ERRORS = [
  'sync.error.unauthorized',
  'sync.error.tokenExpired',
  'sync.error.revoked',
] as const;
export type AuthError = (typeof AUTH_ERRORS)[number];
/** Refusals of POST /enrol: 403 badCode (unknown, used or expired code), 409 deviceExists, 403 revoked. */
export const ENROL_ERRORS = ['sync.error.badCode', 'sync.error.deviceExists', 'sync.error.revoked'] as const;
/**
 * Per-item reasons of a `rejected` screening. invalid: the item fails the contract; foreignRecord: this id (or a
 * linked person's id) belongs to another device; foreignDevice: `screening.deviceId` is not the token's device.
 */
export const ITEM_REJECTIONS = [
  'sync.error.invalid',
  'sync.error.foreignRecord',
  'sync.error.foreignDevice',
] as const;
/** Lifetime of a device token; the tablet rotates it (POST /token) well before. */
export const TOKEN_LIFETIME_DAYS = 30;
/** How long a rotated-away token keeps working if the new one is never used (a lost response must not lock out). */
export const TOKEN_GRACE_HOURS = 24;

/** Error body of every non-2xx answer: a stable code (also an i18n key on the app side) and an optional detail. */
export const ApiErrorSchema = z.object({ error: nonEmpty, detail: z.optional(z.string()) });
export type ApiError = z.infer<typeof ApiErrorSchema>;

/** POST /enrol: a shift lead's one-time code exchanged for this device's token. */
export const EnrolRequestSchema = z.object({
  code: z.string().check(z.minLength(6), z.maxLength(32)),
  deviceId: nonEmpty,
  airport: nonEmpty,
  checkpoint: nonEmpty,
  /** Re-enrolling an existing device id: its own current or previous token (expired allowed), as proof. */
  previousToken: z.optional(storableText(200)),
});
export type EnrolRequest = z.infer<typeof EnrolRequestSchema>;
/** The device token is shown once; the receiver keeps only its SHA-256. */
export const EnrolResponseSchema = z.object({
  deviceId: nonEmpty,
  deviceToken: z.string().check(z.minLength(32)),
  enrolledAt: z.string(),
  /** When the token stops working unless rotated (older receivers do not say). */
  expiresAt: z.optional(z.string()),
});
export type EnrolResponse = z.infer<typeof EnrolResponseSchema>;

/**
 * POST /token (bearer, no body): a new 30-day token. The one used stays valid until the new one is first used or
 * 24 h pass, then it is refused with `sync.error.tokenExpired`.
 */
export const TokenResponseSchema = z.object({
  deviceToken: z.string().check(z.minLength(32)),
  expiresAt: z.string(),
});
export type TokenResponse = z.infer<typeof TokenResponseSchema>;

/** POST /device-status (bearer), sent at the end of each sync: what the console's tablet list shows. */
export const DeviceStatusRequestSchema = z.object({
  appVersion: storableText(64, 1),
  pending: int32(),
  rejected: int32(),
});
export type DeviceStatusRequest = z.infer<typeof DeviceStatusRequestSchema>;
export const DeviceStatusResponseSchema = z.object({ recordedAt: z.string() });
export type DeviceStatusResponse = z.infer<typeof DeviceStatusResponseSchema>;

/** One flagged screening (one revision) with the persons it links to. */
export const ScreeningUploadSchema = z.object({
  screening: ScreeningSchema,
  linkedPersons: z.array(LinkedPersonSchema),
});
export type ScreeningUpload = z.infer<typeof ScreeningUploadSchema>;
/** POST /screenings. */
export const ScreeningBatchRequestSchema = z.object({
  items: z.array(ScreeningUploadSchema).check(z.minLength(1), z.maxLength(MAX_BATCH)),
});
export type ScreeningBatchRequest = z.infer<typeof ScreeningBatchRequestSchema>;

/**
 * Per-item outcome. accepted: stored now; duplicate: this exact revision was already stored;
 * conflict: a different payload is already stored under this id and revision (HTTP 409 semantics, per item);
 * rejected: the item itself is invalid (reason says why).
 */
export const ItemStatusSchema = z.enum(['accepted', 'duplicate', 'conflict', 'rejected']);
export type ItemStatus = z.infer<typeof ItemStatusSchema>;
export const ScreeningItemResultSchema = z.object({
  id: z.string(),
  revision: z.number().check(z.int()),
  /** For `rejected`: one of ITEM_REJECTIONS; for `conflict`: sync.error.conflict. */
  status: ItemStatusSchema,
  reason: z.optional(z.string()),
});
export type ScreeningItemResult = z.infer<typeof ScreeningItemResultSchema>;
export const ScreeningBatchResponseSchema = z.object({ results: z.array(ScreeningItemResultSchema) });
export type ScreeningBatchResponse = z.infer<typeof ScreeningBatchResponseSchema>;

/** One audit-log entry as uploaded; seq is the device's own increasing sequence number. */
export const AuditUploadEntrySchema = z.object({
  seq: count,
  at: shortText,
  actor: shortText,
  action: nonEmpty,
  subject: z.optional(shortText),
  detail: z.optional(z.record(shortText, storableText(2000))),
});
export type AuditUploadEntry = z.infer<typeof AuditUploadEntrySchema>;
/** POST /audit. */
export const AuditBatchRequestSchema = z.object({
  entries: z.array(AuditUploadEntrySchema).check(z.minLength(1), z.maxLength(MAX_AUDIT_BATCH)),
});
export type AuditBatchRequest = z.infer<typeof AuditBatchRequestSchema>;
/**
 * Entries already held are absorbed; the app may forget everything up to `storedThroughSeq`. An entry whose seq is
 * already held with different content is a conflict (tampering or a bug): both are kept and its seq is listed.
 */
export const AuditBatchResponseSchema = z.object({
  stored: count,
  duplicates: count,
  storedThroughSeq: count,
  conflicts: z.optional(z.array(count)),
});
export type AuditBatchResponse = z.infer<typeof AuditBatchResponseSchema>;

/** Counts of CLEAR outcomes of one shift: numbers only, never identities (REFERENCE §5). */
export const ShiftCountSchema = z.object({
  day: calendarDate,
  shift: nonEmpty,
  airport: nonEmpty,
  checkpoint: nonEmpty,
  agency: z.enum(['IMIGRASI', 'BP3MI']),
  clear: int32(),
  clearAdvised: int32(),
});
export type ShiftCount = z.infer<typeof ShiftCountSchema>;
/** POST /counts; a later upload of the same shift replaces its totals. */
export const CountsRequestSchema = z.object({ counts: z.array(ShiftCountSchema).check(z.maxLength(500)) });
export type CountsRequest = z.infer<typeof CountsRequestSchema>;
export const CountsResponseSchema = z.object({ stored: count });
export type CountsResponse = z.infer<typeof CountsResponseSchema>;

/** GET /watchlist?cursor=: entries changed since the cursor (deleted ones carry `deleted: true`). */
export const WatchlistDeltaSchema = z.object({
  entries: z.array(WatchlistEntrySchema),
  cursor: z.string(),
  more: z.boolean(),
});
export type WatchlistDelta = z.infer<typeof WatchlistDeltaSchema>;

/**
 * GET /catalogue?cursor=: the newest indicator catalogue when it changed since the cursor, otherwise null.
 * The catalogue body is checked by the app's own catalogue parser before it replaces the one in use.
 */
export const CatalogueDeltaSchema = z.object({
  catalogue: z.nullable(z.object({ version: z.number(), body: z.unknown() })),
  cursor: z.string(),
});
export type CatalogueDelta = z.infer<typeof CatalogueDeltaSchema>;

/** A flagged record's case state on the central system, as the tablet's History shows it. */
export const CaseStateSchema = z.object({
  id: nonEmpty,
  state: z.enum(['received', 'in_review', 'follow_up', 'closed']),
  changedAt: z.string(),
});
export type CaseState = z.infer<typeof CaseStateSchema>;
/**
 * How the central system resolved a payload this tablet sent under a revision it already held with other content:
 * kept (the centre's version stands) or accepted (stored centrally as revision `acceptedRevision`).
 */
export const ConflictOutcomeSchema = z.object({
  id: nonEmpty,
  revision: z.number().check(z.int()),
  outcome: z.enum(['kept', 'accepted']),
  acceptedRevision: z.nullable(z.number().check(z.int())),
  resolvedAt: z.string(),
});
export type ConflictOutcome = z.infer<typeof ConflictOutcomeSchema>;
/**
 * GET /case-states?cursor=: states of this device's records, and resolutions of its conflicts, changed since the
 * cursor, oldest change first (one cursor for both; an older receiver sends no `conflicts`).
 */
export const CaseStatesResponseSchema = z.object({
  states: z.array(CaseStateSchema),
  conflicts: z.optional(z.array(ConflictOutcomeSchema)),
  cursor: z.string(),
  more: z.boolean(),
});
export type CaseStatesResponse = z.infer<typeof CaseStatesResponseSchema>;

/** GET /health?nonce=: the body proves it is the receiver (service name, API version, the client's nonce back). */
export const HealthResponseSchema = z.object({
  service: z.literal(SERVICE_NAME),
  apiVersion: z.literal(API_VERSION),
  nonceEcho: z.string(),
  time: z.string(),
});
export type HealthResponse = z.infer<typeof HealthResponseSchema>;

/** Every route of the contract, for the receiver, the client and the OpenAPI document. */
export const ROUTES = {
  enrol: {
    method: 'post',
    path: '/enrol',
    auth: false,
    request: EnrolRequestSchema,
    response: EnrolResponseSchema,
  },
  screenings: {
    method: 'post',
    path: '/screenings',
    auth: true,
    request: ScreeningBatchRequestSchema,
    response: ScreeningBatchResponseSchema,
  },
  audit: {
    method: 'post',
    path: '/audit',
    auth: true,
    request: AuditBatchRequestSchema,
    response: AuditBatchResponseSchema,
  },
  counts: {
    method: 'post',
    path: '/counts',
    auth: true,
    request: CountsRequestSchema,
    response: CountsResponseSchema,
  },
  watchlist: {
    method: 'get',
    path: '/watchlist',
    auth: true,
    query: 'cursor',
    response: WatchlistDeltaSchema,
  },
  catalogue: {
    method: 'get',
    path: '/catalogue',
    auth: true,
    query: 'cursor',
    response: CatalogueDeltaSchema,
  },
  caseStates: {
    method: 'get',
    path: '/case-states',
    auth: true,
    query: 'cursor',
    response: CaseStatesResponseSchema,
  },
  deviceStatus: {
    method: 'post',
    path: '/device-status',
    auth: true,
    request: DeviceStatusRequestSchema,
    response: DeviceStatusResponseSchema,
  },
  token: { method: 'post', path: '/token', auth: true, response: TokenResponseSchema },
  health: { method: 'get', path: '/health', auth: false, query: 'nonce', response: HealthResponseSchema },
} as const;
