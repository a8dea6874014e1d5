import { CASE_STATES } from '../../core/console/console-api.ts';
import { CATALOGUE_V1 } from '../../core/checklist/builtin-catalogue.ts';
import { OUTCOMES } from '../../core/screening/screening-schema.ts';
import { getLang, t } from '../../i18n/i18n.ts';
import { DateField } from '../../shared-ui/DateField.tsx';
import { EMPTY_FILTERS, type FilterErrors, type InboxFilters } from './inbox-filters.ts';

type Props = {
  filters: InboxFilters;
  errors: FilterErrors;
  onChange: (next: InboxFilters) => void;
  onApply: () => void;
};

/** The inbox's search box and filters; applying sends them, clearing empties them. */
export function CaseFilters({ filters, errors, onChange, onApply }: Props) {
  const lang = getLang();
  const set = (key: keyof InboxFilters) => (value: string) => onChange({ ...filters, [key]: value });
  const input = (key: keyof InboxFilters) => (event: Event) =>
    set(key)((event.currentTarget as HTMLInputElement | HTMLSelectElement).value);
  const text = (key: 'airport' | 'checkpoint' | 'destination' | 'district', label: string) => (
    <div>
      <label for={`filter-${key}`}>{label}</label>
      <input id={`filter-${key}`} value={filters[key]} onInput={input(key)} autoComplete="off" />
    </div>
  );
  return (
    <form
      class="case-filters card"
      aria-label={t('console.inbox.filters')}
      onSubmit={(event) => {
        event.preventDefault();
        onApply();
      }}
    >
      <div class="filter-search">
        <label for="filter-q">{t('console.inbox.search')}</label>
        <input id="filter-q" type="search" value={filters.q} onInput={input('q')} autoComplete="off" />
      </div>
      <div class="filter-grid">
        <DateField
          id="filter-from"
          label={t('console.inbox.from')}
          placeholder={t('console.date.placeholder')}
          value={filters.from}
          error={errors.from ? t(errors.from) : null}
          onInput={set('from')}
        />
        <DateField
          id="filter-to"
          label={t('console.inbox.to')}
          placeholder={t('console.date.placeholder')}
          value={filters.to}
          error={errors.to ? t(errors.to) : null}
          onInput={set('to')}
        />
        {text('airport', t('console.inbox.airport'))}
        {text('checkpoint', t('console.inbox.checkpoint'))}
        <div>
          <label for="filter-outcome">{t('console.inbox.outcome')}</label>
          <select id="filter-outcome" value={filters.outcome} onChange={input('outcome')}>
            <option value="">{t('console.inbox.any')}</option>
            {OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {t(`checklist.outcome.${o}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label for="filter-state">{t('console.inbox.state')}</label>
          <select id="filter-state" value={filters.state} onChange={input('state')}>
            <option value="">{t('console.inbox.any')}</option>
            {CASE_STATES.map((s) => (
              <option key={s} value={s}>
                {t(`console.state.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label for="filter-owner">{t('console.inbox.owner')}</label>
          <select id="filter-owner" value={filters.owner} onChange={input('owner')}>
            <option value="">{t('console.inbox.any')}</option>
            <option value="me">{t('console.inbox.ownerMe')}</option>
            <option value="none">{t('console.inbox.ownerNone')}</option>
          </select>
        </div>
        {text('destination', t('console.inbox.destination'))}
        {text('district', t('console.inbox.district'))}
        <div class="filter-wide">
          <label for="filter-indicator">{t('console.inbox.indicator')}</label>
          <select id="filter-indicator" value={filters.indicator} onChange={input('indicator')}>
            <option value="">{t('console.inbox.any')}</option>
            {CATALOGUE_V1.indicators.map((i) => (
              <option key={i.id} value={i.id}>
                {i.question[lang]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div class="filter-actions">
        <button type="submit" class="btn btn-primary">
          {t('console.inbox.apply')}
        </button>
        <button type="button" class="btn" onClick={() => onChange(EMPTY_FILTERS)}>
          {t('console.inbox.clear')}
        </button>
      </div>
    </form>
  );
}
