import { useState } from 'preact/hooks';
import type { WatchlistCsvIssue, WatchlistCsvPreview } from '../../core/console/watchlist-api.ts';
import { isoDateToDisplay } from '../../core/time/local-time.ts';
import { t } from '../../i18n/i18n.ts';
import { ApiError, type ConsoleApi } from '../api-client.ts';
import { errorText } from '../format.ts';

type Props = { api: ConsoleApi };

/** Largest file read (the server takes at most 1,000,000 characters). */
const MAX_BYTES = 1_000_000;
/** Rows without a problem shown in the preview; rows with one are always all shown. */
const READY_SHOWN = 100;

/** One row problem in the reader's language. */
function issueText(issue: WatchlistCsvIssue): string {
  if (issue.field === 'kind' && issue.code === 'watchAdmin.csv.invalid')
    return t('watchAdmin.import.badKind');
  return t(issue.code, { field: issue.field, detail: '' });
}

/**
 * A watchlist CSV: chosen, checked by the server without storing anything, shown row by row with each row's
 * problems; only a file without a problem can be stored, and only when the user confirms.
 */
export function WatchImport({ api }: Props) {
  const [csv, setCsv] = useState<string | null>(null);
  const [preview, setPreview] = useState<WatchlistCsvPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [stored, setStored] = useState<number | null>(null);
  const [busy, setBusy] = useState<'reading' | 'saving' | null>(null);

  const check = async (text: string) => {
    setBusy('reading');
    try {
      setPreview(await api.previewWatchCsv(text));
    } catch (failure) {
      setError(errorText(failure));
    } finally {
      setBusy(null);
    }
  };
  const choose = async (event: Event) => {
    const file = (event.currentTarget as HTMLInputElement).files?.[0];
    setCsv(null);
    setPreview(null);
    setError(null);
    setStored(null);
    if (!file) return;
    if (file.size > MAX_BYTES) {
      setError(t('watchAdmin.import.tooBig', { size: Math.ceil(file.size / 1000), max: MAX_BYTES / 1000 }));
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      setError(t('watchAdmin.import.unreadable'));
      return;
    }
    setCsv(text);
    await check(text);
  };
  const confirm = async () => {
    if (csv === null) return;
    setBusy('saving');
    setError(null);
    try {
      setStored(await api.importWatchCsv(csv));
      setPreview(null);
      setCsv(null);
    } catch (failure) {
      setError(errorText(failure));
      if (failure instanceof ApiError && failure.code === 'console.error.csvInvalid') await check(csv);
    } finally {
      setBusy(null);
    }
  };

  const bad = preview?.rows.filter((r) => r.errors.length > 0) ?? [];
  const ready = preview?.rows.filter((r) => r.errors.length === 0) ?? [];
  const shown = [...bad, ...ready.slice(0, READY_SHOWN)].sort((a, b) => a.line - b.line);
  const canStore = preview !== null && !preview.fileError && bad.length === 0 && preview.valid > 0;
  return (
    <div class="watch-import">
      <p class="help">{t('watchAdmin.import.intro')}</p>
      <div class="field">
        <label for="watch-csv">{t('watchAdmin.import.file')}</label>
        <input id="watch-csv" type="file" accept=".csv,text/csv" onChange={(event) => void choose(event)} />
      </div>
      {busy === 'reading' && <p aria-busy="true">{t('watchAdmin.import.reading')}</p>}
      {stored !== null && (
        <p class="alert alert-ok" role="status" data-testid="import-stored">
          {t('watchAdmin.import.stored', { count: stored })}
        </p>
      )}
      {error && (
        <p class="alert alert-danger" role="alert">
          {error}
        </p>
      )}
      {preview?.fileError && (
        <p class="alert alert-danger" role="alert" data-testid="import-file-error">
          {t(preview.fileError.code, { field: '', detail: preview.fileError.detail })}
        </p>
      )}
      {preview && !preview.fileError && (
        <>
          <p
            class={bad.length > 0 ? 'alert alert-danger' : 'alert alert-ok'}
            role="status"
            data-testid="import-summary"
          >
            {t('watchAdmin.import.summary', { valid: preview.valid, total: preview.rows.length })}{' '}
            {bad.length > 0 && t('watchAdmin.import.hasErrors', { count: bad.length })}
          </p>
          <table class="device-table import-table">
            <thead>
              <tr>
                <th scope="col">{t('watchAdmin.import.col.line')}</th>
                <th scope="col">{t('watchAdmin.import.col.id')}</th>
                <th scope="col">{t('watchAdmin.import.col.kind')}</th>
                <th scope="col">{t('watchAdmin.import.col.name')}</th>
                <th scope="col">{t('watchAdmin.import.col.expires')}</th>
                <th scope="col">{t('watchAdmin.import.col.problems')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((row) => (
                <tr key={row.line} data-line={row.line} class={row.errors.length > 0 ? 'row-bad' : undefined}>
                  <td class="num">{row.line}</td>
                  <td class="mono small">{row.id ?? '—'}</td>
                  <td>{row.entry ? t(`watchAdmin.kind.${row.entry.kind}`) : '—'}</td>
                  <td>
                    {row.entry?.name ?? '—'}
                    {row.entry?.deleted && <span class="tag">{t('watchAdmin.import.deleted')}</span>}
                  </td>
                  <td class="nowrap">{row.expiresOn ? isoDateToDisplay(row.expiresOn) : '—'}</td>
                  <td>
                    {row.errors.length === 0 ? (
                      <span class="state state-active">{t('watchAdmin.import.ok')}</span>
                    ) : (
                      <ul class="plain-list row-problems">
                        {row.errors.map((issue, i) => (
                          <li key={i}>{issueText(issue)}</li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {ready.length > READY_SHOWN && (
            <p class="help">{t('watchAdmin.import.moreRows', { count: ready.length - READY_SHOWN })}</p>
          )}
          <p>
            <button
              type="button"
              class="btn btn-primary"
              disabled={!canStore || busy !== null}
              onClick={() => void confirm()}
            >
              {busy === 'saving'
                ? t('watchAdmin.import.saving')
                : t('watchAdmin.import.confirm', { count: preview.valid })}
            </button>
          </p>
        </>
      )}
    </div>
  );
}
