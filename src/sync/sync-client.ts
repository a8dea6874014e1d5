import type * as z from 'zod/mini';
import {
  API_PREFIX,
  ApiErrorSchema,
  AuditBatchResponseSchema,
  CatalogueDeltaSchema,
  CountsResponseSchema,
  EnrolResponseSchema,
  HealthResponseSchema,
  ScreeningBatchResponseSchema,
  WatchlistDeltaSchema,
  type AuditBatchRequest,
  type CountsRequest,
  type EnrolRequest,
  type ScreeningUpload,
} from './contract.ts';

/**
 * What a call came to. `retry`: the network, a timeout, a 5xx or a body that is not the receiver's (a captive
 * portal's 200 page) — try again later. `unauthorized`: 401, the device must enrol again. `rejected`: another 4xx,
 * the request itself is refused for `reason`.
 */
export type CallResult<T> =
  | { ok: true; value: T }
  | { ok: false; kind: 'retry' | 'unauthorized' | 'rejected'; reason: string; status?: number };

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
    if (status === 401) return { ok: false, kind: 'unauthorized', reason: 'sync.error.unauthorized', status };
    if (status >= 500 || status === 408 || status === 429) {
      return { ok: false, kind: 'retry', reason: `sync.error.server`, status };
    }
    const json = parseJson(text);
    if (status >= 400) {
      const error = ApiErrorSchema.safeParse(json);
      return {
        ok: false,
        kind: 'rejected',
        reason: error.success ? error.data.error : `http.${status}`,
        status,
      };
    }
    if (status < 200 || status >= 300)
      return { ok: false, kind: 'retry', reason: 'sync.error.unexpected', status };
    const parsed = schema.safeParse(json);
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
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
