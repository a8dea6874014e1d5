import { useCallback, useEffect, useState } from 'preact/hooks';
import type { WatchlistItem, WatchlistQuery } from '../../core/console/watchlist-api.ts';
import { isoDateToDisplay } from '../../core/time/local-time.ts';
import { t, type MessageKey } from '../../i18n/i18n.ts';
import type { ConsoleApi } from '../api-client.ts';
import { errorText } from '../format.ts';
import { WATCH_KINDS } from './watch-forms.ts';
import { WatchEntryForm } from './WatchEntryForm.tsx';

type Props = { api: ConsoleApi; canEdit: boolean };
type Filters = { q: string; kind: WatchlistQuery['kind'] | ''; ended: boolean };

const SOURCES: Record<string, MessageKey> = {
  cekal: 'watchAdmin.source.cekal',
  console: 'watchAdmin.source.console',
  csv: 'watchAdmin.source.csv',
};

/** What identifies an entry's person, one line each. */
function identity(item: WatchlistItem): string[] {
  const e = item.entry;
  return [
    e.passportNumber && t('watchAdmin.entries.passport', { value: e.passportNumber }),
    e.birthDate && t('watchAdmin.entries.birth', { value: isoDateToDisplay(e.birthDate) }),
    e.phone && t('watchAdmin.entries.phone', { value: e.phone }),
    e.socialHandle && t('watchAdmin.entries.handle', { value: e.socialHandle }),
  ].filter((line): line is string => Boolean(line));
}

