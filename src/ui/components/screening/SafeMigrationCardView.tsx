import { useState } from 'preact/hooks';
import { t } from '../../../i18n/i18n.ts';
import type { SafeMigrationCard } from '../../../core/checklist/catalogue-schema.ts';

type Props = { card: SafeMigrationCard; onClose: () => void };

/** A full-screen card to show the passenger, with its own id/en toggle independent of the app language. */
export function SafeMigrationCardView({ card, onClose }: Props) {
  const [lang, setLang] = useState<'id' | 'en'>('id');
  return (
    <div class="smc" role="dialog" aria-modal="true" aria-labelledby="smc-title" lang={lang}>
      <div class="smc-bar">
        <div class="segmented" role="radiogroup" aria-label={t('screening.card.language')}>
          {(['id', 'en'] as const).map((code) => (
            <button
              key={code}
              type="button"
              role="radio"
              aria-checked={lang === code}
              class={lang === code ? 'btn btn-primary' : 'btn'}
              onClick={() => setLang(code)}
            >
              {code === 'id' ? 'Bahasa Indonesia' : 'English'}
            </button>
          ))}
        </div>
        <button type="button" class="btn btn-lg" onClick={onClose}>
          {t('screening.card.close')}
        </button>
      </div>
      <h1 id="smc-title">{card.title[lang]}</h1>
      <p class="smc-route">{card.officialRoute[lang]}</p>
      <ul class="smc-hotlines">
        {card.hotlines.map((line) => (
          <li key={line.contact}>
            <span>{line.label[lang]}</span>
            <strong>{line.contact}</strong>
          </li>
        ))}
      </ul>
      <p class="smc-docs">{card.documentsTaken[lang]}</p>
      <p class="help">{card.footer[lang]}</p>
    </div>
  );
}
