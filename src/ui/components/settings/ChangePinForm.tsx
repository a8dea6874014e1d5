import { useContext, useState } from 'preact/hooks';
import { t } from '../../../i18n/i18n.ts';
import {
  changePin,
  type ChangePinResult,
  type PinChange,
  type PinChangeStep,
} from '../../../storage/pin-change.ts';
import { toStoreError } from '../../../storage/store-errors.ts';
import { SessionContext } from '../../hooks/use-session.ts';
import { UnlockedContext, type Unlocked } from '../../hooks/use-unlocked.ts';
import { PinField } from '../PinField.tsx';
import '../../styles/session.css';
import './change-pin.css';

type Props = {
  /** PBKDF2 iterations for the new PIN (tests use fewer; the app never passes any). */
  iterations?: number;
};

const EMPTY: PinChange = { current: '', next: '', repeat: '' };

function failureText(result: Exclude<ChangePinResult, { ok: true }>, now: number): string {
  switch (result.error) {
    case 'store.pin.wrongCurrent':
      return t('store.pin.wrongCurrent', { left: result.attemptsLeft });
    case 'store.signIn.wait':
      return t('store.signIn.wait', { seconds: Math.max(1, Math.ceil((result.retryAt - now) / 1000)) });
    default:
      return t(result.error);
  }
}

/** Settings → Ubah PIN: the signed-in officer replaces their own PIN (current, new, new again). */
export function ChangePinForm(props: Props) {
  const value = useContext(UnlockedContext);
  // Outside the sign-in gate (a screen rendered alone) there is no officer to change a PIN for.
  return value ? <PinForm {...value} {...props} /> : null;
}

function PinForm({ db, unlocked, iterations }: Unlocked & Props) {
  const session = useContext(SessionContext);
  const [form, setForm] = useState(EMPTY);
  const [step, setStep] = useState<PinChangeStep | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const set = (key: keyof PinChange) => (event: { currentTarget: { value: string } }) =>
    setForm({ ...form, [key]: event.currentTarget.value });

  const submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    setMessage(null);
    let result: ChangePinResult;
    try {
      result = await changePin(db, unlocked, form, {
        ...(iterations ? { iterations } : {}),
        onStep: setStep,
      });
    } catch (error) {
      setMessage({ ok: false, text: t(toStoreError(error).code) });
      return;
    } finally {
      setStep(null);
    }
    if (result.ok) {
      setForm(EMPTY);
      setMessage({ ok: true, text: t('store.pin.done') });
      return;
    }
    if (result.error === 'store.pin.wrongCurrent') setForm({ ...form, current: '' });
    setMessage({ ok: false, text: failureText(result, Date.now()) });
    // The account is now locked: so is the app, until a shift lead unlocks the account.
    if (result.error === 'store.pin.lockedOut') session?.lock();
  };

  const busy = step !== null;
  return (
    <section class="card" aria-labelledby="pin-title" data-testid="change-pin">
      <h2 id="pin-title">{t('store.pin.title')}</h2>
      <p class="help pin-intro">{t('store.pin.intro', { id: unlocked.officer.id })}</p>
      <form onSubmit={(event) => void submit(event)} aria-labelledby="pin-title" noValidate>
        <div class="gate-grid">
          <PinField
            id="pin-current"
            label={t('store.pin.current')}
            autocomplete="current-password"
            value={form.current}
            onInput={set('current')}
          />
          <PinField
            id="pin-new"
            label={t('store.pin.next')}
            autocomplete="new-password"
            value={form.next}
            onInput={set('next')}
          />
          <PinField
            id="pin-repeat"
            label={t('store.pin.repeat')}
            autocomplete="new-password"
            value={form.repeat}
            onInput={set('repeat')}
          />
        </div>
        {step && (
          <div class="pin-progress" role="status" data-testid="pin-progress">
            <progress aria-label={t(`store.pin.step.${step}`)} />
            <span>{t(`store.pin.step.${step}`)}</span>
          </div>
        )}
        {message && (
          <p
            class={message.ok ? 'alert alert-ok' : 'alert alert-danger'}
            role={message.ok ? 'status' : 'alert'}
            data-testid="pin-message"
          >
            {message.text}
          </p>
        )}
        <button id="pin-change-submit" type="submit" class="btn btn-primary" disabled={busy}>
          {t('store.pin.submit')}
        </button>
      </form>
    </section>
  );
}
