import { useEffect, useMemo, useState } from 'preact/hooks';
import type { SessionResponse } from '../core/console/console-api.ts';
import type { MessageKey } from '../i18n/i18n.ts';
import { t } from '../i18n/i18n.ts';
import { useLang } from '../shared-ui/use-lang.ts';
import { ApiError, createConsoleApi, type Fetch } from './api-client.ts';
import { ConsoleShell } from './components/ConsoleShell.tsx';
import { registerConsoleMessages } from './console-messages.ts';
import { SignInScreen } from './screens/SignInScreen.tsx';

registerConsoleMessages();

/** `fetch` is the browser's unless a test gives its own. */
type Props = { fetch?: Fetch };

/**
 * The console: asks the server for a session, shows sign-in without one, the shell and its screens with one. When a
 * session ends mid-work the screen stays mounted under the sign-in form, so nothing typed is lost.
 */
export function ConsoleApp({ fetch }: Props) {
  useLang();
  const [session, setSession] = useState<SessionResponse | null | 'loading'>('loading');
  const [lostAs, setLostAs] = useState<SessionResponse['user'] | null>(null);
  const [notice, setNotice] = useState<MessageKey | null>(null);
  const api = useMemo(
    () =>
      createConsoleApi({
        ...(fetch ? { fetch } : {}),
        onSessionLost: (code) => {
          setNotice(code === 'console.error.sessionExpired' ? code : 'console.error.unauthenticated');
          setSession((current) => {
            if (current && current !== 'loading') setLostAs(current.user);
            return null;
          });
        },
      }),
    [fetch],
  );
  useEffect(() => {
    api.session().then(setSession, (error: unknown) => {
      if (error instanceof ApiError && error.code === 'console.error.sessionExpired') setNotice(error.code);
      setSession(null);
    });
  }, [api]);

  if (session === 'loading') return <p aria-busy="true">{t('console.app.loading')}</p>;
  const signIn = (
    <SignInScreen
      api={api}
      notice={notice}
      onSignedIn={(next) => {
        // Someone else signing in does not inherit the previous user's open screen.
        if (lostAs && lostAs.id !== next.user.id) setLostAs(null);
        setNotice(null);
        setSession(next);
      }}
    />
  );
  if (session === null && !lostAs) return signIn;
  const user = session?.user ?? lostAs;
  if (!user) return signIn;
  return (
    <>
      <div inert={session === null} aria-hidden={session === null ? 'true' : undefined}>
        <ConsoleShell
          key={user.id}
          api={api}
          user={user}
          onSignedOut={() => {
            setLostAs(null);
            setNotice('console.signIn.signedOut');
            setSession(null);
          }}
        />
      </div>
      {session === null && <div class="overlay">{signIn}</div>}
    </>
  );
}
