import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type * as z from 'zod/mini';
import type { ConsoleError, ConsoleRouteName, StaffUser } from '../../src/core/console/console-api.ts';

export type Vars = {
  Variables: { user: StaffUser; sessionHash: string; csrf: string; mustChangePassword: boolean };
};
export type C = Context<Vars>;

export const fail = (c: C, status: ContentfulStatusCode, body: ConsoleError): Response =>
  c.json(body, status);

/** Parses a JSON body against a schema; a 400 `console.error.invalid` naming the first bad field otherwise. */
export async function readJson<S extends z.ZodMiniType>(
  c: C,
  schema: S,
): Promise<{ ok: true; data: z.infer<S> } | { ok: false; response: Response }> {
  let json: unknown;
  try {
    json = await c.req.json();
  } catch {
    return { ok: false, response: fail(c, 400, { error: 'console.error.badJson' }) };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      response: fail(c, 400, { error: 'console.error.invalid', detail: issue ? issue.path.join('.') : '' }),
    };
  }
  return { ok: true, data: parsed.data as z.infer<S> };
}

/** Parses a query string against a schema (empty values left out); a 400 naming the first bad field otherwise. */
export function readQueryWith<S extends z.ZodMiniType>(
  c: C,
  schema: S,
): { ok: true; data: z.infer<S> } | { ok: false; response: Response } {
  const raw = Object.fromEntries(Object.entries(c.req.query()).filter(([, v]) => v !== ''));
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, data: parsed.data as z.infer<S> };
  const issue = parsed.error.issues[0];
  return {
    ok: false,
    response: fail(c, 400, { error: 'console.error.invalid', detail: issue ? issue.path.join('.') : '' }),
  };
}

/** Registers a handler for a route of the table, behind its session, CSRF and role checks. */
export type On = (name: ConsoleRouteName, handler: (c: C) => Promise<Response>) => void;
