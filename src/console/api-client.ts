import type * as z from 'zod/mini';
import {
  CekalListResponseSchema,
  CekalProposalSchema,
  type CekalDecisionRequest,
  type CekalListResponse,
  type CekalProposal,
  type CekalProposeRequest,
  type CekalState,
} from '../core/console/cekal-api.ts';
import {
  WatchlistCsvPreviewSchema,
  WatchlistImportResponseSchema,
  WatchlistItemSchema,
  WatchlistPageSchema,
  type WatchlistCsvPreview,
  type WatchlistEntryInput,
  type WatchlistItem,
  type WatchlistPage,
  type WatchlistQuery,
} from '../core/console/watchlist-api.ts';
import {
  AuditVerifyResponseSchema,
  ConsoleAuditPageSchema,
  type AuditVerifyResponse,
  type ConsoleAuditPage,
  CONSOLE_ERRORS,
  CONSOLE_PREFIX,
  CSRF_HEADER,
  CaseDetailSchema,
  CaseListResponseSchema,
  ConsoleErrorSchema,
  DeviceListResponseSchema,
  EnrolCodeResponseSchema,
  RevokeResponseSchema,
  SessionResponseSchema,
  StaffListResponseSchema,
  StaffUserSchema,
  type CaseActionRequest,
  type CaseDetail,
  type CaseListResponse,
  type CaseQuery,
  type ChangePasswordRequest,
  type ConsoleErrorCode,
  type DeviceListResponse,
  type EnrolCodeResponse,
  type PersonRef,
  type SessionResponse,
  type SignInRequest,
  type CreateUserRequest,
  type StaffListResponse,
  type StaffUser,
} from '../core/console/console-api.ts';
import {
  ConflictCountResponseSchema,
  ConflictDetailSchema,
  ConflictListResponseSchema,
  type ConflictDetail,
  type ConflictListResponse,
  type ConflictResolveRequest,
} from '../core/console/conflict-api.ts';
import {
  RecruiterDetailSchema,
  RecruiterListResponseSchema,
  type AssessmentRequest,
  type DossierQuery,
  type RecruiterDetail,
  type RecruiterListResponse,
  type RecruiterQuery,
} from '../core/console/recruiter-api.ts';
import { StatsResponseSchema, type StatsQuery, type StatsResponse } from '../core/console/statistics-api.ts';

/** Why a console request failed: a console API error code, or what happened on the way. */
export type ApiFailureCode = ConsoleErrorCode | 'console.error.network' | 'console.error.unexpected';

/** A failed console request; `code` is an i18n key. */
export class ApiError extends Error {
  constructor(
    readonly code: ApiFailureCode,
    readonly status: number,
    readonly owner: PersonRef | null = null,
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(code);
    this.name = 'ApiError';
  }
}

/** The fetch the client uses (the browser's, or a test's). */
export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

/** The console's calls to its API; keeps the session's CSRF token and sends it on every mutation. */
export type ConsoleApi = ReturnType<typeof createConsoleApi>;

