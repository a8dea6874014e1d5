import { useState } from 'preact/hooks';
import { ASSESSMENTS, type Assessment, type RecruiterDetail } from '../../core/console/recruiter-api.ts';
import { t } from '../../i18n/i18n.ts';
import type { ConsoleApi } from '../api-client.ts';
import { errorText, when } from '../format.ts';

type Props = { api: ConsoleApi; detail: RecruiterDetail; onUpdated: (next: RecruiterDetail) => void };

/** Records a worker's assessment of the party (a choice and required grounds) and shows every earlier one. */
export function RecruiterAssessment({ api, detail, onUpdated }: Props) {
  const [choice, setChoice] = useState<Assessment>('unknown');
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState(false);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async () => {
    if (note.trim() === '') {
      setNoteError(true);
      document.getElementById('assess-note')?.focus();
      return;
    }
    setBusy(true);
    setStatus(null);
    try {
      onUpdated(await api.assessRecruiter(detail.recruiter.id, { assessment: choice, note: note.trim() }));
      setNote('');
      setStatus({ ok: true, text: t('recruiters.assess.saved') });
    } catch (failure) {
      // What was typed stays in the form.
      setStatus({ ok: false, text: errorText(failure) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="card" aria-labelledby="assess-title">
      <h2 id="assess-title">{t('recruiters.assess.title')}</h2>
      <form
        class="action-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <label for="assess-choice">{t('recruiters.assess.choice')}</label>
        <select
          id="assess-choice"
          value={choice}
          onChange={(e) => setChoice(e.currentTarget.value as Assessment)}
        >
          {ASSESSMENTS.map((a) => (
            <option key={a} value={a}>
              {t(`recruiters.assessment.${a}`)}
            </option>
          ))}
        </select>
        <label for="assess-note">{t('recruiters.assess.note')}</label>
        <textarea
          id="assess-note"
          rows={3}
          maxLength={2000}
          value={note}
          aria-invalid={noteError ? 'true' : undefined}
          aria-describedby={noteError ? 'assess-note-error' : undefined}
          onInput={(e) => {
            setNote(e.currentTarget.value);
            if (e.currentTarget.value.trim() !== '') setNoteError(false);
          }}
        />
        {noteError && (
          <p id="assess-note-error" class="field-error">
            {t('recruiters.assess.noteRequired')}
          </p>
        )}
        <button type="submit" class="btn btn-primary" disabled={busy}>
          {busy ? t('recruiters.assess.saving') : t('recruiters.assess.save')}
        </button>
        {status && (
          <p class={`alert ${status.ok ? 'alert-ok' : 'alert-danger'}`} role={status.ok ? 'status' : 'alert'}>
            {status.text}
          </p>
        )}
      </form>
      <h3>{t('recruiters.assess.history')}</h3>
      {detail.assessments.length === 0 ? (
        <p class="help">{t('recruiters.assess.none')}</p>
      ) : (
        <ul class="plain-list" data-testid="assessment-history">
          {detail.assessments.map((a) => (
            <li key={a.id}>
              <strong>{t(`recruiters.assessment.${a.assessment}`)}</strong>
              <div class="small">{t('recruiters.assess.by', { name: a.by.name, at: when(a.at) })}</div>
              <div class="note">{a.note}</div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
