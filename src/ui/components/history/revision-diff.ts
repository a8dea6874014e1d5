import type { Screening } from '../../../core/screening/screening-schema.ts';

const IGNORED = new Set(['revision', 'status', 'updatedAt', 'decidedAt', 'createdAt']);

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Names of what changed from one revision to the next: top-level fields, and `passenger.x` / `answers.ID` inside. */
export function changedFields(before: Screening, after: Screening): string[] {
  const changed: string[] = [];
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]) as Set<keyof Screening>;
  for (const key of keys) {
    if (IGNORED.has(key) || same(before[key], after[key])) continue;
    if (key === 'confirmedPrefills') {
      // The officer answering a pre-answered question themselves is a change of that answer.
      const a = before.confirmedPrefills ?? [];
      const b = after.confirmedPrefills ?? [];
      for (const id of [...b.filter((x) => !a.includes(x)), ...a.filter((x) => !b.includes(x))]) {
        changed.push(`answers.${id}`);
      }
    } else if (key === 'passenger' || key === 'answers') {
      const a = before[key] as Record<string, unknown>;
      const b = after[key] as Record<string, unknown>;
      for (const inner of new Set([...Object.keys(a), ...Object.keys(b)])) {
        if (!same(a[inner], b[inner])) changed.push(`${key}.${inner}`);
      }
    } else {
      changed.push(key);
    }
  }
  return [...new Set(changed)];
}

const NAMED = [
  'outcome',
  'note',
  'passenger',
  'flight',
  'groupId',
  'linkedPersonIds',
  'passportWithdrawn',
  'passportReceiptNumber',
  'score',
  'recommended',
  'handover',
] as const;
type Named = (typeof NAMED)[number];

/** Changed fields grouped for people: each named field once, answers counted, anything else as 'other'. */
export function changeGroups(
  fields: readonly string[],
): Array<{ field: Named | 'answers' | 'other'; count: number }> {
  const groups = new Map<Named | 'answers' | 'other', number>();
  for (const name of fields) {
    const head = name.split('.')[0] ?? name;
    const key =
      head === 'answers'
        ? 'answers'
        : (NAMED as readonly string[]).includes(head)
          ? (head as Named)
          : 'other';
    groups.set(key, (groups.get(key) ?? 0) + 1);
  }
  return [...groups].map(([field, count]) => ({ field, count }));
}
