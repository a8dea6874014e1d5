import { useState } from 'preact/hooks';
import type { CaseActionRequest, CaseDetail, PersonRef, StaffUser } from '../../core/console/console-api.ts';
import { FINDINGS, REFERRALS } from '../../core/console/console-api.ts';
import { localDay } from '../../core/time/local-time.ts';
import { t } from '../../i18n/i18n.ts';
import { DateField } from '../../shared-ui/DateField.tsx';
import { ApiError, type ConsoleApi } from '../api-client.ts';
import { errorText } from '../format.ts';
import {
  EMPTY_DRAFT,
  REASON_MAX,
  closeRequest,
  followUpRequest,
  reopenRequest,
  type ActionDraft,
  type DraftErrors,
} from './case-action-form.ts';

type Props = {
  api: ConsoleApi;
  detail: CaseDetail;
  user: StaffUser;
  onUpdated: (detail: CaseDetail) => void;
  /** Fetches the case again after someone else changed it; what was typed here stays. */
  onReload: () => Promise<void>;
};

type Form = 'followUp' | 'close' | 'reopen' | null;

/** The workflow steps the case allows now, with their forms; a refused save keeps everything typed. */
export function CaseActions({ api, detail, user, onUpdated, onReload }: Props) {
  const [draft, setDraft] = useState<ActionDraft>(EMPTY_DRAFT);
  const [errors, setErrors] = useState<DraftErrors>({});
  const [form, setForm] = useState<Form>(null);
  const [confirmTake, setConfirmTake] = useState<PersonRef | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const c = detail.case;
  const mine = c.owner?.id === user.id;

  const send = async (request: Omit<CaseActionRequest, 'version'>, clear: Array<keyof ActionDraft> = []) => {
    setBusy(true);
    setProblem(null);
    setDone(null);
    try {
      const next = await api.caseAction(c.id, { ...request, version: c.version });
      setStale(false);
      setConfirmTake(null);
      setForm(null);
      setDraft((d) => ({ ...d, ...Object.fromEntries(clear.map((k) => [k, ''])) }));
      onUpdated(next);
      setDone(t('console.action.done', { state: t(`console.state.${next.case.state}`) }));
    } catch (error) {
      if (error instanceof ApiError && error.code === 'console.error.staleVersion') {
        setStale(true);
        await onReload();
      } else if (error instanceof ApiError && error.code === 'console.error.ownedByOther' && error.owner) {
        setConfirmTake(error.owner);
        await onReload();
      } else {
        setProblem(errorText(error));
      }
    } finally {
      setBusy(false);
    }
  };

  const submit = (built: ReturnType<typeof closeRequest>, clear: Array<keyof ActionDraft>) => {
    setErrors(built.ok ? {} : built.errors);
    if (built.ok) void send(built.request, clear);
  };
  const take = () => {
    if (c.owner && !mine) setConfirmTake(c.owner);
    else void send({ action: 'take' });
  };
  const field = (key: keyof ActionDraft) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const fromEvent = (key: keyof ActionDraft) => (event: Event) =>
    field(key)((event.currentTarget as HTMLInputElement).value);
  const errorOf = (key: keyof ActionDraft): string | null => {
    const e = errors[key];
    return e ? t(e.key, e.params) : null;
  };
  const fieldError = (key: keyof ActionDraft) => {
    const text = errorOf(key);
    return text ? (
      <p class="field-error" role="alert" id={`action-${key}-error`}>
        {text}
      </p>
    ) : null;
  };

  const canTake = c.state === 'new' || c.state === 'in_review';
  const canWork = mine && (c.state === 'in_review' || c.state === 'follow_up');
  return (
    <section class="card case-actions" aria-labelledby="case-actions-title">
      <h2 id="case-actions-title">{t('console.action.title')}</h2>
      {stale && (
        <p class="alert alert-warn" role="alert" data-testid="stale-version">
          {t('console.action.stale')}
        </p>
      )}
      {problem && (
        <p class="alert alert-danger" role="alert">
          {problem}
        </p>
      )}
      {done && !stale && (
        <p class="alert alert-ok" role="status">
          {done}
        </p>
      )}
      {confirmTake && (
        <div class="confirm" role="alertdialog" aria-labelledby="confirm-take-text">
          <p id="confirm-take-text">{t('console.action.confirmTake', { name: confirmTake.name })}</p>
          <button
            type="button"
            class="btn btn-danger"
            disabled={busy}
            onClick={() => void send({ action: 'take', force: true })}
          >
            {t('console.action.takeOver')}
          </button>{' '}
          <button type="button" class="btn" onClick={() => setConfirmTake(null)}>
            {t('console.action.cancel')}
          </button>
        </div>
      )}
      <div class="action-buttons">
        {canTake && !mine && !confirmTake && (
          <button type="button" class="btn btn-primary" disabled={busy} onClick={take}>
            {c.owner ? t('console.action.takeOver') : t('console.action.take')}
          </button>
        )}
        {canWork && (
          <>
            <button
              type="button"
              class="btn"
              aria-expanded={form === 'followUp'}
              onClick={() => setForm('followUp')}
            >
              {t('console.action.followUp')}
            </button>
            <button
              type="button"
              class="btn"
              aria-expanded={form === 'close'}
              onClick={() => setForm('close')}
            >
              {t('console.action.close')}
            </button>
          </>
        )}
        {mine && c.state === 'in_review' && (
          <button
            type="button"
            class="btn btn-ghost"
            disabled={busy}
            onClick={() => void send({ action: 'release' })}
          >
            {t('console.action.release')}
          </button>
        )}
        {c.state === 'closed' && (
          <button
            type="button"
            class="btn"
            aria-expanded={form === 'reopen'}
            onClick={() => setForm('reopen')}
          >
            {t('console.action.reopen')}
          </button>
        )}
      </div>
      {!mine && c.state === 'follow_up' && <p class="help">{t('console.action.notOwnerHelp')}</p>}
      {form === 'followUp' && canWork && (
        <form
          class="action-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            submit(followUpRequest(draft, localDay(new Date(), 'WIB')), ['dueDate', 'referredTo']);
          }}
        >
          <label for="action-referral">{t('console.action.referredTo')}</label>
          <select id="action-referral" value={draft.referredTo} onChange={fromEvent('referredTo')}>
            <option value="">{t('console.action.choose')}</option>
            {REFERRALS.map((r) => (
              <option key={r} value={r}>
                {t(`console.referral.${r}`)}
              </option>
            ))}
          </select>
          {fieldError('referredTo')}
          <DateField
            id="action-due"
            label={t('console.action.dueDate')}
            placeholder={t('console.date.placeholder')}
            value={draft.dueDate}
            error={errorOf('dueDate')}
            onInput={field('dueDate')}
          />
          <button type="submit" class="btn btn-primary" disabled={busy}>
            {busy ? t('console.action.saving') : t('console.action.submitFollowUp')}
          </button>{' '}
          <button type="button" class="btn btn-ghost" onClick={() => setForm(null)}>
            {t('console.action.cancel')}
          </button>
        </form>
      )}
      {form === 'close' && canWork && (
        <form
          class="action-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            submit(closeRequest(draft), ['finding', 'reason']);
          }}
        >
          <label for="action-finding">{t('console.action.finding')}</label>
          <select id="action-finding" value={draft.finding} onChange={fromEvent('finding')}>
            <option value="">{t('console.action.choose')}</option>
            {FINDINGS.map((f) => (
              <option key={f} value={f}>
                {t(`console.finding.${f}`)}
              </option>
            ))}
          </select>
          {fieldError('finding')}
          <label for="action-reason">{t('console.action.reason')}</label>
          <textarea
            id="action-reason"
            rows={4}
            maxLength={REASON_MAX + 500}
            value={draft.reason}
            onInput={fromEvent('reason')}
          />
          {fieldError('reason')}
          <button type="submit" class="btn btn-primary" disabled={busy}>
            {busy ? t('console.action.saving') : t('console.action.submitClose')}
          </button>{' '}
          <button type="button" class="btn btn-ghost" onClick={() => setForm(null)}>
            {t('console.action.cancel')}
          </button>
        </form>
      )}
      {form === 'reopen' && c.state === 'closed' && (
        <form
          class="action-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            submit(reopenRequest(draft), ['reopenReason']);
          }}
        >
          <label for="action-reopen-reason">{t('console.action.reopenReason')}</label>
          <textarea
            id="action-reopen-reason"
            rows={3}
            value={draft.reopenReason}
            onInput={fromEvent('reopenReason')}
          />
          {fieldError('reopenReason')}
          <button type="submit" class="btn btn-primary" disabled={busy}>
            {busy ? t('console.action.saving') : t('console.action.submitReopen')}
          </button>{' '}
          <button type="button" class="btn btn-ghost" onClick={() => setForm(null)}>
            {t('console.action.cancel')}
          </button>
        </form>
      )}
    </section>
  );
}
