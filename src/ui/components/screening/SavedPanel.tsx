import { useState } from 'preact/hooks';
import { t } from '../../../i18n/i18n.ts';
import type { SafeMigrationCard } from '../../../core/checklist/catalogue-schema.ts';
import type { Outcome, Screening } from '../../../core/screening/screening-schema.ts';
import { navigate } from '../../router.ts';
import { carryGroup } from './group-carry.ts';
import { SafeMigrationCardView } from './SafeMigrationCardView.tsx';
import { outcomeLabel } from './outcome-label.ts';
import { handoverApplies } from '../../../core/checklist/handover.ts';
import { useSession } from '../../hooks/use-session.ts';

type Props = {
  saved: Screening;
  card: SafeMigrationCard;
  /** Stores the screening again as a new revision (used to put it in a group after the fact). */
  resave: (screening: Screening) => Promise<Screening>;
};

const CARD_OUTCOMES: readonly Outcome[] = ['CLEAR_ADVISED', 'REFER_BP3MI', 'REFER_LAW_ENFORCEMENT'];

/** After the save: says "saved", offers the safe-migration card and the next passenger (alone or in the same group). */
export function SavedPanel({ saved, card, resave }: Props) {
  const [showCard, setShowCard] = useState(false);
  const [busy, setBusy] = useState(false);
  const { officer } = useSession();
  const nextInGroup = async (): Promise<void> => {
    setBusy(true);
    let groupId = saved.groupId;
    if (!groupId) {
      groupId = crypto.randomUUID();
      await resave({ ...saved, groupId, updatedAt: new Date().toISOString() });
    }
    carryGroup(groupId);
    navigate('/scan');
  };
  if (showCard) return <SafeMigrationCardView card={card} onClose={() => setShowCard(false)} />;
  return (
    <section class="card saved" aria-live="polite">
      <p class="alert alert-ok saved-title" role="status">
        ✓ {t('screening.outcome.saved')}
      </p>
      <p>
        <strong>
          {saved.passenger.lastName}
          {saved.passenger.firstName ? `, ${saved.passenger.firstName}` : ''}
        </strong>{' '}
        · <span class="mono">{saved.passenger.passportNumber}</span> ·{' '}
        {saved.outcome ? outcomeLabel(saved.outcome, saved.agency) : ''}
      </p>
      <div class="saved-actions">
        {saved.outcome && CARD_OUTCOMES.includes(saved.outcome) && (
          <button type="button" class="btn btn-lg" onClick={() => setShowCard(true)}>
            {t('screening.outcome.showCard')}
          </button>
        )}
        {handoverApplies(saved) && officer.agency === 'IMIGRASI' && !saved.handover && (
          <button
            type="button"
            class="btn btn-lg"
            disabled={busy}
            onClick={() => navigate(`/history?open=${encodeURIComponent(saved.id)}`)}
          >
            {t('gate.handover.fromSaved')}
          </button>
        )}
        <button
          type="button"
          class="btn btn-lg btn-primary"
          disabled={busy}
          onClick={() => navigate('/scan')}
        >
          {t('screening.outcome.next')}
        </button>
        <button type="button" class="btn btn-lg" disabled={busy} onClick={() => void nextInGroup()}>
          {t('screening.outcome.nextInGroup')}
        </button>
      </div>
    </section>
  );
}
