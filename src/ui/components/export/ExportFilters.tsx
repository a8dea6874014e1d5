import { useState } from 'preact/hooks';
import { t } from '../../../i18n/i18n.ts';
import { shiftChoices, type Shift } from '../../../core/export/export-range.ts';
import { isFlagged, OUTCOMES, type Outcome } from '../../../core/screening/screening-schema.ts';
import { DateField } from '../../../shared-ui/DateField.tsx';
import { isoToDisplayDate, parseDisplayDate } from '../../../shared-ui/display-date.ts';
import type { ShiftStarts } from '../../../core/time/shifts.ts';
import { outcomeLabel, shiftLabel } from './export-labels.ts';

/** What the lead picked; days are local YYYY-MM-DD, an empty checkpoint means all. */
export type FilterState = {
  fromDay: string;
  toDay: string;
  shift: Shift;
  checkpoint: string;
  outcomes: Outcome[];
};

/** The flagged outcomes, the default choice of the list. */
export const FLAGGED_OUTCOMES: Outcome[] = OUTCOMES.filter((o) => isFlagged(o));

/** Range (date + shift), checkpoint and outcome pickers. */
export function ExportFilters({
  value,
  checkpoints,
  shiftStarts,
  onChange,
}: {
  value: FilterState;
  checkpoints: string[];
  shiftStarts: ShiftStarts;
  onChange: (next: FilterState) => void;
}) {
  const set = (patch: Partial<FilterState>) => onChange({ ...value, ...patch });
  const toggle = (o: Outcome) =>
    set({
      outcomes: value.outcomes.includes(o) ? value.outcomes.filter((x) => x !== o) : [...value.outcomes, o],
    });
  return (
    <fieldset class="card export-filters">
      <legend>{t('export.range.legend')}</legend>
      <div class="export-filter-row">
        <DayField
          id="export-from"
          label={t('export.range.from')}
          day={value.fromDay}
          onDay={(fromDay) => set({ fromDay })}
        />
        <DayField
          id="export-to"
          label={t('export.range.to')}
          day={value.toDay}
          onDay={(toDay) => set({ toDay })}
        />
        <div class="field">
          <label for="export-shift">{t('export.range.shift')}</label>
          <select
            id="export-shift"
            value={value.shift}
            onChange={(e) => {
              const chosen = e.currentTarget.value;
              set({ shift: chosen === 'day' ? 'day' : Number(chosen) });
            }}
          >
            {shiftChoices(shiftStarts).map((s) => (
              <option key={s} value={s}>
                {shiftLabel(s, shiftStarts)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="export-checkpoint">{t('export.range.checkpoint')}</label>
          <select
            id="export-checkpoint"
            value={value.checkpoint}
            onChange={(e) => set({ checkpoint: e.currentTarget.value })}
          >
            <option value="">{t('export.range.allCheckpoints')}</option>
            {checkpoints.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div class="export-outcomes" role="group" aria-label={t('export.range.outcomes')}>
        {OUTCOMES.map((o) => (
          <label key={o} class="export-check">
            <input type="checkbox" checked={value.outcomes.includes(o)} onChange={() => toggle(o)} />
            {outcomeLabel(o)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** A day typed as DD/MM/YYYY whatever the browser's locale; the range changes only once the text is a real date. */
function DayField({
  id,
  label,
  day,
  onDay,
}: {
  id: string;
  label: string;
  day: string;
  onDay: (iso: string) => void;
}) {
  const [text, setText] = useState(() => isoToDisplayDate(day));
  const parsed = parseDisplayDate(text);
  const error = parsed.ok ? null : t(parsed.error === 'format' ? 'gate.date.format' : 'gate.date.impossible');
  return (
    <DateField
      id={id}
      label={label}
      placeholder={t('gate.date.placeholder')}
      value={text}
      error={error}
      onInput={(next) => {
        setText(next);
        const read = parseDisplayDate(next);
        if (read.ok) onDay(read.iso);
      }}
    />
  );
}
