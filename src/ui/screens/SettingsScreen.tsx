import { useEffect, useState } from 'preact/hooks';
import { setLang, t, type Lang } from '../../i18n/i18n.ts';
import { DEFAULT_CHECKPOINT } from '../../core/config/defaults.ts';
import { formatDateTime, TIME_ZONES } from '../../core/time/local-time.ts';
import { useLang } from '../../shared-ui/use-lang.ts';
import { StorageHealth } from '../components/StorageHealth.tsx';
import { ChangePinForm } from '../components/settings/ChangePinForm.tsx';
import { ShiftStartsEditor } from '../components/settings/ShiftStartsEditor.tsx';

const LANGS: ReadonlyArray<{ code: Lang; label: string }> = [
  { code: 'id', label: 'Bahasa Indonesia' },
  { code: 'en', label: 'English' },
];

/** Language, time zone and version; for the signed-in officer their PIN, storage health and the audit check. */
export function SettingsScreen() {
  const lang = useLang();
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 30_000);
    return () => clearInterval(timer);
  }, []);
  const zone = DEFAULT_CHECKPOINT.zone;
  return (
    <section class="screen">
      <h1>{t('settings.title')}</h1>
      <fieldset class="card">
        <legend>{t('settings.language')}</legend>
        <div class="segmented" role="radiogroup" aria-label={t('settings.language')}>
          {LANGS.map((option) => (
            <button
              key={option.code}
              type="button"
              role="radio"
              aria-checked={lang === option.code}
              class={lang === option.code ? 'btn btn-primary' : 'btn'}
              onClick={() => void setLang(option.code)}
            >
              {option.label}
            </button>
          ))}
        </div>
        <p class="help">{t('settings.languageHelp')}</p>
      </fieldset>
      <dl class="card facts">
        <dt>{t('settings.timeZone')}</dt>
        <dd>
          {zone} ({TIME_ZONES[zone]})
        </dd>
        <dt>{t('settings.now')}</dt>
        <dd data-testid="now">{formatDateTime(now, zone)}</dd>
        <dt>{t('settings.version')}</dt>
        <dd>{import.meta.env.VITE_APP_VERSION ?? '0.1.0'}</dd>
      </dl>
      <ShiftStartsEditor />
      <ChangePinForm />
      <StorageHealth />
    </section>
  );
}
