import { useCallback, useEffect, useState } from 'preact/hooks';
import type { DeviceRow, EnrolCodeResponse } from '../../core/console/console-api.ts';
import { t } from '../../i18n/i18n.ts';
import type { ConsoleApi } from '../api-client.ts';
import { errorText, when } from '../format.ts';

/** Every enrolled tablet with its last report; issue an enrolment code; revoke a lost tablet after confirming. */
export function DevicesScreen({ api }: { api: ConsoleApi }) {
  const [devices, setDevices] = useState<DeviceRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [code, setCode] = useState<EnrolCodeResponse | null>(null);
  const [confirm, setConfirm] = useState<DeviceRow | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const reload = useCallback(async () => {
    try {
      setDevices((await api.devices()).items);
    } catch (failure) {
      setError(errorText(failure));
    }
  }, [api]);
  useEffect(() => {
    void reload();
  }, [reload]);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      await work();
    } catch (failure) {
      setError(errorText(failure));
    } finally {
      setBusy(false);
    }
  };
  const place = (d: DeviceRow) => `${d.airport} · ${d.checkpoint}`;
  return (
    <section aria-labelledby="devices-title">
      <h1 id="devices-title">{t('console.devices.title')}</h1>
      <p class="help">{t('console.devices.intro')}</p>
      <div class="card">
        <button
          type="button"
          class="btn btn-primary"
          disabled={busy}
          onClick={() => void run(async () => setCode(await api.issueCode()))}
        >
          {t('console.devices.issueCode')}
        </button>
        {code && (
          <div class="enrol-code" role="status">
            <p>
              {t('console.devices.code')}:{' '}
              <strong class="mono code" data-testid="enrol-code">
                {code.code}
              </strong>
            </p>
            <p class="help">{t('console.devices.codeHelp', { until: when(code.expiresAt) })}</p>
          </div>
        )}
      </div>
      {error && (
        <p class="alert alert-danger" role="alert">
          {error}
        </p>
      )}
      {done && (
        <p class="alert alert-ok" role="status">
          {done}
        </p>
      )}
      {confirm && (
        <div class="confirm card" role="alertdialog" aria-labelledby="confirm-revoke-text">
          <p id="confirm-revoke-text">
            {t('console.devices.confirmRevoke', { id: confirm.id, place: place(confirm) })}
          </p>
          <button
            type="button"
            class="btn btn-danger"
            disabled={busy}
            onClick={() =>
              void run(async () => {
                await api.revokeDevice(confirm.id);
                setConfirm(null);
                setDone(t('console.devices.revokedDone', { id: confirm.id }));
                await reload();
              })
            }
          >
            {t('console.devices.confirmRevokeYes')}
          </button>{' '}
          <button type="button" class="btn" onClick={() => setConfirm(null)}>
            {t('console.action.cancel')}
          </button>
        </div>
      )}
      {devices === null && !error && <p aria-busy="true">{t('console.app.loading')}</p>}
      {devices && devices.length === 0 && <p class="alert alert-warn">{t('console.devices.empty')}</p>}
      {devices && devices.length > 0 && (
        <table class="device-table">
          <thead>
            <tr>
              <th scope="col">{t('console.devices.col.id')}</th>
              <th scope="col">{t('console.devices.col.place')}</th>
              <th scope="col">{t('console.devices.col.enrolled')}</th>
              <th scope="col">{t('console.devices.col.lastSync')}</th>
              <th scope="col">{t('console.devices.col.appVersion')}</th>
              <th scope="col">{t('console.devices.col.backlog')}</th>
              <th scope="col">{t('console.devices.col.status')}</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {devices.map((d) => (
              <tr key={d.id} data-device={d.id} class={d.revoked ? 'revoked' : undefined}>
                <td class="mono small">{d.id}</td>
                <td>{place(d)}</td>
                <td class="nowrap">{when(d.enrolledAt)}</td>
                <td class="nowrap">{d.lastSeenAt ? when(d.lastSeenAt) : t('console.devices.never')}</td>
                <td>{d.appVersion ?? t('console.devices.unknown')}</td>
                <td>
                  {d.pending === null && d.rejected === null
                    ? t('console.devices.unknown')
                    : t('console.devices.backlog', { pending: d.pending ?? 0, rejected: d.rejected ?? 0 })}
                </td>
                <td>
                  <span class={d.revoked ? 'state state-revoked' : 'state state-active'}>
                    {d.revoked ? t('console.devices.revoked') : t('console.devices.active')}
                  </span>
                </td>
                <td>
                  {!d.revoked && (
                    <button
                      type="button"
                      class="btn btn-ghost danger"
                      aria-label={`${t('console.devices.revoke')} ${d.id}`}
                      onClick={() => {
                        setDone(null);
                        setConfirm(d);
                      }}
                    >
                      {t('console.devices.revoke')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
