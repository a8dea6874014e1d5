import type { PriorVisit } from '../../../core/screening/seen-before.ts';

type Props = {
  title: string;
  visits: PriorVisit[];
  render: (visit: PriorVisit) => string;
  testId: string;
};

/** One titled list of earlier screenings of the passport; nothing when there are none. */
export function SeenBeforeVisits({ title, visits, render, testId }: Props) {
  if (visits.length === 0) return null;
  return (
    <div class="seen-before-group" data-testid={testId}>
      <h3>{title}</h3>
      <ul>
        {visits.map((visit) => (
          <li key={visit.id}>{render(visit)}</li>
        ))}
      </ul>
    </div>
  );
}
