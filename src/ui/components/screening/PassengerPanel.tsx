import { useState } from 'preact/hooks';
import { t } from '../../../i18n/i18n.ts';
import { isoDateToDisplay } from '../../../core/time/local-time.ts';
import type { Flight, Passenger } from '../../../core/screening/screening-schema.ts';
import { parseBirthDate } from './parse-display-date.ts';
import type { passportOrigin } from '../../../core/capture/provenance.ts';
import './screening.css';

type Props = {
  passenger: Passenger;
  flight: Flight | null;
  /** Whether the passport came from a verified MRZ, wholly or with some fields typed since. */
  origin: ReturnType<typeof passportOrigin>;
  today: string;
  startEditing: boolean;
  /** False while a passenger typed from nothing has no sex chosen yet: the select then shows no default. */
  sexChosen: boolean;
  /** The new passenger and flight, with the passenger fields the officer set (even to the value they had). */
  onChange: (passenger: Passenger, flight: Flight | null, touched: Array<keyof Passenger>) => void;
};

function emptyFlight(): Flight {
  return {
    carrier: '',
    flightNumber: '',
    date: null,
    from: '',
    finalDestination: '',
    transits: [],
    oneWay: null,
  };
}

function flightLabel(flight: Flight | null): string {
  return flight ? `${flight.carrier} ${flight.flightNumber}`.trim() : '';
}

function originText(origin: ReturnType<typeof passportOrigin>): string {
  if (origin.kind === 'mrz') return t('screening.passenger.verified');
  if (origin.kind === 'typed') return t('screening.passenger.manual');
  const fields = origin.fields.map((field) => t(`gate.origin.field.${field}`)).join(', ');
  return t('gate.origin.corrected', { fields });
}

/** The passenger and flight header; switches to a form for manual entry or correction. */
export function PassengerPanel(props: Props) {
  const { passenger, flight, origin, today, startEditing, sexChosen, onChange } = props;
  const [editing, setEditing] = useState(startEditing);
  const [birthText, setBirthText] = useState(
    passenger.birthDate ? isoDateToDisplay(passenger.birthDate) : '',
  );
  const [flightText, setFlightText] = useState(flightLabel(flight));
  const [transitText, setTransitText] = useState((flight?.transits ?? []).join(', '));
  const [birthError, setBirthError] = useState<ReturnType<typeof parseBirthDate> | null>(null);
  const setP = (patch: Partial<Passenger>): void =>
    onChange({ ...passenger, ...patch }, flight, Object.keys(patch) as Array<keyof Passenger>);
  const setF = (patch: Partial<Flight>): void =>
    onChange(passenger, { ...(flight ?? emptyFlight()), ...patch }, []);
  const onBirth = (text: string): void => {
    setBirthText(text);
    if (text.trim() === '') {
      setBirthError(null);
      setP({ birthDate: null });
      return;
    }
    const result = parseBirthDate(text, today);
    setBirthError(result.ok ? null : result);
    setP({ birthDate: result.ok ? result.iso : null });
  };
  const name = `${passenger.lastName}${passenger.firstName ? `, ${passenger.firstName}` : ''}`;
  if (!editing) {
    return (
      <section class="card passenger" data-fix="passenger" aria-label={t('screening.passenger.title')}>
        <div class="passenger-main">
          <strong class="passenger-name">{name || t('screening.passenger.none')}</strong>
          <span class="mono">{passenger.passportNumber}</span>
          <span>
            {passenger.birthDate ? isoDateToDisplay(passenger.birthDate) : t('screening.passenger.none')}
          </span>
          <span>{passenger.nationality}</span>
          <span class={origin.kind === 'typed' ? 'tag' : 'tag tag-ok'} data-testid="passport-origin">
            {originText(origin)}
          </span>
        </div>
        <div class="passenger-main">
          <span>✈ {flightLabel(flight) || t('screening.passenger.none')}</span>
          <span>
            {[...(flight?.transits ?? []), flight?.finalDestination].filter(Boolean).join(' → ') ||
              t('screening.passenger.none')}
          </span>
          <button type="button" class="btn" onClick={() => setEditing(true)}>
            {t('screening.passenger.edit')}
          </button>
        </div>
      </section>
    );
  }
  const field = (id: string, label: string, value: string, set: (v: string) => void, extra = {}) => (
    <div class="field">
      <label for={id}>{label}</label>
      <input id={id} value={value} onInput={(e) => set(e.currentTarget.value)} {...extra} />
    </div>
  );
  return (
    <fieldset class="card passenger-form" data-fix="passenger">
      <legend>{t('screening.passenger.title')}</legend>
      <div class="form-grid">
        {field('p-last', t('screening.passenger.lastName'), passenger.lastName, (v) =>
          setP({ lastName: v.toUpperCase() }),
        )}
        {field('p-first', t('screening.passenger.firstName'), passenger.firstName, (v) =>
          setP({ firstName: v.toUpperCase() }),
        )}
        {field('p-passport', t('screening.passenger.passportNumber'), passenger.passportNumber, (v) =>
          setP({ passportNumber: v.toUpperCase().replace(/\s/g, '') }),
        )}
        <div class="field">
          <label for="p-birth">{t('screening.passenger.birthDate')}</label>
          <input
            id="p-birth"
            inputMode="numeric"
            placeholder="DD/MM/YYYY"
            value={birthText}
            aria-invalid={birthError ? true : undefined}
            aria-describedby={birthError ? 'p-birth-error' : undefined}
            onInput={(e) => onBirth(e.currentTarget.value)}
          />
          {birthError && !birthError.ok && (
            <span id="p-birth-error" class="error-text" role="alert">
              {t(birthError.error)}
            </span>
          )}
        </div>
        {field('p-nat', t('screening.passenger.nationality'), passenger.nationality, (v) =>
          setP({ nationality: v.toUpperCase().slice(0, 3) }),
        )}
        <div class="field">
          <label for="p-sex">{t('screening.passenger.sex')}</label>
          <select
            id="p-sex"
            value={sexChosen ? passenger.sex : ''}
            onChange={(e) => setP({ sex: e.currentTarget.value as Passenger['sex'] })}
          >
            {!sexChosen && (
              <option value="" disabled>
                {t('scan.sex.choose')}
              </option>
            )}
            <option value="female">{t('screening.passenger.sexFemale')}</option>
            <option value="male">{t('screening.passenger.sexMale')}</option>
            <option value="nonspecified">{t('screening.passenger.sexUnknown')}</option>
          </select>
        </div>
        {field('p-flight', t('screening.passenger.flight'), flightText, (v) => {
          setFlightText(v);
          const m = /^\s*([A-Z0-9]{2})\s*(\d*\w*)\s*$/i.exec(v);
          setF(
            m
              ? { carrier: (m[1] ?? '').toUpperCase(), flightNumber: m[2] ?? '' }
              : { carrier: v.toUpperCase(), flightNumber: '' },
          );
        })}
        {field('p-dest', t('screening.passenger.finalDestination'), flight?.finalDestination ?? '', (v) =>
          setF({ finalDestination: v.toUpperCase().slice(0, 3) }),
        )}
        {field('p-transits', t('screening.passenger.transits'), transitText, (v) => {
          setTransitText(v);
          setF({
            transits: v
              .toUpperCase()
              .split(/[,\s]+/)
              .filter((code) => code.length > 0),
          });
        })}
      </div>
      <button type="button" class="btn btn-primary" onClick={() => setEditing(false)}>
        {t('screening.passenger.done')}
      </button>
    </fieldset>
  );
}
