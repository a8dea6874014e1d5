import { setLang } from '../../i18n/i18n.ts';
import { useLang } from '../../shared-ui/use-lang.ts';
import { t } from '../../i18n/i18n.ts';

/** Switches between Bahasa Indonesia and English (remembered in this browser). */
export function LanguageToggle() {
  const lang = useLang();
  const other = lang === 'id' ? 'en' : 'id';
  return (
    <button type="button" class="btn btn-ghost lang-toggle" lang={other} onClick={() => void setLang(other)}>
      {t('console.nav.language')}
    </button>
  );
}
