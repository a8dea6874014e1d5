import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildOpenApi } from '../../../server/openapi.ts';

describe('docs/openapi.json', () => {
  it('is up to date with the contract schemas (run `npm run gen:openapi` after changing them)', () => {
    const committed = JSON.parse(
      readFileSync(join(import.meta.dirname, '../../../docs/openapi.json'), 'utf8'),
    ) as unknown;
    expect(committed).toEqual(JSON.parse(JSON.stringify(buildOpenApi())));
  });

  it('describes every route under /api/v1 with its request and response bodies', () => {
    const doc = buildOpenApi() as {
      paths: Record<string, Record<string, { requestBody?: unknown; responses: Record<string, unknown> }>>;
    };
    expect(Object.keys(doc.paths).sort()).toEqual(
      [
        'audit',
        'case-states',
        'catalogue',
        'counts',
        'device-status',
        'enrol',
        'health',
        'screenings',
        'token',
        'watchlist',
      ].map((p) => `/api/v1/${p}`),
    );
    expect(doc.paths['/api/v1/screenings']?.post?.requestBody).toBeDefined();
    expect(doc.paths['/api/v1/screenings']?.post?.responses['401']).toBeDefined();
  });
});
