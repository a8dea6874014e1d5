import { useCallback, useEffect, useState } from 'preact/hooks';
import { t } from '../../i18n/i18n.ts';
import type { Agency, Role } from '../../core/screening/screening-schema.ts';
import { addOfficer, listOfficers, resetOfficer, type OfficerListItem } from '../../storage/officers.ts';
import { useUnlocked } from '../hooks/use-unlocked.ts';
import { PinField } from './PinField.tsx';
import { deactivateOfficer, resetOfficerPin } from '../../storage/officer-admin.ts';
import '../styles/session.css';

const EMPTY = {
  id: '',
  name: '',
  agency: 'IMIGRASI' as Agency,
  role: 'officer' as Role,
  pin: '',
  leadPin: '',
};

/**
 * The shift lead's list of officers on this tablet: who is enrolled and active, add one, unlock one locked by wrong
 * PINs, reset a forgotten PIN (a one-time code), deactivate one who left.
 */
export function OfficerManager() {
  const { db, unlocked } = useUnlocked();
  const [officers, setOfficers] = useState<OfficerListItem[]>([]);
  const [form, setForm] = useState(EMPTY);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const refresh = useCallback(() => void listOfficers(db, unlocked.keys).then(setOfficers), [db, unlocked]);
  useEffect(refresh, [refresh]);
  const [action, setAction] = useState<{ kind: 'reset' | 'deactivate'; id: string } | null>(null);
  const [actionPin, setActionPin] = useState('');
  const [actionMessage, setActionMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const open = (next: { kind: 'reset' | 'deactivate'; id: string } | null): void => {
    setAction(next);
    setActionPin('');
    setActionMessage(null);
  };
  const confirmAction = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (!action) return;
    setBusy(true);
    const { id } = action;
    if (action.kind === 'deactivate') {
      const result = await deactivateOfficer(db, unlocked, id);
      setActionMessage(
        result.ok
          ? { ok: true, text: t('shiftLead.officers.deactivated', { id }) }
          : { ok: false, text: t(result.error) },
      );
      if (result.ok) setAction(null);
    } else {
      const result = await resetOfficerPin(db, unlocked, actionPin, id);
      setActionPin('');
      setActionMessage(
        result.ok
          ? { ok: true, text: t('shiftLead.officers.resetDone', { id, code: result.code }) }
          : { ok: false, text: t(result.error) },
      );
      if (result.ok) setAction(null);
    }
    setBusy(false);
    refresh();
  };
  const set = (key: keyof typeof EMPTY) => (event: { currentTarget: { value: string } }) =>
    setForm({ ...form, [key]: event.currentTarget.value });

  const submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    setBusy(true);
    const { leadPin, ...officer } = form;
    const result = await addOfficer(db, unlocked, leadPin, { ...officer, id: officer.id.trim() });
    setBusy(false);
    if (result.ok) {
      setMessage({ ok: true, text: t('store.officers.added', { id: officer.id.trim() }) });
      setForm(EMPTY);
      refresh();
    } else {
      setMessage({ ok: false, text: t(result.error) });
    }
  };

  return (
    <div>
      <h3>{t('store.officers.title')}</h3>
      <ul class="officer-list">
        {officers.map((officer) => (
          <li key={officer.id}>
            <span class="grow">
              <strong>{officer.id}</strong> · {officer.name} · {t(`store.agency.${officer.agency}`)} ·{' '}
              {t(`store.role.${officer.role}`)}
              {officer.failedAttempts > 0 && (
                <> · {t('store.officers.attempts', { count: officer.failedAttempts })}</>
              )}
            </span>
            {officer.locked && <span class="badge badge-offline">{t('store.officers.lockedBadge')}</span>}
            {!officer.active && (
              <span class="badge badge-offline">{t('shiftLead.officers.inactiveBadge')}</span>
            )}
            {officer.mustSetPin && (
              <span class="badge badge-offline">{t('shiftLead.officers.mustSetPin')}</span>
            )}
            {/* Short labels keep each row on one line; the accessible name still says whose row it is. */}
            <span class="officer-actions">
              {officer.active && officer.id !== unlocked.officer.id && (
                <>
                  <button
                    type="button"
                    class="btn"
                    aria-label={t('shiftLead.officers.resetPin', { id: officer.id })}
                    onClick={() => open({ kind: 'reset', id: officer.id })}
                  >
                    {t('shiftLead.officers.resetPinShort')}
                  </button>
                  <button
                    type="button"
                    class="btn"
                    aria-label={t('shiftLead.officers.deactivate', { id: officer.id })}
                    onClick={() => open({ kind: 'deactivate', id: officer.id })}
                  >
                    {t('shiftLead.officers.deactivateShort')}
                  </button>
                </>
              )}
              {officer.active && officer.failedAttempts > 0 && (
                <button
                  type="button"
                  class="btn"
                  aria-label={t('store.officers.reset', { id: officer.id })}
                  onClick={() => void resetOfficer(db, unlocked, officer.id).then(refresh)}
                >
                  {t('store.officers.unlockShort')}
                </button>
              )}
            </span>
          </li>
        ))}
      </ul>
      {action && (
        <form
          class="alert alert-warn"
          role="alertdialog"
          aria-label={
            action.kind === 'reset'
              ? t('shiftLead.officers.resetPin', { id: action.id })
              : t('shiftLead.officers.deactivate', { id: action.id })
          }
          onSubmit={(event) => void confirmAction(event)}
        >
          {action.kind === 'deactivate' ? (
            <p>{t('shiftLead.officers.deactivateConfirm', { id: action.id })}</p>
          ) : (
            <>
              <p>{t('shiftLead.officers.resetHelp')}</p>
              <PinField
                id="officer-reset-lead-pin"
                label={t('store.officers.leadPinLabel')}
                autocomplete="current-password"
                value={actionPin}
                onInput={(event) => setActionPin(event.currentTarget.value)}
              />
            </>
          )}
          <div class="row-actions">
            <button type="submit" class="btn btn-danger" disabled={busy}>
              {action.kind === 'deactivate'
                ? t('shiftLead.officers.deactivateYes')
                : t('shiftLead.officers.resetSubmit')}
            </button>
            <button type="button" class="btn" onClick={() => open(null)}>
              {t('shiftLead.officers.cancel')}
            </button>
          </div>
        </form>
      )}
      {actionMessage && (
        <p
          class={actionMessage.ok ? 'alert alert-ok' : 'alert alert-danger'}
          role="status"
          data-testid="officer-action-result"
        >
          {actionMessage.text}
        </p>
      )}
      <form onSubmit={(event) => void submit(event)} aria-label={t('store.officers.add')}>
        <div class="gate-grid">
          <div class="field">
            <label for="officer-id">{t('store.enrol.officerId')}</label>
            <input id="officer-id" required value={form.id} onInput={set('id')} />
          </div>
          <div class="field">
            <label for="officer-name">{t('store.enrol.name')}</label>
            <input id="officer-name" required value={form.name} onInput={set('name')} />
          </div>
          <div class="field">
            <label for="officer-agency">{t('store.enrol.officerAgency')}</label>
            <select id="officer-agency" value={form.agency} onChange={set('agency')}>
              <option value="IMIGRASI">{t('store.agency.IMIGRASI')}</option>
              <option value="BP3MI">{t('store.agency.BP3MI')}</option>
            </select>
          </div>
          <div class="field">
            <label for="officer-role">{t('store.officers.role')}</label>
            <select id="officer-role" value={form.role} onChange={set('role')}>
              <option value="officer">{t('store.role.officer')}</option>
              <option value="shift_lead">{t('store.role.shift_lead')}</option>
            </select>
          </div>
          <PinField
            id="officer-pin"
            label={t('store.enrol.pin')}
            autocomplete="new-password"
            value={form.pin}
            onInput={set('pin')}
          />
          <PinField
            id="officer-lead-pin"
            label={t('store.officers.leadPinLabel')}
            autocomplete="current-password"
            value={form.leadPin}
            onInput={set('leadPin')}
          />
        </div>
        {message && (
          <p class={message.ok ? 'alert alert-ok' : 'alert alert-danger'} role="status">
            {message.text}
          </p>
        )}
        <button id="officer-add" type="submit" class="btn btn-primary" disabled={busy}>
          {t('store.officers.add')}
        </button>
      </form>
    </div>
  );
}
