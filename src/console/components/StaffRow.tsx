import { useState } from 'preact/hooks';
import type { StaffListItem } from '../../core/console/console-api.ts';
import { t } from '../../i18n/i18n.ts';
import { when } from '../format.ts';

/** What the administrator may do to an account from its row. */
export type StaffAction = 'deactivate' | 'activate' | 'resetPassword';

type Props = {
  user: StaffListItem;
  /** Actions are offered to an administrator, never on their own account. */
  canManage: boolean;
  isSelf: boolean;
  busy: boolean;
  onAction: (user: StaffListItem, action: StaffAction) => void;
};

function statusOf(u: StaffListItem): { key: Parameters<typeof t>[0]; ok: boolean } {
  if (!u.active) return { key: 'console.staff.inactive', ok: false };
  if (u.locked) return { key: 'console.staff.locked', ok: false };
  if (u.mustChangePassword) return { key: 'console.staff.mustChange', ok: false };
  return { key: 'console.staff.active', ok: true };
}

/** One account: who, role, state; an administrator deactivates, activates or resets it after confirming. */
export function StaffRow({ user: u, canManage, isSelf, busy, onAction }: Props) {
  const [confirming, setConfirming] = useState<StaffAction | null>(null);
  const status = statusOf(u);
  const ask = (action: StaffAction) => (
    <button type="button" class="btn" disabled={busy} onClick={() => setConfirming(action)}>
      {t(`console.staff.action.${action}`)}
    </button>
  );
  return (
    <tr data-staff={u.username} class={u.active ? undefined : 'revoked'}>
      <td class="mono">{u.username}</td>
      <td>{u.name}</td>
      <td>{t(`console.role.${u.role}`)}</td>
      <td>{u.agency ? t(`store.agency.${u.agency}`) : t('console.staff.noAgency')}</td>
      <td>
        <span class={status.ok ? 'state state-active' : 'state state-revoked'}>{t(status.key)}</span>
      </td>
      <td class="nowrap">{u.lastSignInAt ? when(u.lastSignInAt) : t('console.staff.never')}</td>
      <td class="nowrap">{when(u.createdAt)}</td>
      {canManage && (
        <td class="row-actions">
          {isSelf && <span class="help">{t('console.staff.self')}</span>}
          {!isSelf && confirming === null && (
            <>
              {ask(u.active ? 'deactivate' : 'activate')}
              {u.active && ask('resetPassword')}
            </>
          )}
          {!isSelf && confirming !== null && (
            <span role="group" aria-label={t(`console.staff.action.${confirming}`)}>
              <span class="confirm-text">
                {t(`console.staff.confirm.${confirming}`, { name: u.name, username: u.username })}
              </span>
              <button
                type="button"
                class={confirming === 'deactivate' ? 'btn btn-danger' : 'btn btn-primary'}
                disabled={busy}
                onClick={() => {
                  setConfirming(null);
                  onAction(u, confirming);
                }}
              >
                {t('console.staff.confirm.yes')}
              </button>
              <button type="button" class="btn" onClick={() => setConfirming(null)}>
                {t('console.staff.confirm.no')}
              </button>
            </span>
          )}
        </td>
      )}
    </tr>
  );
}
