import { useCallback, useEffect, useState } from 'preact/hooks';
import type {
  AuditVerifyResponse,
  ConsoleAuditAction,
  ConsoleAuditEntry,
} from '../../core/console/console-api.ts';
import { t, type MessageKey } from '../../i18n/i18n.ts';
import type { ConsoleApi } from '../api-client.ts';
import { errorText, when } from '../format.ts';

type Props = { api: ConsoleApi };

const actionKey = (action: ConsoleAuditAction): MessageKey =>
  `auditLog.action.${action.replace('.', '_')}` as MessageKey;

/** A detail value as one short line: strings as they are, the rest as JSON, cut at 120 characters. */
function detailLine(detail: Record<string, unknown>): string {
  return Object.entries(detail)
    .map(([key, value]) => {
      const text = typeof value === 'string' ? value : JSON.stringify(value);
      return `${key}: ${text.length > 120 ? `${text.slice(0, 119)}…` : text}`;
    })
    .join(' · ');
}

/** The server's hash-chained audit log, newest first, paged; the administrator verifies the chain on demand. */
export function AuditScreen({ api }: Props) {
  const [entries, setEntries] = useState<ConsoleAuditEntry[] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [verify, setVerify] = useState<AuditVerifyResponse | 'busy' | null>(null);

  const load = useCallback(
    async (cursor: string | null) => {
      setBusy(true);
      try {
        const page = await api.audit(cursor);
        setEntries((current) => (cursor && current ? [...current, ...page.items] : page.items));
        setNext(page.nextCursor);
        setError(null);
      } catch (failure) {
        setError(errorText(failure));
      } finally {
        setBusy(false);
      }
    },
    [api],
  );
  useEffect(() => {
    void load(null);
  }, [load]);

  const runVerify = async () => {
    setVerify('busy');
    try {
      setVerify(await api.verifyAudit());
    } catch (failure) {
      setVerify(null);
      setError(errorText(failure));
    }
  };

  return (
    <section aria-labelledby="audit-title">
      <h1 id="audit-title">{t('auditLog.title')}</h1>
      <p class="help">{t('auditLog.intro')}</p>
      <p>
        <button type="button" class="btn" disabled={verify === 'busy'} onClick={() => void runVerify()}>
          {verify === 'busy' ? t('auditLog.verifying') : t('auditLog.verify')}
        </button>
      </p>
      {verify && verify !== 'busy' && (
        <p
          class={verify.ok ? 'alert alert-ok' : 'alert alert-danger'}
          role={verify.ok ? 'status' : 'alert'}
          data-testid="audit-verify"
        >
          {verify.ok
            ? t('auditLog.intact', { checked: verify.checked })
            : t('auditLog.broken', { seq: verify.firstBrokenSeq ?? '—', checked: verify.checked })}
        </p>
      )}
      {error && (
        <p class="alert alert-danger" role="alert">
          {error}
        </p>
      )}
      {entries === null && !error && <p aria-busy="true">{t('console.app.loading')}</p>}
      {entries && entries.length === 0 && <p class="alert alert-warn">{t('auditLog.empty')}</p>}
      {entries && entries.length > 0 && (
        <table class="device-table audit-table">
          <thead>
            <tr>
              <th scope="col">{t('auditLog.col.seq')}</th>
              <th scope="col">{t('auditLog.col.at')}</th>
              <th scope="col">{t('auditLog.col.actor')}</th>
              <th scope="col">{t('auditLog.col.action')}</th>
              <th scope="col">{t('auditLog.col.subject')}</th>
              <th scope="col">{t('auditLog.col.detail')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.seq} data-seq={e.seq}>
                <td class="num">{e.seq}</td>
                <td class="nowrap">{when(e.at)}</td>
                <td class="mono">{e.actor ? e.actor.username : t('auditLog.system')}</td>
                <td>{t(actionKey(e.action))}</td>
                <td class="mono small">{e.subject ?? '—'}</td>
                <td class="small audit-detail">{detailLine(e.detail)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {next && (
        <p class="load-more">
          <button type="button" class="btn" disabled={busy} onClick={() => void load(next)}>
            {t('auditLog.more')}
          </button>
        </p>
      )}
      {entries && entries.length > 0 && !next && <p class="help">{t('auditLog.start')}</p>}
    </section>
  );
}
