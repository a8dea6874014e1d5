import * as z from 'zod/mini';
import { API_PREFIX, API_VERSION, ApiErrorSchema, ROUTES } from '../src/sync/contract.ts';

type Json = Record<string, unknown>;

const schemaOf = (schema: z.ZodMiniType, io: 'input' | 'output'): Json =>
  z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as Json;

const errorResponse = (description: string): Json => ({
  description,
  content: { 'application/json': { schema: schemaOf(ApiErrorSchema, 'output') } },
});

/** The OpenAPI 3.1 document of the sync API, built from the same zod schemas the app and the receiver use. */
export function buildOpenApi(): Json {
  const paths: Json = {};
  for (const [name, route] of Object.entries(ROUTES)) {
    const operation: Json = {
      operationId: name,
      ...(route.auth ? { security: [{ deviceToken: [] }] } : { security: [] }),
      responses: {
        '200': {
          description: 'OK',
          content: { 'application/json': { schema: schemaOf(route.response, 'output') } },
        },
        '400': errorResponse('The body does not match the schema (detail names the first issue).'),
        ...(route.auth
          ? { '401': errorResponse('Missing, unknown or revoked device token: enrol again.') }
          : {}),
        ...(name === 'enrol' ? { '403': errorResponse('Enrolment code unknown, used or expired.') } : {}),
        '413': errorResponse('Body larger than the limit.'),
        '429': errorResponse('Too many requests; retry later.'),
        '500': errorResponse('Server error; retry later.'),
      },
    };
    if ('request' in route) {
      operation.requestBody = {
        required: true,
        content: { 'application/json': { schema: schemaOf(route.request, 'input') } },
      };
    }
    if ('query' in route) {
      operation.parameters = [
        { name: route.query, in: 'query', required: false, schema: { type: 'string' } },
      ];
    }
    paths[`${API_PREFIX}${route.path}`] = { [route.method]: operation };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Saring sync API',
      version: String(API_VERSION),
      description:
        'Flagged screenings, audit log and CLEAR counts from checkpoint tablets to the central case system; watchlist and ' +
        'indicator catalogue back. Screenings are idempotent by (id, revision): the same revision again is a duplicate, a ' +
        'different payload under a stored revision is a per-item conflict, an amendment is a new revision.',
    },
    servers: [{ url: 'http://127.0.0.1:4173' }],
    components: { securitySchemes: { deviceToken: { type: 'http', scheme: 'bearer' } } },
    paths,
  };
}
