import { useRef, useState } from 'preact/hooks';
import type { WatchlistItem } from '../../core/console/watchlist-api.ts';
import { localDay } from '../../core/time/local-time.ts';
import { t, type MessageKey } from '../../i18n/i18n.ts';
import { DateField } from '../../shared-ui/DateField.tsx';
import type { ConsoleApi } from '../api-client.ts';
import { errorText } from '../format.ts';
import {
  EMPTY_ENTRY,
  WATCH_KINDS,
  draftOf,
  entryRequest,
  type EntryDraft,
  type EntryField,
  type Problems,
} from './watch-forms.ts';

type Props = {
  api: ConsoleApi;
  /** The entry to edit; null adds a new one. */
  item: WatchlistItem | null;
  onSaved: (item: WatchlistItem) => void;
  onCancel: () => void;
};

const ORDER: EntryField[] = [
  'kind',
  'name',
  'birthDate',
  'passportNumber',
  'phone',
  'socialHandle',
  'expiresOn',
  'note',
];
type TextField = { field: 'name' | 'passportNumber' | 'phone' | 'socialHandle'; label: MessageKey };
const NAME_FIELD: TextField = { field: 'name', label: 'watchAdmin.form.name' };
const TEXT_FIELDS: TextField[] = [
  { field: 'passportNumber', label: 'watchAdmin.form.passportNumber' },
  { field: 'phone', label: 'watchAdmin.form.phone' },
  { field: 'socialHandle', label: 'watchAdmin.form.socialHandle' },
];

/** Adds or edits one watchlist entry; every problem named at its field, the first focused, nothing typed lost. */
export function WatchEntryForm({ api, item, onSaved, onCancel }: Props) {
  const [draft, setDraft] = useState<EntryDraft>(item ? draftOf(item) : EMPTY_ENTRY);
  const [problems, setProblems] = useState<Problems<EntryField>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  const set = (field: EntryField, value: string) => {
    setDraft((d) => ({ ...d, [field]: value }));
    setProblems((p) => ({ ...p, [field]: undefined }));
  };
  const problemText = (field: EntryField): string | null => {
    const p = problems[field];
    return p ? t(p.key, p.params) : null;
  };
  const submit = async (event: Event) => {
    event.preventDefault();
    setError(null);
    const built = entryRequest(draft, localDay(new Date(), 'WIB'));
    if (!built.ok) {
      setProblems(built.problems);
      const first = ORDER.find((f) => built.problems[f]);
      formRef.current?.querySelector<HTMLElement>(`#entry-${first}`)?.focus();
      return;
    }
    setProblems({});
    setBusy(true);
    try {
      onSaved(
        item
          ? await api.editWatchEntry(item.entry.id, built.request)
          : await api.addWatchEntry(built.request),
      );
    } catch (failure) {
      setError(errorText(failure));
    } finally {
      setBusy(false);
    }
  };
  const errorLine = (field: EntryField) =>
    problems[field] && (
      <p class="field-error" id={`entry-${field}-error`}>
        {problemText(field)}
      </p>
    );
  const invalid = (field: EntryField) => ({
    'aria-invalid': problems[field] ? ('true' as const) : undefined,
    'aria-describedby': problems[field] ? `entry-${field}-error` : undefined,
  });

  const textInput = ({ field, label }: TextField) => (
    <div class="field" key={field}>
      <label for={`entry-${field}`}>{t(label)}</label>
      <input
        id={`entry-${field}`}
        autocomplete="off"
        maxLength={250}
        value={draft[field]}
        class={field === 'passportNumber' ? 'mono' : undefined}
        onInput={(event) => set(field, (event.currentTarget as HTMLInputElement).value)}
        {...invalid(field)}
      />
      {errorLine(field)}
    </div>
  );

  return (
    <form class="card entry-form" ref={formRef} noValidate onSubmit={(event) => void submit(event)}>
      <h2>
        {item ? t('watchAdmin.form.editTitle', { name: item.entry.name }) : t('watchAdmin.form.addTitle')}
      </h2>
      {error && (
        <p class="alert alert-danger" role="alert">
          {error}
        </p>
      )}
      <div class="form-grid">
        <div class="field">
          <label for="entry-kind">{t('watchAdmin.form.kind')}</label>
          <select
            id="entry-kind"
            value={draft.kind}
            onChange={(event) => set('kind', (event.currentTarget as HTMLSelectElement).value)}
          >
            {WATCH_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`watchAdmin.kind.${kind}`)}
              </option>
            ))}
          </select>
        </div>
        {textInput(NAME_FIELD)}
        <DateField
          id="entry-birthDate"
          label={t('watchAdmin.form.birthDate')}
          placeholder={t('console.date.placeholder')}
          value={draft.birthDate}
          error={problemText('birthDate')}
          onInput={(value) => set('birthDate', value)}
        />
        {TEXT_FIELDS.map(textInput)}
        <div>
          <DateField
            id="entry-expiresOn"
            label={t('watchAdmin.form.expiresOn')}
            placeholder={t('console.date.placeholder')}
            value={draft.expiresOn}
            error={problemText('expiresOn')}
            onInput={(value) => set('expiresOn', value)}
          />
          <p class="help">{t('watchAdmin.form.expiresHelp')}</p>
        </div>
      </div>
      <div class="field">
        <label for="entry-note">{t('watchAdmin.form.note')}</label>
        <textarea
          id="entry-note"
          rows={2}
          value={draft.note}
          onInput={(event) => set('note', (event.currentTarget as HTMLTextAreaElement).value)}
          {...invalid('note')}
        />
        {errorLine('note')}
      </div>
      <div class="form-buttons">
        <button type="submit" class="btn btn-primary" disabled={busy}>
          {busy ? t('watchAdmin.form.saving') : t('watchAdmin.form.submit')}
        </button>
        <button type="button" class="btn btn-ghost" onClick={onCancel}>
          {t('watchAdmin.form.cancel')}
        </button>
      </div>
    </form>
  );
}
