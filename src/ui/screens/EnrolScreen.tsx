import { useState } from 'preact/hooks';
import { t } from '../../i18n/i18n.ts';
import type { Agency } from '../../core/screening/screening-schema.ts';
import { DEFAULT_CHECKPOINT } from '../../core/config/defaults.ts';
import { TIME_ZONES, type ZoneCode } from '../../core/time/local-time.ts';
import type { DeviceRow, SaringDb } from '../../storage/db.ts';
import { enrolDevice } from '../../storage/device-setup.ts';
import { GateLanguage } from '../components/GateLanguage.tsx';
import { PinField } from '../components/PinField.tsx';
import '../styles/session.css';

type Props = { db: SaringDb; iterations?: number; onEnrolled: (device: DeviceRow) => void };

const ZONES = Object.keys(TIME_ZONES) as ZoneCode[];

/** One-time enrolment of the tablet: checkpoint, zone and the first shift lead; then shows the persistence answer. */
export function EnrolScreen({ db, iterations, onEnrolled }: Props) {
  const [form, setForm] = useState({
    airport: DEFAULT_CHECKPOINT.airport as string,
    checkpoint: DEFAULT_CHECKPOINT.checkpoint as string,
    zone: DEFAULT_CHECKPOINT.zone,
    agency: '' as Agency | '',
    id: '',
    name: '',
    officerAgency: 'IMIGRASI' as Agency,
    pin: '',
    pinConfirm: '',
  });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<DeviceRow | null>(null);
  const set = (key: keyof typeof form) => (event: { currentTarget: { value: string } }) =>
    setForm({ ...form, [key]: event.currentTarget.value });

  const submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (form.pin !== form.pinConfirm) {
      setError(t('store.form.pinMismatch'));
      return;
    }
    setBusy(true);
    setError(null);
    const result = await enrolDevice(
      db,
      {
        airport: form.airport,
        checkpoint: form.checkpoint,
        zone: form.zone,
        ...(form.agency ? { agency: form.agency } : {}),
        lead: { id: form.id.trim(), name: form.name, agency: form.officerAgency, pin: form.pin },
      },
      iterations ? { iterations } : {},
    );
    setBusy(false);
    if (result.ok) setDone(result.device);
    else setError(t(result.error));
  };

  if (done) {
    const answer =
      done.persisted === true
        ? 'store.enrol.persisted'
        : done.persisted === false
          ? 'store.enrol.notPersisted'
          : 'store.enrol.persistUnknown';
    return (
      <div class="gate">
        <section class="screen">
          <h1>{t('store.enrol.done')}</h1>
          <p class={done.persisted ? 'alert alert-ok' : 'alert alert-warn'} data-testid="persist-answer">
            {t(answer)}
          </p>
          <button type="button" class="btn btn-primary btn-lg" onClick={() => onEnrolled(done)}>
            {t('store.enrol.continue')}
          </button>
        </section>
      </div>
    );
  }

  return (
    <div class="gate">
      <section class="screen" aria-labelledby="enrol-title">
        <GateLanguage />
        <h1 id="enrol-title">{t('store.enrol.title')}</h1>
        <p class="help">{t('store.enrol.intro')}</p>
        <form onSubmit={(event) => void submit(event)}>
          <fieldset class="card gate-grid">
            <div class="field">
              <label for="enrol-airport">{t('store.enrol.airport')}</label>
              <input
                id="enrol-airport"
                required
                maxLength={3}
                autocapitalize="characters"
                value={form.airport}
                onInput={set('airport')}
              />
            </div>
            <div class="field">
              <label for="enrol-checkpoint">{t('store.enrol.checkpoint')}</label>
              <input id="enrol-checkpoint" required value={form.checkpoint} onInput={set('checkpoint')} />
            </div>
            <div class="field">
              <label for="enrol-zone">{t('store.enrol.zone')}</label>
              <select id="enrol-zone" value={form.zone} onChange={set('zone')}>
                {ZONES.map((zone) => (
                  <option key={zone} value={zone}>
                    {zone} ({TIME_ZONES[zone]})
                  </option>
                ))}
              </select>
            </div>
            <div class="field">
              <label for="enrol-agency">{t('store.enrol.agency')}</label>
              <select id="enrol-agency" value={form.agency} onChange={set('agency')}>
                <option value="">{t('store.enrol.agencyNone')}</option>
                <option value="IMIGRASI">{t('store.agency.IMIGRASI')}</option>
                <option value="BP3MI">{t('store.agency.BP3MI')}</option>
              </select>
            </div>
          </fieldset>
          <fieldset class="card gate-grid">
            <legend>{t('store.enrol.lead')}</legend>
            <div class="field">
              <label for="enrol-id">{t('store.enrol.officerId')}</label>
              <input id="enrol-id" required value={form.id} onInput={set('id')} />
            </div>
            <div class="field">
              <label for="enrol-name">{t('store.enrol.name')}</label>
              <input id="enrol-name" required value={form.name} onInput={set('name')} />
            </div>
            <div class="field">
              <label for="enrol-officer-agency">{t('store.enrol.officerAgency')}</label>
              <select id="enrol-officer-agency" value={form.officerAgency} onChange={set('officerAgency')}>
                <option value="IMIGRASI">{t('store.agency.IMIGRASI')}</option>
                <option value="BP3MI">{t('store.agency.BP3MI')}</option>
              </select>
            </div>
            <PinField
              id="enrol-pin"
              label={t('store.enrol.pin')}
              autocomplete="new-password"
              value={form.pin}
              onInput={set('pin')}
            />
            <PinField
              id="enrol-pin2"
              label={t('store.enrol.pinConfirm')}
              autocomplete="new-password"
              value={form.pinConfirm}
              onInput={set('pinConfirm')}
            />
          </fieldset>
          {error && (
            <p class="alert alert-danger" role="alert">
              {error}
            </p>
          )}
          <button type="submit" class="btn btn-primary btn-lg" disabled={busy}>
            {busy ? t('store.enrol.busy') : t('store.enrol.submit')}
          </button>
        </form>
      </section>
    </div>
  );
}
