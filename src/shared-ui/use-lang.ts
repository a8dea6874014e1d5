import { useEffect, useState } from 'preact/hooks';
import { getLang, onLangChange, type Lang } from '../i18n/i18n.ts';

/** The language in use; re-renders the caller when it changes. */
export function useLang(): Lang {
  const [lang, setLangState] = useState(getLang);
  useEffect(() => onLangChange(() => setLangState(getLang())), []);
  return lang;
}
