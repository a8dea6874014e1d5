import { useState } from 'preact/hooks';
import type { SessionResponse } from '../../core/console/console-api.ts';
import { t } from '../../i18n/i18n.ts';
import type { ConsoleApi } from '../api-client.ts';
import { ChangePasswordForm } from '../components/ChangePasswordForm.tsx';
import { LanguageToggle } from '../components/LanguageToggle.tsx';

type Props = {
  api: ConsoleApi;
  /** The password was set by an administrator: this page stands alone until it is changed. */
  forced: boolean;
  onChanged: (session: SessionResponse) => void;
  onSignOut?: () => void;
};

/** Changing one's own password: on demand from the menu, or before anything else after an administrator set it. */
export function PasswordScreen({ api, forced, onChanged, onSignOut }: Props) {
  const [done, setDone] = useState(false);
  const changed = (session: SessionResponse) => {
    setDone(true);
    onChanged(session);
  };
  if (!forced)
    return (
      <section aria-labelledby="password-title" class="narrow">
        <h1 id="password-title">{t('console.password.title')}</h1>
        <p class="help">{t('console.password.intro')}</p>
        {done && (
          <p class="alert alert-ok" role="status">
            {t('console.password.done')}
          </p>
        )}
        <ChangePasswordForm api={api} onChanged={changed} />
      </section>
    );
  return (
    <main class="sign-in" id="main">
      <div class="sign-in-card">
        <LanguageToggle />
        <p class="brand">{t('console.app.name')}</p>
        <h1 id="password-title">{t('console.password.title')}</h1>
        <p class="alert alert-warn" role="status">
          {t('console.password.forced')}
        </p>
        <p class="help">{t('console.password.intro')}</p>
        <ChangePasswordForm api={api} onChanged={changed} />
        {onSignOut && (
          <button type="button" class="btn" onClick={onSignOut}>
            {t('console.nav.signOut')}
          </button>
        )}
      </div>
    </main>
  );
}
