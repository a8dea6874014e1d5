import { Fragment } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { CEKAL_STATES, type CekalProposal, type CekalState } from '../../core/console/cekal-api.ts';
import type { StaffUser } from '../../core/console/console-api.ts';
import { isoDateToDisplay } from '../../core/time/local-time.ts';
import { t } from '../../i18n/i18n.ts';
import type { ConsoleApi } from '../api-client.ts';
import { casePath, consoleNavigate } from '../console-router.ts';
import { errorText, when } from '../format.ts';
import { ProposalDecision } from './ProposalDecision.tsx';

type Props = { api: ConsoleApi; user: StaffUser };

/** The proposals, by state (waiting ones first shown); an Imigrasi supervisor decides those someone else made. */
export function ProposalQueue({ api, user }: Props) {
  const [state, setState] = useState<CekalState | ''>('proposed');
  const [items, setItems] = useState<CekalProposal[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [deciding, setDeciding] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const decider = user.role === 'supervisor' && user.agency === 'IMIGRASI';

  const reload = useCallback(async () => {
    try {
      setItems((await api.cekal(state ? { state } : {})).items);
      setError(null);
    } catch (failure) {
      setError(errorText(failure));
    }
  }, [api, state]);
  useEffect(() => {
    void reload();
  }, [reload]);

  const decisionCell = (p: CekalProposal) => {
    if (p.decidedBy)
      return (
        <>
          {t('watchAdmin.proposals.byWhen', { name: p.decidedBy.name, when: when(p.decidedAt) })}
          {p.expiresOn && <> · {t('watchAdmin.proposals.until', { date: isoDateToDisplay(p.expiresOn) })}</>}
          {p.decisionReason && <div class="note">{p.decisionReason}</div>}
        </>
      );
    if (p.state !== 'proposed') return '—';
    if (p.proposedBy.id === user.id) return <span class="small">{t('watchAdmin.proposals.own')}</span>;
    if (!decider) return <span class="small">{t('watchAdmin.proposals.waiting')}</span>;
    return (
      <button type="button" class="btn btn-primary" onClick={() => setDeciding(p.id)}>
        {t('watchAdmin.proposals.decide')}
      </button>
    );
  };

  return (
    <div class="proposal-queue">
      <div class="field inline-field">
        <label for="proposal-state">{t('watchAdmin.proposals.filter')}</label>
        <select
          id="proposal-state"
          value={state}
          onChange={(event) => setState((event.currentTarget as HTMLSelectElement).value as CekalState | '')}
        >
          <option value="">{t('watchAdmin.proposals.all')}</option>
          {CEKAL_STATES.map((s) => (
            <option key={s} value={s}>
              {t(`watchAdmin.state.${s}`)}
            </option>
          ))}
        </select>
      </div>
      {done && (
        <p class="alert alert-ok" role="status">
          {done}
        </p>
      )}
      {error && (
        <p class="alert alert-danger" role="alert">
          {error}
        </p>
      )}
      {items === null && !error && <p aria-busy="true">{t('console.app.loading')}</p>}
      {items && items.length === 0 && <p class="alert alert-warn">{t('watchAdmin.proposals.empty')}</p>}
      {items && items.length > 0 && (
        <table class="device-table proposal-table">
          <thead>
            <tr>
              <th scope="col">{t('watchAdmin.proposals.col.passenger')}</th>
              <th scope="col">{t('watchAdmin.proposals.col.kind')}</th>
              <th scope="col">{t('watchAdmin.proposals.col.grounds')}</th>
              <th scope="col">{t('watchAdmin.proposals.col.proposedBy')}</th>
              <th scope="col">{t('watchAdmin.proposals.col.state')}</th>
              <th scope="col">{t('watchAdmin.proposals.col.decision')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((p) => (
              <Fragment key={p.id}>
                <tr data-proposal={p.id} data-state={p.state}>
                  <td>
                    <strong>{p.passengerName}</strong>
                    <div class="mono small">{p.passportNumber}</div>
                    {p.birthDate && (
                      <div class="small">
                        {t('watchAdmin.proposals.birth', { date: isoDateToDisplay(p.birthDate) })}
                      </div>
                    )}
                    <a
                      href={casePath(p.caseId)}
                      class="small"
                      onClick={(event) => {
                        event.preventDefault();
                        consoleNavigate(casePath(p.caseId));
                      }}
                    >
                      {t('watchAdmin.proposals.openCase')}
                    </a>
                  </td>
                  <td>{t(`watchAdmin.kind.${p.kind}`)}</td>
                  <td class="grounds">{p.grounds}</td>
                  <td class="nowrap">
                    {t('watchAdmin.proposals.byWhen', { name: p.proposedBy.name, when: when(p.proposedAt) })}
                  </td>
                  <td>
                    <span class={`state state-cekal-${p.state}`}>{t(`watchAdmin.state.${p.state}`)}</span>
                  </td>
                  <td>{decisionCell(p)}</td>
                </tr>
                {deciding === p.id && (
                  <tr class="decide-row">
                    <td colSpan={6}>
                      <ProposalDecision
                        api={api}
                        proposal={p}
                        onCancel={() => setDeciding(null)}
                        onDecided={(decided, message) => {
                          setDeciding(null);
                          setDone(message);
                          setItems(
                            (current) => current?.map((x) => (x.id === decided.id ? decided : x)) ?? null,
                          );
                        }}
                        onStale={() => void reload()}
                      />
                    </td>
                  </tr>
                )}
              </Fragment>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