/** Builds the client; `onSessionLost` hears a 401 on any call but sign-in (the session ended or expired). */
export function createConsoleApi(
  options: { fetch?: Fetch; onSessionLost?: (code: ApiFailureCode) => void } = {},
) {
  const fetchImpl: Fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  let csrfToken = '';

  async function call<S extends z.ZodMiniType>(
    method: 'GET' | 'POST' | 'DELETE',
    path: string,
    schema: S | null,
    body?: unknown,
  ): Promise<z.infer<S>> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (method !== 'GET' && csrfToken) headers[CSRF_HEADER] = csrfToken;
    let response: Response;
    try {
      response = await fetchImpl(`${CONSOLE_PREFIX}${path}`, {
        method,
        headers,
        credentials: 'same-origin',
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
    } catch {
      throw new ApiError('console.error.network', 0);
    }
    if (!response.ok) throw await failure(response, path !== '/session' || method !== 'POST');
    if (schema === null) return undefined as z.infer<S>;
    let json: unknown;
    try {
      json = await response.json();
    } catch {
      throw new ApiError('console.error.unexpected', response.status);
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) throw new ApiError('console.error.unexpected', response.status);
    return parsed.data as z.infer<S>;
  }

  async function failure(response: Response, reportLost: boolean): Promise<ApiError> {
    let body: unknown = null;
    try {
      body = await response.json();
    } catch {
      // A proxy's HTML error page: the status says enough.
    }
    const parsed = ConsoleErrorSchema.safeParse(body);
    const fallback: ApiFailureCode =
      response.status === 401
        ? 'console.error.unauthenticated'
        : response.status === 403
          ? 'console.error.forbidden'
          : response.status === 429
            ? 'console.error.rateLimited'
            : response.status >= 500
              ? 'console.error.server'
              : 'console.error.unexpected';
    const code =
      parsed.success && (CONSOLE_ERRORS as readonly string[]).includes(parsed.data.error)
        ? parsed.data.error
        : fallback;
    const error = new ApiError(
      code,
      response.status,
      parsed.success ? (parsed.data.owner ?? null) : null,
      parsed.success ? (parsed.data.retryAfterSeconds ?? null) : null,
    );
    if (response.status === 401 && reportLost) {
      csrfToken = '';
      options.onSessionLost?.(code);
    }
    return error;
  }

  /** A file the server makes (a dossier): its bytes, or an ApiError like any call. */
  async function file(path: string): Promise<Blob> {
    let response: Response;
    try {
      response = await fetchImpl(`${CONSOLE_PREFIX}${path}`, { method: 'GET', credentials: 'same-origin' });
    } catch {
      throw new ApiError('console.error.network', 0);
    }
    if (!response.ok) throw await failure(response, true);
    return response.blob();
  }

  const remember = (session: SessionResponse): SessionResponse => {
    csrfToken = session.csrfToken;
    return session;
  };

  return {
    /** Signs in; the cookie is set by the server, the CSRF token kept here. */
    signIn: async (request: SignInRequest): Promise<SessionResponse> =>
      remember(await call('POST', '/session', SessionResponseSchema, request)),
    /** The current session, or an ApiError 401 when there is none. */
    session: async (): Promise<SessionResponse> =>
      remember(await call('GET', '/session', SessionResponseSchema)),
    signOut: async (): Promise<void> => {
      await call('DELETE', '/session', null);
      csrfToken = '';
    },
    cases: (query: CaseQuery): Promise<CaseListResponse> =>
      call('GET', `/cases${queryString(query)}`, CaseListResponseSchema),
    caseDetail: (id: string): Promise<CaseDetail> =>
      call('GET', `/cases/${encodeURIComponent(id)}`, CaseDetailSchema),
    caseAction: (id: string, action: CaseActionRequest): Promise<CaseDetail> =>
      call('POST', `/cases/${encodeURIComponent(id)}/actions`, CaseDetailSchema, action),
    devices: (): Promise<DeviceListResponse> => call('GET', '/devices', DeviceListResponseSchema),
    issueCode: (): Promise<EnrolCodeResponse> => call('POST', '/devices/codes', EnrolCodeResponseSchema, {}),
    revokeDevice: async (id: string): Promise<void> => {
      await call('POST', `/devices/${encodeURIComponent(id)}/revoke`, RevokeResponseSchema, {});
    },
    staff: (): Promise<StaffListResponse> => call('GET', '/users', StaffListResponseSchema),
    createStaff: (request: CreateUserRequest): Promise<StaffUser> =>
      call('POST', '/users', StaffUserSchema, request),
    setStaffActive: async (id: string, active: boolean): Promise<void> => {
      await call('POST', `/users/${encodeURIComponent(id)}/active`, null, { active });
    },
    resetStaffPassword: async (id: string, password: string): Promise<void> => {
      await call('POST', `/users/${encodeURIComponent(id)}/password`, null, { password });
    },
    /** Replaces the signed-in user's password; the answer is the session, no longer bound to change it. */
    changePassword: async (request: ChangePasswordRequest): Promise<SessionResponse> =>
      remember(await call('POST', '/session/password', SessionResponseSchema, request)),
    conflictCount: async (): Promise<number> =>
      (await call('GET', '/conflicts/count', ConflictCountResponseSchema)).open,
    conflicts: (state: 'open' | 'resolved'): Promise<ConflictListResponse> =>
      call('GET', `/conflicts?state=${state}`, ConflictListResponseSchema),
    conflictDetail: (id: string): Promise<ConflictDetail> =>
      call('GET', `/conflicts/${encodeURIComponent(id)}`, ConflictDetailSchema),
    resolveConflict: (id: string, request: ConflictResolveRequest): Promise<ConflictDetail> =>
      call('POST', `/conflicts/${encodeURIComponent(id)}/resolve`, ConflictDetailSchema, request),
    cekal: (query: { state?: CekalState; caseId?: string }): Promise<CekalListResponse> =>
      call('GET', `/cekal${queryString(query)}`, CekalListResponseSchema),
    proposeCekal: (request: CekalProposeRequest): Promise<CekalProposal> =>
      call('POST', '/cekal', CekalProposalSchema, request),
    decideCekal: (id: string, request: CekalDecisionRequest): Promise<CekalProposal> =>
      call('POST', `/cekal/${encodeURIComponent(id)}/decision`, CekalProposalSchema, request),
    watchlist: (query: WatchlistQuery): Promise<WatchlistPage> =>
      call('GET', `/watchlist${queryString(query)}`, WatchlistPageSchema),
    addWatchEntry: (input: WatchlistEntryInput): Promise<WatchlistItem> =>
      call('POST', '/watchlist', WatchlistItemSchema, input),
    editWatchEntry: (id: string, input: WatchlistEntryInput): Promise<WatchlistItem> =>
      call('POST', `/watchlist/entries/${encodeURIComponent(id)}`, WatchlistItemSchema, input),
    endWatchEntry: (id: string): Promise<WatchlistItem> =>
      call('DELETE', `/watchlist/entries/${encodeURIComponent(id)}`, WatchlistItemSchema),
    previewWatchCsv: (csv: string): Promise<WatchlistCsvPreview> =>
      call('POST', '/watchlist/import/preview', WatchlistCsvPreviewSchema, { csv }),
    importWatchCsv: async (csv: string): Promise<number> =>
      (await call('POST', '/watchlist/import', WatchlistImportResponseSchema, { csv })).stored,
    audit: (cursor: string | null): Promise<ConsoleAuditPage> =>
      call('GET', `/audit${queryString({ cursor: cursor ?? undefined })}`, ConsoleAuditPageSchema),
    verifyAudit: (): Promise<AuditVerifyResponse> => call('GET', '/audit/verify', AuditVerifyResponseSchema),
    recruiters: (query: RecruiterQuery): Promise<RecruiterListResponse> =>
      call('GET', `/recruiters${queryString(query)}`, RecruiterListResponseSchema),
    recruiter: (id: string): Promise<RecruiterDetail> =>
      call('GET', `/recruiters/${encodeURIComponent(id)}`, RecruiterDetailSchema),
    assessRecruiter: (id: string, request: AssessmentRequest): Promise<RecruiterDetail> =>
      call('POST', `/recruiters/${encodeURIComponent(id)}/assessments`, RecruiterDetailSchema, request),
    dossier: (id: string, format: 'csv' | 'pdf', query: DossierQuery): Promise<Blob> =>
      file(`/recruiters/${encodeURIComponent(id)}/dossier.${format}${queryString(query)}`),
    statistics: (query: StatsQuery): Promise<StatsResponse> =>
      call('GET', `/statistics${queryString(query)}`, StatsResponseSchema),
  };
}

/** `?a=1&b=2` of the query's set fields, in a stable order; empty when none is set. */
export function queryString(query: Readonly<Record<string, string | number | undefined>>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query).sort(([a], [b]) => a.localeCompare(b))) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Address of the statistics CSV (a plain download: the session cookie goes with it, a GET needs no CSRF token). */
export function statisticsCsvUrl(query: StatsQuery): string {
  return `${CONSOLE_PREFIX}/statistics/export.csv${queryString(query)}`;
}
