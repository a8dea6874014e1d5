import { useCallback, useEffect, useState } from 'preact/hooks';
import type { StaffListItem } from '../../core/console/console-api.ts';
import { t } from '../../i18n/i18n.ts';
import type { ConsoleApi } from '../api-client.ts';
import { errorText } from '../format.ts';
import { randomPassword } from '../components/staff-form.ts';
import { StaffCreateForm, type CreatedStaff } from '../components/StaffCreateForm.tsx';
import { StaffRow, type StaffAction } from '../components/StaffRow.tsx';

type Props = { api: ConsoleApi; canCreate: boolean; selfId: string };

/** A message about one account: created or reset (with the password shown once), deactivated or activated. */
type Notice =
  | ({ key: 'console.staff.created' | 'console.staff.reset' } & CreatedStaff)
  | { key: 'console.staff.deactivated' | 'console.staff.activated'; username: string; name: string };

/**
 * The staff accounts with their state. An administrator creates accounts, deactivates and activates them, and resets
 * a forgotten password; a password they choose is shown once and must be changed by its owner at sign-in.
 */
export function StaffScreen({ api, canCreate, selfId }: Props) {
  const [staff, setStaff] = useState<StaffListItem[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);

  const reload = useCallback(async () => {
    try {
      setStaff((await api.staff()).items);
    } catch (failure) {
      setError(errorText(failure));
    }
  }, [api]);
  useEffect(() => {
    void reload();
  }, [reload]);

  const act = async (user: StaffListItem, action: StaffAction) => {
    setError(null);
    setNotice(null);
    setBusy(true);
    const who = { username: user.username, name: user.name };
    try {
      if (action === 'resetPassword') {
        const password = randomPassword();
        await api.resetStaffPassword(user.id, password);
        setNotice({ key: 'console.staff.reset', ...who, password });
      } else {
        await api.setStaffActive(user.id, action === 'activate');
        setNotice({
          key: action === 'activate' ? 'console.staff.activated' : 'console.staff.deactivated',
          ...who,
        });
      }
      await reload();
    } catch (failure) {
      setError(errorText(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="staff-title">
      <h1 id="staff-title">{t('console.staff.title')}</h1>
      <p class="help">{t('console.staff.intro')}</p>
      {error && (
        <p class="alert alert-danger" role="alert">
          {error}
        </p>
      )}
      {notice && (
        <p class="alert alert-ok" role="status" data-testid="staff-notice">
          {t(notice.key, { ...notice, password: '' })}
          {'password' in notice && <strong class="mono code">{notice.password}</strong>}
        </p>
      )}
      {canCreate && (
        <StaffCreateForm
          api={api}
          onError={setError}
          onCreated={async (made) => {
            setNotice({ key: 'console.staff.created', ...made });
            await reload();
          }}
        />
      )}
      {staff === null && !error && <p aria-busy="true">{t('console.app.loading')}</p>}
      {staff && staff.length === 0 && <p class="alert alert-warn">{t('console.staff.empty')}</p>}
      {staff && staff.length > 0 && (
        <table class="device-table staff-table">
          <thead>
            <tr>
              <th scope="col">{t('console.staff.col.username')}</th>
              <th scope="col">{t('console.staff.col.name')}</th>
              <th scope="col">{t('console.staff.col.role')}</th>
              <th scope="col">{t('console.staff.col.agency')}</th>
              <th scope="col">{t('console.staff.col.status')}</th>
              <th scope="col">{t('console.staff.col.lastSignIn')}</th>
              <th scope="col">{t('console.staff.col.created')}</th>
              {canCreate && <th scope="col">{t('console.staff.col.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {staff.map((u) => (
              <StaffRow
                key={u.id}
                user={u}
                canManage={canCreate}
                isSelf={u.id === selfId}
                busy={busy}
                onAction={(target, action) => void act(target, action)}
              />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
