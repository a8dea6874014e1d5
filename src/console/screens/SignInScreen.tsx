import { useState } from 'preact/hooks';
import type { SessionResponse } from '../../core/console/console-api.ts';
import { t, type MessageKey } from '../../i18n/i18n.ts';
import type { ConsoleApi } from '../api-client.ts';
import { LanguageToggle } from '../components/LanguageToggle.tsx';
import { errorText } from '../format.ts';

type Props = { api: ConsoleApi; notice: MessageKey | null; onSignedIn: (session: SessionResponse) => void };

/** Staff sign-in: username and password; says plainly when the password is wrong, the account locked or the session over. */
export function SignInScreen({ api, notice, onSignedIn }: Props) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [attempts, setAttempts] = useState(0);
  const submit = async (event: Event) => {
    event.preventDefault();
    if (!username.trim() || !password) {
      setError(t('console.signIn.required'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      onSignedIn(await api.signIn({ username: username.trim(), password }));
    } catch (failure) {
      setError(errorText(failure));
      setPassword('');
    } finally {
      setBusy(false);
      setAttempts((n) => n + 1);
    }
  };
  const noticeClass = notice === 'console.signIn.signedOut' ? 'alert alert-ok' : 'alert alert-warn';
  return (
    <main class="sign-in" id="main">
      <form class="sign-in-card" onSubmit={submit} data-attempts={attempts} noValidate>
        <LanguageToggle />
        <p class="brand">{t('console.app.name')}</p>
        <h1 id="console-sign-in-title">{t('console.signIn.title')}</h1>
        <p class="help">{t('console.signIn.intro')}</p>
        {notice && !error && (
          <p class={noticeClass} role="status" data-testid="sign-in-notice">
            {t(notice)}
          </p>
        )}
        <label for="console-username">{t('console.signIn.username')}</label>
        <input
          id="console-username"
          name="username"
          autoComplete="username"
          value={username}
          onInput={(e) => setUsername((e.currentTarget as HTMLInputElement).value)}
        />
        <label for="console-password">{t('console.signIn.password')}</label>
        <input
          id="console-password"
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onInput={(e) => setPassword((e.currentTarget as HTMLInputElement).value)}
        />
        {error && (
          <p class="alert alert-danger" role="alert" data-testid="sign-in-error">
            {error}
          </p>
        )}
        <button type="submit" class="btn btn-primary" disabled={busy}>
          {busy ? t('console.signIn.submitting') : t('console.signIn.submit')}
        </button>
      </form>
    </main>
  );
}