/** The watchlist searched and paged; Imigrasi adds, edits and ends entries here. */
export function WatchEntries({ api, canEdit }: Props) {
  const [typed, setTyped] = useState<Filters>({ q: '', kind: '', ended: false });
  const [filters, setFilters] = useState<Filters>(typed);
  const [items, setItems] = useState<WatchlistItem[] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [editing, setEditing] = useState<WatchlistItem | 'new' | null>(null);
  const [ending, setEnding] = useState<WatchlistItem | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(
    async (cursor: string | null) => {
      const query: WatchlistQuery = {};
      if (filters.q.trim()) query.q = filters.q.trim().slice(0, 100);
      if (filters.kind) query.kind = filters.kind;
      if (filters.ended) query.ended = '1';
      if (cursor) query.cursor = cursor;
      try {
        const page = await api.watchlist(query);
        setItems((current) => (cursor && current ? [...current, ...page.items] : page.items));
        setNext(page.nextCursor);
        setError(null);
      } catch (failure) {
        setError(errorText(failure));
      }
    },
    [api, filters],
  );
  useEffect(() => {
    void load(null);
  }, [load]);

  const end = async (item: WatchlistItem) => {
    setBusy(true);
    try {
      await api.endWatchEntry(item.entry.id);
      setEnding(null);
      setDone(t('watchAdmin.entries.endedDone', { name: item.entry.name }));
      await load(null);
    } catch (failure) {
      setError(errorText(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="watch-entries">
      <form
        class="card watch-filters"
        onSubmit={(event) => {
          event.preventDefault();
          setFilters(typed);
        }}
      >
        <div class="field">
          <label for="watch-q">{t('watchAdmin.entries.search')}</label>
          <input
            id="watch-q"
            type="search"
            maxLength={100}
            value={typed.q}
            onInput={(event) => setTyped({ ...typed, q: (event.currentTarget as HTMLInputElement).value })}
          />
        </div>
        <div class="field">
          <label for="watch-kind">{t('watchAdmin.entries.kind')}</label>
          <select
            id="watch-kind"
            value={typed.kind}
            onChange={(event) =>
              setTyped({
                ...typed,
                kind: (event.currentTarget as HTMLSelectElement).value as Filters['kind'],
              })
            }
          >
            <option value="">{t('watchAdmin.entries.allKinds')}</option>
            {WATCH_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`watchAdmin.kind.${kind}`)}
              </option>
            ))}
          </select>
        </div>
        <label class="check">
          <input
            type="checkbox"
            checked={typed.ended}
            onChange={(event) =>
              setTyped({ ...typed, ended: (event.currentTarget as HTMLInputElement).checked })
            }
          />{' '}
          {t('watchAdmin.entries.showEnded')}
        </label>
        <button type="submit" class="btn">
          {t('watchAdmin.entries.apply')}
        </button>
        {canEdit && editing === null && (
          <button
            type="button"
            class="btn btn-primary"
            onClick={() => {
              setDone(null);
              setEditing('new');
            }}
          >
            {t('watchAdmin.entries.add')}
          </button>
        )}
      </form>
      {!canEdit && <p class="help">{t('watchAdmin.entries.readOnly')}</p>}
      {done && (
        <p class="alert alert-ok" role="status">
          {done}
        </p>
      )}
      {error && (
        <p class="alert alert-danger" role="alert">
          {error}
        </p>
      )}
      {editing !== null && (
        <WatchEntryForm
          api={api}
          item={editing === 'new' ? null : editing}
          onCancel={() => setEditing(null)}
          onSaved={(saved) => {
            setEditing(null);
            setDone(t('watchAdmin.entries.saved', { name: saved.entry.name }));
            void load(null);
          }}
        />
      )}
      {ending && (
        <div class="confirm" role="alertdialog" aria-labelledby="watch-end-text">
          <p id="watch-end-text">{t('watchAdmin.entries.confirmEnd', { name: ending.entry.name })}</p>
          <button type="button" class="btn btn-danger" disabled={busy} onClick={() => void end(ending)}>
            {t('watchAdmin.entries.confirmEndYes')}
          </button>{' '}
          <button type="button" class="btn" onClick={() => setEnding(null)}>
            {t('watchAdmin.entries.cancel')}
          </button>
        </div>
      )}
      {items === null && !error && <p aria-busy="true">{t('console.app.loading')}</p>}
      {items && items.length === 0 && <p class="alert alert-warn">{t('watchAdmin.entries.empty')}</p>}
      {items && items.length > 0 && (
        <table class="device-table watch-table">
          <thead>
            <tr>
              <th scope="col">{t('watchAdmin.entries.col.name')}</th>
              <th scope="col">{t('watchAdmin.entries.col.kind')}</th>
              <th scope="col">{t('watchAdmin.entries.col.identity')}</th>
              <th scope="col">{t('watchAdmin.entries.col.expires')}</th>
              <th scope="col">{t('watchAdmin.entries.col.source')}</th>
              <th scope="col">{t('watchAdmin.entries.col.changedBy')}</th>
              <th scope="col">{t('watchAdmin.entries.col.status')}</th>
              {canEdit && <th scope="col">{t('watchAdmin.entries.col.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.entry.id} data-entry={item.entry.id} class={item.ended ? 'revoked' : undefined}>
                <td>
                  <strong>{item.entry.name}</strong>
                  {item.entry.note && <div class="note small">{item.entry.note}</div>}
                </td>
                <td>{t(`watchAdmin.kind.${item.entry.kind}`)}</td>
                <td class="small">
                  {identity(item).map((line) => (
                    <div key={line}>{line}</div>
                  ))}
                </td>
                <td class="nowrap">
                  {item.expiresOn ? isoDateToDisplay(item.expiresOn) : t('watchAdmin.entries.noExpiry')}
                </td>
                <td>{t(SOURCES[item.source ?? ''] ?? 'watchAdmin.source.other')}</td>
                <td class="mono small">{item.changedBy ?? '—'}</td>
                <td>
                  <span class={item.ended ? 'state state-revoked' : 'state state-active'}>
                    {item.ended ? t('watchAdmin.entries.ended') : t('watchAdmin.entries.active')}
                  </span>
                </td>
                {canEdit && (
                  <td class="nowrap">
                    <button
                      type="button"
                      class="btn"
                      onClick={() => {
                        setDone(null);
                        setEditing(item);
                      }}
                    >
                      {t('watchAdmin.entries.edit')}
                    </button>{' '}
                    {!item.ended && (
                      <button
                        type="button"
                        class="btn btn-danger"
                        onClick={() => {
                          setDone(null);
                          setEnding(item);
                        }}
                      >
                        {t('watchAdmin.entries.end')}
                      </button>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {next && (
        <p class="load-more">
          <button type="button" class="btn" onClick={() => void load(next)}>
            {t('watchAdmin.entries.more')}
          </button>
        </p>
      )}
    </div>
  );
}
