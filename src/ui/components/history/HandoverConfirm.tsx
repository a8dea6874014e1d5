import { useRef, useState } from 'preact/hooks';
import { t } from '../../../i18n/i18n.ts';
import { confirmHandover } from '../../../core/checklist/handover.ts';
import type { Handover, Screening } from '../../../core/screening/screening-schema.ts';
import { verifyReceiverPin } from '../../../storage/handover-pin.ts';
import { useSession } from '../../hooks/use-session.ts';
import { useUnlocked } from '../../hooks/use-unlocked.ts';
import { PinField } from '../PinField.tsx';
import { pinProblem, saveHandover, type HandoverProblem } from './handover-actions.ts';

type Props = {
  screening: Screening;
  handover: Handover & { bp3miOfficerId: string };
  onSaved: (saved: Screening, confirmedBy: string) => void;
};

/** The receiving BP3MI officer, handed the tablet, confirms a recorded handover with their own PIN. */
export function HandoverConfirm({ screening, handover, onSaved }: Props) {
  const { officer, store } = useSession();
  const { db, unlocked } = useUnlocked();
  const [pin, setPin] = useState('');
  const [problem, setProblem] = useState<HandoverProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLDivElement>(null);
  const fail = (next: HandoverProblem): void => {
    setProblem(next);
    setBusy(false);
    input.current?.querySelector('input')?.focus();
  };
  const confirm = async (event: Event): Promise<void> => {
    event.preventDefault();
    setBusy(true);
    const now = new Date();
    const proved = await verifyReceiverPin(db, unlocked, handover.bp3miOfficerId, pin, now);
    setPin('');
    if (!proved.ok) return fail(pinProblem(proved, Date.now()));
    try {
      const confirmed = confirmHandover(handover, now);
      onSaved(await saveHandover(store, screening, confirmed, officer.id, now), handover.bp3miOfficerId);
    } catch {
      fail({ field: 'form', text: t('gate.handover.saveFailed') });
    }
  };
  return (
    <form class="handover-form" noValidate onSubmit={(e) => void confirm(e)}>
      <p class="help">{t('gate.handover.handOver', { name: handover.bp3miOfficer })}</p>
      <div ref={input}>
        <PinField
          id="handover-confirm-pin"
          label={t('gate.handover.pinFor', { name: handover.bp3miOfficer })}
          value={pin}
          autocomplete="current-password"
          onInput={(e) => setPin(e.currentTarget.value)}
        />
      </div>
      {problem && (
        <p class="error-text" role="alert">
          {problem.text}
        </p>
      )}
      <button type="submit" class="btn btn-lg btn-primary" disabled={busy}>
        {busy ? t('gate.handover.saving') : t('gate.handover.confirm')}
      </button>
    </form>
  );
}
