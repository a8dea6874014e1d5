import { useState } from 'preact/hooks';
import { isMessageKey, t } from '../../i18n/i18n.ts';
import { formatDateTime } from '../../core/time/local-time.ts';
import { useSession } from '../hooks/use-session.ts';
import { useSyncService, useSyncStatus } from '../hooks/use-sync.ts';
import './sync-screen.css';

/** An error code as text: known codes through i18n, others (a receiver's own code) as they are. */
function reasonText(code: string): string {
  return isMessageKey(code) ? t(code) : code;
}

/** Outbox counts, last success, failures with reasons, progress, Sync now, and enrolment with the server. */
export function SyncScreen() {
  const session = useSession();
  const service = useSyncService();
  const status = useSyncStatus(service);
  const [code, setCode] = useState('');
  const [enrolMessage, setEnrolMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [enrolling, setEnrolling] = useState(false);
  const [resendMessage, setResendMessage] = useState<string | null>(null);

  if (!service || !status) return <p class="screen">{t('app.loading')}</p>;

  const enrol = async (event: Event): Promise<void> => {
    event.preventDefault();
    setEnrolling(true);
    const result = await service.enrol({
      code,
      deviceId: session.device.id,
      airport: session.device.airport,
      checkpoint: session.device.checkpoint,
    });
    setEnrolling(false);
    setEnrolMessage(
      result.ok ? { ok: true, text: t('sync.enrol.done') } : { ok: false, text: reasonText(result.reason) },
    );
    if (result.ok) setCode('');
  };

  const resend = async (id: string): Promise<void> => {
    const result = await service.resend(id, { id: session.officer.id, role: session.officer.role });
    setResendMessage(result.ok ? t('sync.quarantine.resent') : reasonText(result.reason));
  };
  const isLead = session.officer.role === 'shift_lead';

  const { counts, progress } = status;
  const showEnrol = !status.enrolled || status.needsEnrolment;
  return (
    <section class="screen sync-screen" aria-labelledby="sync-title">
      <h1 id="sync-title">{t('sync.title')}</h1>
      <p>{t('sync.intro')}</p>
      {status.revoked && (
        <p class="alert alert-danger" role="alert" data-testid="sync-revoked">
          {t('sync.revoked')}
        </p>
      )}
      <dl class="sync-counts card">
        <div>
          <dt>{t('sync.pending')}</dt>
          <dd data-testid="sync-pending">{counts.pending}</dd>
        </div>
        <div>
          <dt>{t('sync.sending')}</dt>
          <dd data-testid="sync-sending">{counts.sending}</dd>
        </div>
        <div>
          <dt>{t('sync.sent')}</dt>
          <dd data-testid="sync-acknowledged">{counts.acknowledged}</dd>
        </div>
        <div>
          <dt>{t('sync.failed')}</dt>
          <dd data-testid="sync-failed">{counts.rejected}</dd>
        </div>
      </dl>
      <p>
        {t('sync.lastSuccess')}:{' '}
        <strong data-testid="sync-last-success">
          {status.lastSuccessAt
            ? formatDateTime(new Date(status.lastSuccessAt), session.device.zone)
            : t('sync.never')}
        </strong>
      </p>
      {status.running && progress && progress.total > 0 && (
        <div class="sync-progress">
          <progress max={progress.total} value={progress.done} />
          <span>{t('sync.progress', { done: progress.done, total: progress.total })}</span>
        </div>
      )}
      {status.lastError && !status.running && (
        <p class="alert alert-warn" role="status">
          {t('sync.willRetry', { reason: reasonText(status.lastError) })}
        </p>
      )}
      <button
        type="button"
        class="btn btn-primary btn-lg"
        disabled={status.running || !status.enrolled || status.revoked}
        onClick={() => void service.syncNow()}
      >
        {status.running ? t('sync.syncing') : t('sync.syncNow')}
      </button>

      <h2>{t('sync.failuresTitle')}</h2>
      {resendMessage && (
        <p class="alert alert-ok" role="status">
          {resendMessage}
        </p>
      )}
      {status.failures.length === 0 ? (
        <p>{t('sync.noFailures')}</p>
      ) : (
        <>
          <p>{t('sync.failuresHelp')}</p>
          <ul class="sync-failures">
            {status.failures.map((failure) => (
              <li key={failure.id} class="card">
                <strong>{t('sync.record', { id: failure.id })}</strong>
                <span>{reasonText(failure.reason)}</span>
                {isLead && (
                  <button type="button" class="btn" onClick={() => void resend(failure.id)}>
                    {t('sync.quarantine.resend')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </>
      )}

      <h2>{status.enrolled && !status.needsEnrolment ? t('sync.enrol.enrolled') : t('sync.enrol.title')}</h2>
      {status.needsEnrolment && (
        <p class="alert alert-danger" role="alert">
          {t('sync.enrol.needed')}
        </p>
      )}
      {enrolMessage && (
        <p class={enrolMessage.ok ? 'alert alert-ok' : 'alert alert-danger'} role="status">
          {enrolMessage.text}
        </p>
      )}
      <details open={showEnrol && !status.revoked}>
        <summary>{showEnrol ? t('sync.enrol.intro') : t('sync.enrol.again')}</summary>
        <form class="sync-enrol" onSubmit={(e) => void enrol(e)}>
          <label class="field">
            <span>{t('sync.enrol.code')}</span>
            <input
              value={code}
              autoComplete="off"
              autoCapitalize="characters"
              spellcheck={false}
              onInput={(e) => setCode((e.target as HTMLInputElement).value)}
            />
          </label>
          <button type="submit" class="btn btn-lg" disabled={enrolling || code.trim().length < 6}>
            {t('sync.enrol.submit')}
          </button>
        </form>
      </details>
    </section>
  );
}
