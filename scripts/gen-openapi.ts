// Writes docs/openapi.json (OpenAPI 3.1) from the sync contract's zod schemas: `npm run gen:openapi`.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { buildOpenApi } from '../server/openapi.ts';

const target = join(import.meta.dirname, '..', 'docs', 'openapi.json');
// Formatted the way `npm run lint` (prettier --check) expects.
const options = (await resolveConfig(target)) ?? {};
writeFileSync(target, await format(JSON.stringify(buildOpenApi()), { ...options, filepath: target }));
console.log(`wrote ${target}`);
