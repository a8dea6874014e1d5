import { useEffect, useState } from 'preact/hooks';
import { t } from '../../i18n/i18n.ts';
import type { DeviceRow, SaringDb } from '../../storage/db.ts';
import { signIn, type SignInResult, type UnlockedSession } from '../../storage/officers.ts';
import { setPinAfterReset, type NewPinError } from '../../storage/officer-admin.ts';
import { GateLanguage } from '../components/GateLanguage.tsx';
import { PinField } from '../components/PinField.tsx';
import '../styles/session.css';

type Props = { db: SaringDb; device: DeviceRow; onUnlocked: (session: UnlockedSession) => void };

type Failure = Exclude<SignInResult, { ok: true }> | { ok: false; error: NewPinError };

const NEW_PIN_ERRORS: readonly string[] = [
  'store.form.pinShort',
  'store.form.pinWeak',
  'store.pin.mismatch',
  'store.pin.same',
];
const isNewPinError = (error: string): error is NewPinError => NEW_PIN_ERRORS.includes(error);

function failureText(result: Failure, now: number): string {
  switch (result.error) {
    case 'store.signIn.wrong':
      return t('store.signIn.wrong', { left: result.attemptsLeft });
    case 'store.signIn.wait':
      return t('store.signIn.wait', { seconds: Math.max(1, Math.ceil((result.retryAt - now) / 1000)) });
    default:
      return t(result.error);
  }
}

/** Offline sign-in with officer id and PIN; shown whenever the app is locked, with nothing personal on it. */
export function SignInScreen({ db, device, onUnlocked }: Props) {
  const [officerId, setOfficerId] = useState('');
  const [pin, setPin] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [resetCode, setResetCode] = useState<string | null>(null);
  const [nextPin, setNextPin] = useState('');
  const [repeatPin, setRepeatPin] = useState('');
  const [attempts, setAttempts] = useState(0);
  const [now, setNow] = useState(() => Date.now());
  const waitUntil = failure?.error === 'store.signIn.wait' ? failure.retryAt : 0;
  // The seconds left count down on screen while a wrong-PIN wait runs.
  useEffect(() => {
    if (waitUntil <= Date.now()) return;
    const timer = setInterval(() => {
      const at = Date.now();
      setNow(at);
      if (at >= waitUntil) clearInterval(timer);
    }, 250);
    return () => clearInterval(timer);
  }, [waitUntil]);
  const error =
    failure && !(failure.error === 'store.signIn.wait' && now >= failure.retryAt)
      ? failureText(failure, now)
      : null;

  const submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    const result = resetCode
      ? await setPinAfterReset(db, officerId, resetCode, nextPin, repeatPin)
      : await signIn(db, officerId, pin);
    setBusy(false);
    setAttempts((n) => n + 1);
    setNow(Date.now());
    if (!result.ok && result.error === 'shiftLead.reset.newPinNeeded') {
      // The one-time code was right: it is kept only here, until the new PIN is saved.
      setResetCode(pin);
      setPin('');
      return;
    }
    setPin('');
    setNextPin('');
    setRepeatPin('');
    if (result.ok) onUnlocked(result.session);
    else {
      if (!isNewPinError(result.error)) setResetCode(null);
      setFailure(result);
    }
  };

  return (
    <div class="gate">
      <section class="screen" aria-labelledby="sign-in-title">
        <GateLanguage />
        <h1 id="sign-in-title">{t('store.signIn.title')}</h1>
        <p class="help">
          {t('store.signIn.device', { airport: device.airport, checkpoint: device.checkpoint })}
        </p>
        <p class="help">{t('store.signIn.lockedNote')}</p>
        <form class="card" data-attempts={attempts} onSubmit={(event) => void submit(event)}>
          <div class="field">
            <label for="sign-in-officer">{t('store.signIn.officerId')}</label>
            <input
              id="sign-in-officer"
              autocomplete="username"
              autocapitalize="characters"
              required
              value={officerId}
              onInput={(event) => setOfficerId(event.currentTarget.value)}
            />
          </div>
          {resetCode === null ? (
            <PinField
              id="sign-in-pin"
              label={t('store.signIn.pin')}
              autocomplete="current-password"
              value={pin}
              onInput={(event) => setPin(event.currentTarget.value)}
            />
          ) : (
            <fieldset class="field" data-testid="new-pin">
              <legend>{t('shiftLead.reset.title')}</legend>
              <p class="alert alert-warn" role="status">
                {t('shiftLead.reset.newPinNeeded')}
              </p>
              <PinField
                id="sign-in-new-pin"
                label={t('shiftLead.reset.next')}
                autocomplete="new-password"
                value={nextPin}
                onInput={(event) => setNextPin(event.currentTarget.value)}
              />
              <PinField
                id="sign-in-repeat-pin"
                label={t('shiftLead.reset.repeat')}
                autocomplete="new-password"
                value={repeatPin}
                onInput={(event) => setRepeatPin(event.currentTarget.value)}
              />
            </fieldset>
          )}
          {error && (
            <p class="alert alert-danger" role="alert">
              {error}
            </p>
          )}
          <button type="submit" class="btn btn-primary btn-lg" disabled={busy}>
            {busy
              ? t('store.signIn.busy')
              : resetCode
                ? t('shiftLead.reset.submit')
                : t('store.signIn.submit')}
          </button>
        </form>
      </section>
    </div>
  );
}
