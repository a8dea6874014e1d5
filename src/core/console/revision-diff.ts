import type { FieldChange } from './console-api.ts';

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Fields that change with every revision and say nothing about what the officer changed. */
const IGNORED = new Set(['revision', 'updatedAt', 'screening.revision', 'screening.updatedAt']);

/**
 * What differs between two revisions of a screening, as dotted field paths with the values before and after.
 * Objects are compared field by field; arrays and plain values as a whole.
 */
export function diffRevisions(before: unknown, after: unknown, path = ''): FieldChange[] {
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return keys
      .map((k) => [k, path ? `${path}.${k}` : k] as const)
      .filter(([, field]) => !IGNORED.has(field))
      .flatMap(([k, field]) => diffRevisions(before[k], after[k], field));
  }
  if (JSON.stringify(before) === JSON.stringify(after)) return [];
  return [{ field: path, before: before ?? null, after: after ?? null }];
}
