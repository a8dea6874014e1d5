import { useContext, useEffect, useState } from 'preact/hooks';
import { t } from '../../i18n/i18n.ts';
import { verifyChain, type ChainCheck } from '../../storage/audit-log.ts';
import { shiftStartsOf } from '../../core/time/shifts.ts';
import { purgeNowAsLead } from '../../storage/retention.ts';
import { UnlockedContext, type Unlocked } from '../hooks/use-unlocked.ts';
import { OfficerManager } from './OfficerManager.tsx';
import '../styles/session.css';

type Figures = {
  usedMb: string | null;
  quotaMb: string | null;
  persisted: boolean | null;
  records: number;
  outbox: number;
};

function chainText(result: ChainCheck): string {
  if (result.ok) return t('store.health.chainOk', { length: result.length });
  switch (result.problem) {
    case 'link':
      return t('store.health.chainBroken', { seq: result.brokenAt });
    case 'truncated':
      return t('store.health.chainTruncated', { expected: result.expected, length: result.length });
    case 'head':
      return t('store.health.chainHead');
  }
}

const mb = (bytes: number | undefined): string | null =>
  bytes === undefined ? null : (bytes / 1_048_576).toFixed(1);

/** Settings → Penyimpanan: usage and quota, persistence, audit chain check, purge now, officers (shift leads). */
export function StorageHealth() {
  const value = useContext(UnlockedContext);
  // Outside the sign-in gate (never in the app, only when a screen is rendered alone) there is nothing to show.
  return value ? <StoragePanel {...value} /> : null;
}

function StoragePanel({ db, unlocked }: Unlocked) {
  const [figures, setFigures] = useState<Figures | null>(null);
  const [chain, setChain] = useState<string | null>(null);
  const [chainOk, setChainOk] = useState(true);
  const [purged, setPurged] = useState<string | null>(null);
  const [reload, setReload] = useState(0);
  const [confirming, setConfirming] = useState(false);

  useEffect(() => {
    void (async () => {
      const estimate = await navigator.storage?.estimate?.().catch(() => undefined);
      const persisted = navigator.storage?.persisted
        ? await navigator.storage.persisted().catch(() => null)
        : unlocked.device.persisted;
      setFigures({
        usedMb: mb(estimate?.usage),
        quotaMb: mb(estimate?.quota),
        persisted,
        records: await db.screenings.where('latest').equals(1).count(),
        outbox: await db.outbox.where('state').anyOf('pending', 'sending').count(),
      });
    })();
  }, [db, unlocked, reload]);

  const verify = async (): Promise<void> => {
    const result = await verifyChain(db, unlocked.keys);
    setChainOk(result.ok);
    setChain(chainText(result));
  };

  const purge = async (): Promise<void> => {
    setConfirming(false);
    const outcome = await purgeNowAsLead(db, unlocked, shiftStartsOf(unlocked.device));
    if (!outcome.ok) return setPurged(t(outcome.error));
    const { result } = outcome;
    setPurged(t('store.health.purged', { clear: result.clearPurged, flagged: result.flaggedPurged }));
    setReload((n) => n + 1);
  };
  const isLead = unlocked.officer.role === 'shift_lead';

  const unknown = t('store.health.unknown');
  return (
    <section class="card" aria-labelledby="storage-title" data-testid="storage-health">
      <h2 id="storage-title">{t('store.health.title')}</h2>
      <dl class="facts">
        <dt>{t('store.health.usage')}</dt>
        <dd>
          {figures?.usedMb && figures.quotaMb
            ? t('store.health.usageValue', { used: figures.usedMb, quota: figures.quotaMb })
            : unknown}
        </dd>
        <dt>{t('store.health.persistence')}</dt>
        <dd data-testid="persisted">
          {figures?.persisted === true
            ? t('store.health.persistYes')
            : figures?.persisted === false
              ? t('store.health.persistNo')
              : unknown}
        </dd>
        <dt>{t('store.health.records')}</dt>
        <dd>{figures?.records ?? '…'}</dd>
        <dt>{t('store.health.outbox')}</dt>
        <dd>{figures?.outbox ?? '…'}</dd>
      </dl>
      <div class="row-actions">
        <button type="button" class="btn" onClick={() => void verify()}>
          {t('store.health.verify')}
        </button>
        {isLead && (
          <button type="button" class="btn" disabled={confirming} onClick={() => setConfirming(true)}>
            {t('store.health.purge')}
          </button>
        )}
      </div>
      {confirming && (
        <div class="alert alert-warn" role="alertdialog" aria-labelledby="purge-confirm-text">
          <p id="purge-confirm-text">{t('shiftLead.purge.confirm')}</p>
          <div class="row-actions">
            <button type="button" class="btn btn-danger" onClick={() => void purge()}>
              {t('shiftLead.purge.yes')}
            </button>
            <button type="button" class="btn" onClick={() => setConfirming(false)}>
              {t('shiftLead.purge.cancel')}
            </button>
          </div>
        </div>
      )}
      {chain && (
        <p class={chainOk ? 'alert alert-ok' : 'alert alert-danger'} role="status" data-testid="chain-result">
          {chain}
        </p>
      )}
      {purged && (
        <p class="alert alert-ok" role="status">
          {purged}
        </p>
      )}
      {isLead && <OfficerManager />}
    </section>
  );
}
