// Simulated tablets against one or more receiver processes: each tablet syncs the way the app does (flagged records in
// batches, retried until acknowledged, then counts, audit, status and the watchlist pull), spread over every receiver
// URL, sustained rounds and then a burst with all tablets at once. Used by bench/load.ts and the scale test.
import { createReceiverApp } from '../server/app.ts';
import type { Db } from '../server/db.ts';
import { issueEnrolCode } from '../server/repository.ts';
import type { ScreeningUpload } from '../src/sync/contract.ts';
import { makeScreening } from '../tests/fixtures/screenings.ts';

export type Device = { deviceId: string; token: string };

/** Enrols `n` tablets straight in the database (before or beside the receiver processes). */
export async function enrolDevices(db: Db, n: number, prefix: string): Promise<Device[]> {
  const app = createReceiverApp({ db, rateLimitPerMinute: 1_000_000 });
  const devices: Device[] = [];
  for (let i = 0; i < n; i += 1) {
    const deviceId = `${prefix}-${i}`;
    const res = await app.request('/api/v1/enrol', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ code: await issueEnrolCode(db), deviceId, airport: 'PLM', checkpoint: 'X' }),
    });
    const body = (await res.json()) as { deviceToken?: string };
    if (!body.deviceToken) throw new Error(`enrolment of ${deviceId} refused: ${res.status}`);
    devices.push({ deviceId, token: body.deviceToken });
  }
  return devices;
}

export type LoadOptions = {
  urls: string[];
  devices: Device[];
  /** Sustained rounds per tablet (each: one batch, then counts, audit, status and a watchlist pull). */
  rounds: number;
  batchSize: number;
  /** Batches each tablet sends at once, all tablets together, after the sustained rounds. */
  burstBatches: number;
  /** Pause between a tablet's rounds. */
  pauseMs?: number;
};

export type LoadResult = {
  /** Latencies in milliseconds per route, every attempt counted. */
  latencies: Map<string, number[]>;
  /** Every status answered, per route. */
  statuses: Map<string, Map<number, number>>;
  /** Revisions the receivers acknowledged (accepted or duplicate), `id:revision`. */
  acknowledged: Set<string>;
  /** Revisions the tablets sent. */
  sent: Set<string>;
  /** Batches given up after too many failed attempts. */
  abandoned: number;
  wallMs: number;
};

function note(result: LoadResult, route: string, status: number, ms: number): void {
  const list = result.latencies.get(route) ?? [];
  list.push(ms);
  result.latencies.set(route, list);
  const byStatus = result.statuses.get(route) ?? new Map<number, number>();
  byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
  result.statuses.set(route, byStatus);
}

async function call(
  result: LoadResult,
  url: string,
  route: string,
  method: string,
  path: string,
  token: string,
  body?: unknown,
): Promise<{ status: number; json: unknown }> {
  const started = performance.now();
  try {
    const res = await fetch(`${url}/api/v1${path}`, {
      method,
      headers: {
        Authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    note(result, route, res.status, performance.now() - started);
    let json: unknown = null;
    try {
      json = JSON.parse(text);
    } catch {
      json = null;
    }
    return { status: res.status, json };
  } catch {
    note(result, route, 0, performance.now() - started);
    return { status: 0, json: null };
  }
}

function batchOf(device: Device, tag: string, size: number): ScreeningUpload[] {
  return Array.from({ length: size }, (_, i) => {
    const screening = makeScreening({
      id: `${device.deviceId}-${tag}-${i}`,
      deviceId: device.deviceId,
      outcome: 'REFER_BP3MI',
    });
    return {
      screening,
      // Tablets share handlers across batches (the same recruiter seen by many tablets has one id per tablet).
      linkedPersons: [
        { id: `${device.deviceId}-lp-${i % 3}`, name: 'AGEN', role: 'agent', createdAt: screening.createdAt },
      ],
    };
  });
}

/** Sends one batch until every item is acknowledged (at most 20 attempts, across the receivers in turn). */
async function deliver(
  result: LoadResult,
  urls: string[],
  start: number,
  device: Device,
  items: ScreeningUpload[],
) {
  let pending = items;
  for (const item of items) result.sent.add(`${item.screening.id}:${item.screening.revision}`);
  for (let attempt = 0; attempt < 20 && pending.length > 0; attempt += 1) {
    const url = urls[(start + attempt) % urls.length] as string;
    const res = await call(result, url, 'POST /screenings', 'POST', '/screenings', device.token, {
      items: pending,
    });
    if (res.status !== 200) {
      await new Promise((r) => setTimeout(r, 20 * (attempt + 1)));
      continue;
    }
    const results = (res.json as { results: { id: string; revision: number; status: string }[] }).results;
    const done = new Set<string>();
    for (const r of results)
      if (r.status === 'accepted' || r.status === 'duplicate') {
        result.acknowledged.add(`${r.id}:${r.revision}`);
        done.add(`${r.id}:${r.revision}`);
      }
    pending = pending.filter((i) => !done.has(`${i.screening.id}:${i.screening.revision}`));
  }
  if (pending.length > 0) result.abandoned += 1;
}

/** Runs the load: every tablet at once through its sustained rounds, then the burst. */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const result: LoadResult = {
    latencies: new Map(),
    statuses: new Map(),
    acknowledged: new Set(),
    sent: new Set(),
    abandoned: 0,
    wallMs: 0,
  };
  const started = performance.now();
  const { urls } = options;
  await Promise.all(
    options.devices.map(async (device, d) => {
      let cursor = '';
      for (let round = 0; round < options.rounds; round += 1) {
        const url = urls[(d + round) % urls.length] as string;
        await deliver(result, urls, d + round, device, batchOf(device, `r${round}`, options.batchSize));
        await call(result, url, 'POST /counts', 'POST', '/counts', device.token, {
          counts: [
            {
              day: '2026-11-23',
              shift: 'pagi',
              airport: 'PLM',
              checkpoint: 'X',
              agency: 'IMIGRASI',
              clear: round,
              clearAdvised: 0,
            },
          ],
        });
        await call(result, url, 'POST /audit', 'POST', '/audit', device.token, {
          entries: [
            { seq: round + 1, at: '2026-11-23T01:00:00.000Z', actor: 'OFF-1', action: 'screening.save' },
          ],
        });
        await call(result, url, 'POST /device-status', 'POST', '/device-status', device.token, {
          appVersion: '1.0',
          pending: 0,
          rejected: 0,
        });
        const pulled = await call(
          result,
          url,
          'GET /watchlist',
          'GET',
          `/watchlist?cursor=${cursor}`,
          device.token,
        );
        if (pulled.status === 200) cursor = (pulled.json as { cursor: string }).cursor;
        if (options.pauseMs) await new Promise((r) => setTimeout(r, options.pauseMs));
      }
    }),
  );
  // The burst: a flight's worth of flagged records from every tablet at once, after the network came back.
  await Promise.all(
    options.devices.flatMap((device, d) =>
      Array.from({ length: options.burstBatches }, (_, b) =>
        deliver(result, urls, d + b, device, batchOf(device, `burst${b}`, options.batchSize)),
      ),
    ),
  );
  result.wallMs = performance.now() - started;
  return result;
}

/** The value below which `q` of the sorted values fall (nearest rank). */
export function percentile(values: number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] as number;
}
