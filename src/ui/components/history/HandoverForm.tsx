import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../../i18n/i18n.ts';
import { buildHandover, confirmHandover, type Receiver } from '../../../core/checklist/handover.ts';
import type { Screening } from '../../../core/screening/screening-schema.ts';
import { formatDateTime, formatTime } from '../../../core/time/local-time.ts';
import { verifyReceiverPin } from '../../../storage/handover-pin.ts';
import { useSession } from '../../hooks/use-session.ts';
import { useUnlocked } from '../../hooks/use-unlocked.ts';
import type { OfficerDirectory } from '../../hooks/use-officer-directory.ts';
import { PinField } from '../PinField.tsx';
import { handoverProblem, pinProblem, saveHandover, type HandoverProblem } from './handover-actions.ts';

type Props = {
  screening: Screening;
  directory: OfficerDirectory;
  onSaved: (saved: Screening, confirmedBy: string | null) => void;
  onCancel: () => void;
};

const TYPED = 'typed';

/**
 * The Imigrasi officer records the handover: when, and which BP3MI officer received the passenger (one enrolled on
 * this tablet, or a typed name). An enrolled receiver then types their own PIN here to confirm, or confirms later.
 */
export function HandoverForm({ screening, directory, onSaved, onCancel }: Props) {
  const { officer, device, store } = useSession();
  const { db, unlocked } = useUnlocked();
  const receivers = [...directory.values()].filter(
    (o) => o.active && o.agency === 'BP3MI' && o.id !== officer.id,
  );
  const [time, setTime] = useState(() => formatTime(new Date(), device.zone));
  const [choice, setChoice] = useState<string>(receivers.length === 0 ? TYPED : '');
  const [typedName, setTypedName] = useState('');
  const [pin, setPin] = useState('');
  const [problem, setProblem] = useState<HandoverProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  // The officer is taken to what to fix: the time, the receiver (the typed name when typing), or the PIN.
  useLayoutEffect(() => {
    if (!problem) return;
    const byId = {
      time: 'handover-time',
      pin: 'handover-pin',
      receiver: choice === TYPED ? 'handover-typed' : '',
    };
    const id = problem.field === 'form' ? '' : byId[problem.field];
    const target = id ? document.getElementById(id) : null;
    const fallback =
      problem.field === 'receiver'
        ? form.current?.querySelector<HTMLElement>('[data-field="receiver"]')
        : null;
    (target ?? fallback)?.focus();
    // Only a new problem moves the focus.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [problem]);

  const chosen = receivers.find((o) => o.id === choice);
  const receiver: Receiver | null = chosen
    ? { kind: 'enrolled', id: chosen.id, name: chosen.name, agency: chosen.agency }
    : choice === TYPED
      ? { kind: 'typed', name: typedName }
      : null;

  const submit = async (confirm: boolean): Promise<void> => {
    const now = new Date();
    const built = buildHandover(
      screening,
      { time, receiver },
      { officerId: officer.id, agency: officer.agency, now, zone: device.zone },
    );
    if (!built.ok) return setProblem(handoverProblem(built.error, screening, device.zone));
    setBusy(true);
    let handover = built.handover;
    if (confirm && chosen) {
      const proved = await verifyReceiverPin(db, unlocked, chosen.id, pin, now);
      setPin('');
      if (!proved.ok) {
        setBusy(false);
        return setProblem(pinProblem(proved, Date.now()));
      }
      handover = confirmHandover(handover, now);
    }
    try {
      const saved = await saveHandover(store, screening, handover, officer.id, now);
      onSaved(saved, handover.confirmedBy ?? null);
    } catch {
      setProblem({ field: 'form', text: t('gate.handover.saveFailed') });
      setBusy(false);
    }
  };
  const errorFor = (field: HandoverProblem['field']) =>
    problem?.field === field ? (
      <p id={`handover-${field}-error`} class="error-text" role="alert">
        {problem.text}
      </p>
    ) : null;
  const described = (field: HandoverProblem['field']) =>
    problem?.field === field ? `handover-${field}-error` : undefined;

  return (
    <form
      ref={form}
      class="handover-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit(chosen !== undefined);
      }}
    >
      <div class="field">
        <label for="handover-time">{t('gate.handover.time', { zone: device.zone })}</label>
        <input
          id="handover-time"
          class="handover-time"
          inputMode="numeric"
          autocomplete="off"
          maxLength={5}
          placeholder="14:05"
          value={time}
          aria-invalid={problem?.field === 'time'}
          aria-describedby={described('time') ?? 'handover-time-help'}
          onInput={(e) => setTime(e.currentTarget.value)}
        />
        <p id="handover-time-help" class="help">
          {t('gate.handover.timeHelp', {
            decided: formatDateTime(new Date(screening.decidedAt ?? screening.updatedAt), device.zone),
          })}
        </p>
        {errorFor('time')}
      </div>
      <div class="field" role="radiogroup" aria-labelledby="handover-receiver-label">
        <span id="handover-receiver-label" class="field-label">
          {t('gate.handover.receiver')}
        </span>
        <div class="handover-receivers">
          {receivers.map((o, i) => (
            <button
              key={o.id}
              type="button"
              role="radio"
              data-field={i === 0 ? 'receiver' : undefined}
              aria-checked={choice === o.id}
              class={choice === o.id ? 'btn btn-primary' : 'btn'}
              onClick={() => setChoice(o.id)}
            >
              {o.name}
            </button>
          ))}
          <button
            type="button"
            role="radio"
            data-field={receivers.length === 0 ? 'receiver' : undefined}
            aria-checked={choice === TYPED}
            class={choice === TYPED ? 'btn btn-primary' : 'btn'}
            onClick={() => setChoice(TYPED)}
          >
            {t('gate.handover.typed')}
          </button>
        </div>
        {receivers.length === 0 && <p class="help">{t('gate.handover.noEnrolled')}</p>}
        {errorFor('receiver')}
      </div>
      {choice === TYPED && (
        <div class="field">
          <label for="handover-typed">{t('gate.handover.typedName')}</label>
          <input
            id="handover-typed"
            autocomplete="off"
            value={typedName}
            onInput={(e) => setTypedName(e.currentTarget.value)}
          />
        </div>
      )}
      {chosen && (
        <div class="handover-pin">
          <p class="help">{t('gate.handover.handOver', { name: chosen.name })}</p>
          <PinField
            id="handover-pin"
            label={t('gate.handover.pinFor', { name: chosen.name })}
            value={pin}
            autocomplete="current-password"
            onInput={(e) => setPin(e.currentTarget.value)}
          />
          {errorFor('pin')}
        </div>
      )}
      {errorFor('form')}
      <div class="handover-actions">
        <button type="submit" class="btn btn-lg btn-primary" disabled={busy}>
          {busy
            ? t('gate.handover.saving')
            : chosen
              ? t('gate.handover.confirmAndSave')
              : t('gate.handover.save')}
        </button>
        {chosen && (
          <button type="button" class="btn btn-lg" disabled={busy} onClick={() => void submit(false)}>
            {t('gate.handover.saveUnconfirmed')}
          </button>
        )}
        <button type="button" class="btn btn-lg" disabled={busy} onClick={onCancel}>
          {t('gate.handover.cancel')}
        </button>
      </div>
    </form>
  );
}
