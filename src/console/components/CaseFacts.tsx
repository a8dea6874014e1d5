import type { CaseDetail } from '../../core/console/console-api.ts';
import { isoDateToDisplay } from '../../core/time/local-time.ts';
import { t } from '../../i18n/i18n.ts';
import { when } from '../format.ts';

const dash = (value: string | null | undefined): string => (value ? value : '—');
const day = (value: string | null | undefined): string => (value ? isoDateToDisplay(value) : '—');

/** The passenger, the flight and journey, and the screening at the gate, as the tablet sent them. */
export function CaseFacts({ detail }: { detail: CaseDetail }) {
  const s = detail.screening;
  const p = s.passenger;
  const f = s.flight;
  const yesNo = (value: boolean | null) =>
    value === null ? t('console.case.unknown') : value ? t('console.case.yes') : t('console.case.no');
  return (
    <div class="fact-columns">
      <section class="card" aria-labelledby="case-passenger">
        <h2 id="case-passenger">{t('console.case.passenger')}</h2>
        <dl class="facts">
          <dt>{t('console.case.name')}</dt>
          <dd data-field="name">
            {p.lastName}
            {p.firstName ? `, ${p.firstName}` : ''}
          </dd>
          <dt>{t('console.case.passport')}</dt>
          <dd class="mono">{p.passportNumber}</dd>
          <dt>{t('console.case.nationality')}</dt>
          <dd>
            {p.nationality} ({t('console.case.issuingState')}: {p.issuingState})
          </dd>
          <dt>{t('console.case.birthDate')}</dt>
          <dd>{day(p.birthDate)}</dd>
          <dt>{t('console.case.sex')}</dt>
          <dd>{t(`console.case.sexValue.${p.sex}`)}</dd>
          <dt>{t('console.case.passportExpiry')}</dt>
          <dd>{day(p.passportExpiry)}</dd>
          <dt>{t('console.case.homeDistrict')}</dt>
          <dd>{dash(p.homeDistrictCode)}</dd>
          {p.phone && (
            <>
              <dt>{t('console.case.phone')}</dt>
              <dd>{p.phone}</dd>
            </>
          )}
          {p.nik && (
            <>
              <dt>{t('console.case.nik')}</dt>
              <dd class="mono">{p.nik}</dd>
            </>
          )}
        </dl>
      </section>
      <section class="card" aria-labelledby="case-flight">
        <h2 id="case-flight">{t('console.case.flight')}</h2>
        {f ? (
          <dl class="facts">
            <dt>{t('console.case.flightNumber')}</dt>
            <dd>
              {f.carrier} {f.flightNumber}
            </dd>
            <dt>{t('console.case.flightDate')}</dt>
            <dd>{day(f.date)}</dd>
            <dt>{t('console.case.route')}</dt>
            <dd>{[f.from, ...f.transits, f.finalDestination].join(' → ')}</dd>
            <dt>{t('console.case.transits')}</dt>
            <dd>{f.transits.length > 0 ? f.transits.join(', ') : '—'}</dd>
            <dt>{t('console.case.oneWay')}</dt>
            <dd>{yesNo(f.oneWay)}</dd>
            {f.bookedBy && (
              <>
                <dt>{t('console.case.bookedBy')}</dt>
                <dd>{f.bookedBy}</dd>
              </>
            )}
          </dl>
        ) : (
          <p>{t('console.case.noFlight')}</p>
        )}
      </section>
      <section class="card" aria-labelledby="case-screening">
        <h2 id="case-screening">{t('console.case.screening')}</h2>
        <dl class="facts">
          <dt>{t('console.case.place')}</dt>
          <dd>
            {s.airport} · {s.checkpoint}
          </dd>
          <dt>{t('console.case.screenedAt')}</dt>
          <dd>{when(s.createdAt)}</dd>
          <dt>{t('console.case.officer')}</dt>
          <dd>
            {s.officerId} ({s.agency})
          </dd>
          <dt>{t('console.case.device')}</dt>
          <dd class="mono small">{s.deviceId}</dd>
          <dt>{t('console.case.outcome')}</dt>
          <dd>
            <strong>{s.outcome ? t(`checklist.outcome.${s.outcome}`) : '—'}</strong>
          </dd>
          <dt>{t('console.case.recommended')}</dt>
          <dd>{t(`checklist.outcome.${s.recommended}`)}</dd>
          <dt>{t('console.case.score')}</dt>
          <dd>{s.score}</dd>
          {s.passportWithdrawn && (
            <>
              <dt />
              <dd>{t('console.case.passportWithdrawn', { receipt: s.passportReceiptNumber ?? '—' })}</dd>
            </>
          )}
          {s.handover && (
            <>
              <dt>{t('console.case.handover')}</dt>
              <dd data-field="handover">
                {t('console.case.handoverTo', {
                  time: when(s.handover.time),
                  officer: s.handover.bp3miOfficer,
                })}
                {s.handover.recordedBy && (
                  <span class="block small">
                    {t('console.case.handoverRecordedBy', { officer: s.handover.recordedBy })}
                  </span>
                )}
                <span class="block small">
                  {s.handover.confirmedAt
                    ? t('console.case.handoverConfirmed', { at: when(s.handover.confirmedAt) })
                    : t('console.case.handoverUnconfirmed')}
                </span>
              </dd>
            </>
          )}
          <dt>{t('console.case.note')}</dt>
          <dd class="note" data-field="note">
            {s.note ? s.note : t('console.case.noNote')}
          </dd>
        </dl>
      </section>
    </div>
  );
}
