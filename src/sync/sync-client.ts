import type * as z from 'zod/mini';
import {
  API_PREFIX,
  ApiErrorSchema,
  AuditBatchResponseSchema,
  AUTH_ERRORS,
  CaseStatesResponseSchema,
  CatalogueDeltaSchema,
  CountsResponseSchema,
  DeviceStatusResponseSchema,
  EnrolResponseSchema,
  HealthResponseSchema,
  ScreeningBatchResponseSchema,
  TokenResponseSchema,
  WatchlistDeltaSchema,
  type ApiError,
  type AuditBatchRequest,
  type AuthError,
  type CountsRequest,
  type DeviceStatusRequest,
  type EnrolRequest,
  type ScreeningUpload,
} from './contract.ts';

/**
 * What a call came to. `retry`: the network, a timeout, a 5xx, or any answer that is not in the receiver's own
 * format (a captive portal's 200 page, a proxy's 403/404/413 HTML) — try again later, never give up on a record for
 * it. `unauthorized`: the receiver refused the token (reason: one of AUTH_ERRORS). `tooLarge`: a 413 (send less at
 * once). `rejected`: the receiver itself refused the request in its error format, for `reason`.
 */
export type CallResult<T> =
  | { ok: true; value: T }
  | {
      ok: false;
      kind: 'retry' | 'unauthorized' | 'rejected' | 'tooLarge';
      reason: string;
      status?: number;
      /** For tooLarge: whether the receiver said so (its error format) rather than a proxy on the way. */
      fromReceiver?: boolean;
    };

/** The receiver's error body, only when the answer is JSON in its own format. */
export function receiverError(contentType: string | null, text: string): ApiError | null {
  if (!contentType || !/^application\/(?:[\w.+-]+\+)?json\b/i.test(contentType.trim())) return null;
  const parsed = ApiErrorSchema.safeParse(parseJson(text));
  return parsed.success ? parsed.data : null;
}

const isAuthError = (code: string): code is AuthError => (AUTH_ERRORS as readonly string[]).includes(code);

/** How the client reaches the receiver. */
export type SyncClientOptions = {
  /** Origin of the receiver, e.g. `http://127.0.0.1:4173`; empty string means the app's own origin. */
  baseUrl: string;
  /** The device token, or null before enrolment. */
  getToken: () => string | null;
  fetch?: typeof fetch;
  timeoutMs?: number;
};

/** The app's HTTP client of the sync contract. Never throws: every failure is a classified CallResult. */
export type SyncClient = ReturnType<typeof createSyncClient>;

/** Builds a client; every response body is validated against the contract before it counts as a success. */
export function createSyncClient(options: SyncClientOptions) {
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const timeoutMs = options.timeoutMs ?? 20_000;

  async function call<S extends z.ZodMiniType>(
    method: 'GET' | 'POST',
    path: string,
    schema: S,
    body?: unknown,
  ): Promise<CallResult<z.infer<S>>> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const token = options.getToken();
    if (token) headers.Authorization = `Bearer ${token}`;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    let response: Response;
    let text: string;
    try {
      response = await doFetch(`${options.baseUrl}${API_PREFIX}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: controller.signal,
        cache: 'no-store',
      });
      // The timeout covers the body too: a receiver that stalls mid-answer is as good as gone.
      text = await response.text();
    } catch {
      return {
        ok: false,
        kind: 'retry',
        reason: controller.signal.aborted ? 'sync.error.timeout' : 'sync.error.network',
      };
    } finally {
      clearTimeout(timer);
    }
    const status = response.status;
    if (status >= 500 || status === 408 || status === 429) {
      return { ok: false, kind: 'retry', reason: `sync.error.server`, status };
    }
    if (status >= 400) {
      // Only the receiver's own error format counts as a refusal; a middlebox's page is retried.
      const error = receiverError(response.headers.get('content-type'), text);
      if (status === 413) {
        return {
          ok: false,
          kind: 'tooLarge',
          reason: 'sync.error.tooLarge',
          status,
          fromReceiver: error !== null,
        };
      }
      if (!error) return { ok: false, kind: 'retry', reason: 'sync.error.notReceiver', status };
      if (status === 401) {
        return {
          ok: false,
          kind: 'unauthorized',
          reason: isAuthError(error.error) ? error.error : 'sync.error.unauthorized',
          status,
        };
      }
      return { ok: false, kind: 'rejected', reason: error.error, status };
    }
    if (status < 200 || status >= 300)
      return { ok: false, kind: 'retry', reason: 'sync.error.unexpected', status };
    const parsed = schema.safeParse(parseJson(text));
    if (!parsed.success) return { ok: false, kind: 'retry', reason: 'sync.error.notReceiver', status };
    return { ok: true, value: parsed.data as z.infer<S> };
  }

  return {
    /** Exchanges a shift lead's enrolment code for a device token. */
    enrol: (request: EnrolRequest) => call('POST', '/enrol', EnrolResponseSchema, request),
    /** Checks that the receiver (not a portal or a proxy) answers: it must echo the nonce. */
    async health(nonce: string): Promise<CallResult<true>> {
      const result = await call('GET', `/health?nonce=${encodeURIComponent(nonce)}`, HealthResponseSchema);
      if (!result.ok) return result;
      if (result.value.nonceEcho !== nonce)
        return { ok: false, kind: 'retry', reason: 'sync.error.notReceiver' };
      return { ok: true, value: true };
    },
    /** Uploads a batch of flagged screenings; the answer has one result per item. */
    uploadScreenings: (items: ScreeningUpload[]) =>
      call('POST', '/screenings', ScreeningBatchResponseSchema, { items }),
    /** Uploads audit-log entries. */
    uploadAudit: (request: AuditBatchRequest) => call('POST', '/audit', AuditBatchResponseSchema, request),
    /** Uploads CLEAR shift counts (numbers only). */
    uploadCounts: (request: CountsRequest) => call('POST', '/counts', CountsResponseSchema, request),
    /** Watchlist changes since a cursor ('' for everything). */
    pullWatchlist: (cursor: string) =>
      call('GET', `/watchlist?cursor=${encodeURIComponent(cursor)}`, WatchlistDeltaSchema),
    /** The newest catalogue if it changed since the cursor. */
    pullCatalogue: (cursor: string) =>
      call('GET', `/catalogue?cursor=${encodeURIComponent(cursor)}`, CatalogueDeltaSchema),
    /** Case states of this device's flagged records changed since the cursor ('' for everything). */
    pullCaseStates: (cursor: string) =>
      call('GET', `/case-states?cursor=${encodeURIComponent(cursor)}`, CaseStatesResponseSchema),
    /** A new device token; the one used keeps working until the new one is first used or a day passes. */
    rotateToken: () => call('POST', '/token', TokenResponseSchema),
    /** App version and outbox backlog, for the console's tablet list. */
    reportStatus: (request: DeviceStatusRequest) =>
      call('POST', '/device-status', DeviceStatusResponseSchema, request),
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
