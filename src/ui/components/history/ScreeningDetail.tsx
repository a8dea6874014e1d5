import { useContext, useEffect, useState } from 'preact/hooks';
import { getLang, t } from '../../../i18n/i18n.ts';
import type { LinkedPerson, Screening } from '../../../core/screening/screening-schema.ts';
import type { SyncState } from '../../../core/export/export-table.ts';
import { loadSyncStates } from '../export/sync-states.ts';
import { UnlockedContext } from '../../hooks/use-unlocked.ts';
import { useCaseStates } from '../../hooks/use-case-states.ts';
import { formatDateTime, isoDateToDisplay, type ZoneCode } from '../../../core/time/local-time.ts';
import type { ScreeningStore } from '../../../storage/screening-store.ts';
import { navigate } from '../../router.ts';
import { catalogueForVersion, useReferenceLists } from '../../hooks/use-reference-lists.ts';
import { changedFields, changeGroups } from './revision-diff.ts';
import { useOfficerDirectory } from '../../hooks/use-officer-directory.ts';
import { officerLabel } from '../officer-label.ts';
import { HandoverSection } from './HandoverSection.tsx';
import { ConflictNotice } from './ConflictNotice.tsx';

type Props = { id: string; store: ScreeningStore; zone: ZoneCode; onBack: () => void };

/** One stored screening: its facts, the answers that matter, and every revision with who changed what. */
export function ScreeningDetail({ id, store, zone, onBack }: Props) {
  const [revisions, setRevisions] = useState<Screening[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [persons, setPersons] = useState<LinkedPerson[]>([]);
  const [syncState, setSyncState] = useState<SyncState | null>(null);
  const db = useContext(UnlockedContext)?.db;
  const caseState = useCaseStates([id]).get(id)?.state;
  const lists = useReferenceLists();
  const directory = useOfficerDirectory();
  // A handover stored from this screen is a new revision: read them again.
  const [stored, setStored] = useState(0);
  useEffect(() => {
    store.revisions(id).then(setRevisions, () => setFailed(true));
    store.listLinkedPersons().then(setPersons, () => setPersons([]));
  }, [id, store, stored]);
  useEffect(() => {
    if (!db) return;
    // The outbox's own state; a record it does not hold was never queued (a clear screening stays on the tablet).
    loadSyncStates([id], db).then(
      (states) => setSyncState(states[id] ?? 'local_only'),
      () => setSyncState(null),
    );
  }, [id, db, stored]);
  if (failed) return <p class="alert alert-danger">{t('error.unexpected')}</p>;
  if (!revisions || !lists || !directory) return <p aria-busy="true">{t('app.loading')}</p>;
  const latest = revisions[revisions.length - 1];
  if (!latest) return <p class="alert alert-warn">{t('history.notFound')}</p>;
  const lang = getLang();
  const catalogue = catalogueForVersion(lists, latest.catalogueVersion);
  const when = (iso: string | null): string => (iso ? formatDateTime(new Date(iso), zone) : '—');
  const answers = Object.values(latest.answers);
  const raised = Object.entries(latest.answers).filter(([, a]) => a !== 'no');
  return (
    <article class="card">
      <button type="button" class="btn" onClick={onBack}>
        ← {t('history.back')}
      </button>
      <h2>
        {latest.passenger.lastName}
        {latest.passenger.firstName ? `, ${latest.passenger.firstName}` : ''}
      </h2>
      <dl class="facts">
        <dt>{t('screening.passenger.passportNumber')}</dt>
        <dd class="mono">{latest.passenger.passportNumber}</dd>
        <dt>{t('history.birthDate')}</dt>
        <dd>{latest.passenger.birthDate ? isoDateToDisplay(latest.passenger.birthDate) : '—'}</dd>
        <dt>{t('history.flight')}</dt>
        <dd>
          {latest.flight
            ? `${latest.flight.carrier} ${latest.flight.flightNumber} → ${latest.flight.finalDestination}`
            : '—'}
        </dd>
        <dt>{t('screening.outcome.title')}</dt>
        <dd>
          <strong>{latest.outcome ? t(`screening.outcome.${latest.outcome}`) : '—'}</strong> (
          {t('screening.score.recommended')}: {t(`screening.outcome.${latest.recommended}`)},{' '}
          {t('screening.score.score', { score: latest.score })})
        </dd>
        <dt>{t('history.decidedBy')}</dt>
        <dd data-testid="detail-decided-by">
          {latest.decidedBy ? officerLabel(latest.decidedBy, directory) : '—'} · {when(latest.decidedAt)}
        </dd>
        <dt>{t('screening.linked.title')}</dt>
        <dd data-testid="detail-handler">
          {latest.linkedPersonIds
            .map((pid) => persons.find((p) => p.id === pid))
            .filter((p): p is LinkedPerson => p !== undefined)
            .map((p) => `${p.name} (${t(`screening.linked.${p.role}`)})${p.phone ? ` · ${p.phone}` : ''}`)
            .join('; ') || '—'}
        </dd>
        <dt>{t('gate.history.passport')}</dt>
        <dd data-testid="detail-passport">
          {latest.passportWithdrawn
            ? t('gate.history.withdrawn', { receipt: latest.passportReceiptNumber ?? '—' })
            : t('gate.history.notWithdrawn')}
        </dd>
        {syncState && (
          <>
            <dt>{t('gate.history.sync')}</dt>
            <dd data-testid="detail-sync">{t(`export.sync.${syncState}`)}</dd>
          </>
        )}
        <dt>{t('gate.history.caseState')}</dt>
        <dd data-testid="detail-case-state">
          {caseState ? t(`sync.caseState.${caseState}`) : t('gate.history.noCaseState')}
        </dd>
        <ConflictNotice id={id} zone={zone} />
        {latest.note && (
          <>
            <dt>{t('history.note')}</dt>
            <dd>{latest.note}</dd>
          </>
        )}
      </dl>
      <HandoverSection screening={latest} directory={directory} onSaved={() => setStored((n) => n + 1)} />
      <h3>{t('history.answers')}</h3>
      <p>
        {t('history.answersSummary', {
          yes: answers.filter((a) => a === 'yes').length,
          unknown: answers.filter((a) => a === 'unknown').length,
          no: answers.filter((a) => a === 'no').length,
        })}
      </p>
      <ul>
        {raised.map(([indicatorId, answer]) => (
          <li key={indicatorId}>
            {catalogue.indicators.find((i) => i.id === indicatorId)?.question[lang] ?? indicatorId}:{' '}
            <strong>{t(`screening.answer.${answer}`)}</strong>
          </li>
        ))}
      </ul>
      <button
        type="button"
        class="btn btn-lg btn-primary"
        onClick={() => navigate(`/screening?amend=${encodeURIComponent(latest.id)}`)}
      >
        {t('history.amend')}
      </button>
      <h3>{t('history.revisions')}</h3>
      <ol class="plain-list revisions">
        {revisions.map((revision, index) => {
          const previous = revisions[index - 1];
          return (
            <li key={revision.revision} class="card">
              <strong>{t('history.revision', { revision: revision.revision })}</strong>{' '}
              {t('history.changedBy', {
                officer: officerLabel(revision.officerId, directory),
                at: when(revision.updatedAt),
              })}
              <div class="help">
                {previous
                  ? t('history.changed', {
                      fields:
                        changeGroups(changedFields(previous, revision))
                          .map((g) => t(`history.field.${g.field}`, { count: g.count }))
                          .join(', ') || '—',
                    })
                  : t('history.first')}
              </div>
            </li>
          );
        })}
      </ol>
    </article>
  );
}
