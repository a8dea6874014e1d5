import { setLang } from '../../i18n/i18n.ts';
import { useLang } from '../../shared-ui/use-lang.ts';

/** A compact language switch for the screens shown before sign-in. */
export function GateLanguage() {
  const lang = useLang();
  return (
    <div class="gate-lang">
      <button
        type="button"
        class="btn btn-ghost"
        lang={lang === 'id' ? 'en' : 'id'}
        onClick={() => void setLang(lang === 'id' ? 'en' : 'id')}
      >
        {lang === 'id' ? 'English' : 'Bahasa Indonesia'}
      </button>
    </div>
  );
}
