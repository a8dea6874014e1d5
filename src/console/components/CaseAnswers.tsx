import type { CaseDetail } from '../../core/console/console-api.ts';
import { getLang, isMessageKey, t } from '../../i18n/i18n.ts';

/** The reasons behind the score, then each answer with the question it answered. */
export function CaseAnswers({ detail }: { detail: CaseDetail }) {
  const lang = getLang();
  const reasonText = (code: string, params: Record<string, string | number>) =>
    isMessageKey(code) ? t(code, params) : code;
  return (
    <section class="card" aria-labelledby="case-answers">
      <h2 id="case-reasons">{t('console.case.reasons')}</h2>
      <ul>
        {detail.reasons.map((r, i) => (
          <li key={i}>{reasonText(r.code, r.params)}</li>
        ))}
      </ul>
      <h2 id="case-answers">{t('console.case.answers')}</h2>
      <table class="answers">
        <thead>
          <tr>
            <th scope="col">{t('console.case.question')}</th>
            <th scope="col">{t('console.case.answer')}</th>
            <th scope="col">{t('console.case.weight')}</th>
          </tr>
        </thead>
        <tbody>
          {detail.answers.map((a) => (
            <tr key={a.indicatorId} class={a.answer === 'yes' ? 'answer-yes' : undefined}>
              <td>
                {a.question
                  ? a.question[lang]
                  : t('console.case.unknownQuestion', {
                      id: a.indicatorId,
                      version: detail.screening.catalogueVersion,
                    })}
                {a.redFlag && <span class="tag tag-danger">{t('console.case.redFlag')}</span>}
                {a.prefilledReason && (
                  <div class="small">
                    {t('console.case.prefilled', {
                      reason: isMessageKey(a.prefilledReason) ? t(a.prefilledReason) : a.prefilledReason,
                    })}
                  </div>
                )}
              </td>
              <td>
                <strong>{t(`checklist.answer.${a.answer}`)}</strong>
              </td>
              <td class="num">{a.weight ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
