import { useState } from 'preact/hooks';
import { RECIPIENTS, type Recipient } from '../../core/console/recruiter-api.ts';
import { getLang, t } from '../../i18n/i18n.ts';
import type { ConsoleApi } from '../api-client.ts';
import { errorText } from '../format.ts';

type Props = { api: ConsoleApi; id: string };

/** Hands the browser a file to save under a name. */
function save(blob: Blob, name: string): void {
  if (typeof URL.createObjectURL !== 'function') return;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Downloads the recruiter's dossier (PDF or CSV) for a named partner agency and request; the server audits it. */
export function RecruiterDossier({ api, id }: Props) {
  const [recipient, setRecipient] = useState<Recipient>('police');
  const [reference, setReference] = useState('');
  const [referenceError, setReferenceError] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);

  const download = async (format: 'csv' | 'pdf') => {
    const ref = reference.trim();
    if (ref === '') {
      setReferenceError(true);
      document.getElementById('dossier-reference')?.focus();
      return;
    }
    setBusy(true);
    setStatus(null);
    try {
      const blob = await api.dossier(id, format, {
        recipient,
        reference: ref.slice(0, 120),
        lang: getLang(),
      });
      save(blob, `saring-perekrut-${id.replace(/[^A-Za-z0-9-]+/g, '-')}.${format}`);
      setStatus({ ok: true, text: t('recruiters.dossier.done') });
    } catch (failure) {
      setStatus({ ok: false, text: errorText(failure) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="card" aria-labelledby="dossier-title">
      <h2 id="dossier-title">{t('recruiters.dossier.title')}</h2>
      <p class="help">{t('recruiters.dossier.intro')}</p>
      <div class="action-form">
        <label for="dossier-recipient">{t('recruiters.dossier.recipient')}</label>
        <select
          id="dossier-recipient"
          value={recipient}
          onChange={(e) => setRecipient(e.currentTarget.value as Recipient)}
        >
          {RECIPIENTS.map((r) => (
            <option key={r} value={r}>
              {t(`recruiters.recipient.${r}`)}
            </option>
          ))}
        </select>
        <label for="dossier-reference">{t('recruiters.dossier.reference')}</label>
        <input
          id="dossier-reference"
          maxLength={120}
          value={reference}
          aria-invalid={referenceError ? 'true' : undefined}
          aria-describedby={referenceError ? 'dossier-reference-error' : undefined}
          onInput={(e) => {
            setReference(e.currentTarget.value);
            if (e.currentTarget.value.trim() !== '') setReferenceError(false);
          }}
        />
        {referenceError && (
          <p id="dossier-reference-error" class="field-error">
            {t('recruiters.dossier.referenceRequired')}
          </p>
        )}
        <div class="filter-actions">
          <button type="button" class="btn btn-primary" disabled={busy} onClick={() => void download('pdf')}>
            {busy ? t('recruiters.dossier.downloading') : t('recruiters.dossier.pdf')}
          </button>
          <button type="button" class="btn" disabled={busy} onClick={() => void download('csv')}>
            {t('recruiters.dossier.csv')}
          </button>
        </div>
        {status && (
          <p class={`alert ${status.ok ? 'alert-ok' : 'alert-danger'}`} role={status.ok ? 'status' : 'alert'}>
            {status.text}
          </p>
        )}
      </div>
    </section>
  );
}
