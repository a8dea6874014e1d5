import { t } from '../../i18n/i18n.ts';
import { DateField } from '../../shared-ui/DateField.tsx';
import type { StatsForm, StatsFormErrors } from './stats-form.ts';

type Props = {
  form: StatsForm;
  errors: StatsFormErrors;
  busy: boolean;
  onChange: (next: StatsForm) => void;
  onApply: () => void;
};

/** The period, grouping and airport of the statistics; applying asks the server. */
export function StatsControls({ form, errors, busy, onChange, onApply }: Props) {
  const set = (key: keyof StatsForm) => (value: string) => onChange({ ...form, [key]: value } as StatsForm);
  return (
    <form
      class="card stats-controls"
      aria-label={t('stats.form')}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onApply();
      }}
    >
      <DateField
        id="stats-from"
        label={t('stats.from')}
        placeholder={t('console.date.placeholder')}
        value={form.from}
        error={errors.from ? t(errors.from) : null}
        onInput={set('from')}
      />
      <DateField
        id="stats-to"
        label={t('stats.to')}
        placeholder={t('console.date.placeholder')}
        value={form.to}
        error={errors.to ? t(errors.to) : null}
        onInput={set('to')}
      />
      <div>
        <label for="stats-granularity">{t('stats.granularity')}</label>
        <select
          id="stats-granularity"
          value={form.granularity}
          onChange={(event) => set('granularity')(event.currentTarget.value)}
        >
          <option value="week">{t('stats.week')}</option>
          <option value="month">{t('stats.month')}</option>
        </select>
      </div>
      <div>
        <label for="stats-airport">{t('stats.airport')}</label>
        <input
          id="stats-airport"
          value={form.airport}
          maxLength={4}
          autoComplete="off"
          aria-invalid={errors.airport ? 'true' : undefined}
          aria-describedby={errors.airport ? 'stats-airport-error' : 'stats-airport-help'}
          onInput={(event) => set('airport')(event.currentTarget.value)}
        />
        {errors.airport ? (
          <p id="stats-airport-error" class="field-error" role="alert">
            {t(errors.airport)}
          </p>
        ) : (
          <p id="stats-airport-help" class="help">
            {t('stats.airportHelp')}
          </p>
        )}
      </div>
      <div class="stats-apply">
        <button type="submit" class="btn btn-primary" disabled={busy}>
          {busy ? t('stats.loading') : t('stats.show')}
        </button>
      </div>
    </form>
  );
}
