import { formatDateTime, type ZoneCode } from '../../../core/time/local-time.ts';
import { t } from '../../../i18n/i18n.ts';
import { useRecordConflicts } from '../../hooks/use-record-conflicts.ts';

/** What happened to each revision the centre held other content for: waiting for a case worker, kept, or accepted. */
export function ConflictNotice({ id, zone }: { id: string; zone: ZoneCode }) {
  const conflicts = useRecordConflicts(id);
  if (conflicts.length === 0) return null;
  return (
    <>
      <dt>{t('sync.conflictOutcome.title')}</dt>
      <dd data-testid="detail-conflict">
        <ul class="plain-list">
          {conflicts.map((c) => (
            <li key={c.revision} data-status={c.status}>
              {c.status === 'open'
                ? t('sync.conflictOutcome.open', { revision: c.revision })
                : t(`sync.conflictOutcome.${c.status}`, {
                    revision: c.revision,
                    at: c.resolvedAt ? formatDateTime(new Date(c.resolvedAt), zone) : '—',
                    accepted: c.acceptedRevision ?? '—',
                  })}
            </li>
          ))}
        </ul>
      </dd>
    </>
  );
}
