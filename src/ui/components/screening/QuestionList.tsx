import { t, getLang } from '../../../i18n/i18n.ts';
import { CATEGORIES, isRedFlag, weightOf, type Indicator } from '../../../core/checklist/catalogue-schema.ts';
import type { Answer } from '../../../core/screening/screening-schema.ts';

/** Why an indicator was pre-answered, in words. */
export type PrefillNote = { text: string };

type Props = {
  indicators: readonly Indicator[];
  answers: Readonly<Record<string, Answer>>;
  prefillNotes: Readonly<Record<string, PrefillNote>>;
  onAnswer: (id: string, answer: Answer) => void;
  /** Answers No to every listed indicator at once (the untouched ones). */
  onAllNo: (ids: string[]) => void;
};

const ANSWERS: ReadonlyArray<{
  value: Answer;
  key: 'screening.answer.yes' | 'screening.answer.no' | 'screening.answer.unknown';
}> = [
  { value: 'yes', key: 'screening.answer.yes' },
  { value: 'no', key: 'screening.answer.no' },
  { value: 'unknown', key: 'screening.answer.unknown' },
];

/** The checklist by category: one tap per answer, pre-answered ones marked with their reason. */
export function QuestionList({ indicators, answers, prefillNotes, onAnswer, onAllNo }: Props) {
  const lang = getLang();
  const untouched = indicators.filter((i) => answers[i.id] === undefined).map((i) => i.id);
  return (
    <div class="questions">
      <div class="questions-top">
        <span class={untouched.length > 0 ? 'tag tag-warn' : 'tag tag-ok'}>
          {t('screening.answer.unanswered', { count: untouched.length })}
        </span>
        <button
          type="button"
          class="btn btn-lg btn-primary"
          disabled={untouched.length === 0}
          onClick={() => onAllNo(untouched)}
        >
          {t('screening.answer.allNo')}
        </button>
      </div>
      {CATEGORIES.map((category) => {
        const items = indicators.filter((i) => i.category === category);
        if (items.length === 0) return null;
        const open = items.filter((i) => answers[i.id] === undefined).map((i) => i.id);
        return (
          <section key={category} class="card category" aria-labelledby={`cat-${category}`}>
            <header class="category-head">
              <h2 id={`cat-${category}`}>{t(`screening.category.${category}`)}</h2>
              <button type="button" class="btn" disabled={open.length === 0} onClick={() => onAllNo(open)}>
                {t('screening.answer.allNoCategory')}
              </button>
            </header>
            <ol class="plain-list">
              {items.map((indicator) => {
                const answer = answers[indicator.id];
                const note = prefillNotes[indicator.id];
                return (
                  <li
                    key={indicator.id}
                    class={`question${answer === 'yes' ? ' question-yes' : ''}`}
                    data-indicator={indicator.id}
                  >
                    <div class="question-text">
                      <span id={`q-${indicator.id}`}>{indicator.question[lang]}</span>
                      <span class="question-meta">
                        {isRedFlag(indicator) ? (
                          <span class="tag tag-danger">{t('screening.answer.redFlag')}</span>
                        ) : (
                          <span class="tag">
                            {t('screening.answer.weight', { weight: weightOf(indicator) })}
                          </span>
                        )}
                        {note && (
                          <span class="tag tag-prefill">
                            {t('screening.answer.prefilled')}: {note.text}
                          </span>
                        )}
                      </span>
                    </div>
                    <div class="answer-group" role="radiogroup" aria-labelledby={`q-${indicator.id}`}>
                      {ANSWERS.map((option) => (
                        <button
                          key={option.value}
                          type="button"
                          role="radio"
                          aria-checked={answer === option.value}
                          class={`btn answer answer-${option.value}${answer === option.value ? ' answer-on' : ''}`}
                          onClick={() => onAnswer(indicator.id, option.value)}
                        >
                          {t(option.key)}
                        </button>
                      ))}
                    </div>
                  </li>
                );
              })}
            </ol>
          </section>
        );
      })}
    </div>
  );
}
