import { useState } from 'preact/hooks';
import { t } from '../../../i18n/i18n.ts';
import { checkTypedFlight, type FieldErrors, type TypedFlight } from '../../../core/capture/typed-fields.ts';
import type { Flight } from '../../../core/screening/screening-schema.ts';
import { TextField } from './TextField.tsx';

type Props = { onSave: (flight: Flight) => void };

const EMPTY: TypedFlight = { carrier: '', flightNumber: '', date: '', from: '', finalDestination: '' };

/** Flight details typed by hand when there is no barcode to read. */
export function FlightFieldsEntry({ onSave }: Props) {
  const [typed, setTyped] = useState(EMPTY);
  const [errors, setErrors] = useState<FieldErrors<keyof TypedFlight>>({});
  const field = (name: keyof TypedFlight, label: Parameters<typeof TextField>[0]['label']) => (
    <TextField
      id={`flight-${name}`}
      label={label}
      value={typed[name]}
      error={errors[name]}
      onInput={(value) => setTyped((now) => ({ ...now, [name]: value }))}
    />
  );
  return (
    <form
      class="typed-fields"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const result = checkTypedFlight(typed);
        if (result.ok) onSave(result.flight);
        else setErrors(result.errors);
      }}
    >
      {Object.keys(errors).length > 0 && (
        <p class="alert alert-danger" role="alert">
          {t('scan.invalid.fixAbove')}
        </p>
      )}
      <div class="field-grid">
        {field('carrier', 'scan.field.carrier')}
        {field('flightNumber', 'scan.field.flightNumber')}
        {field('date', 'scan.field.flightDate')}
        {field('from', 'scan.field.from')}
        {field('finalDestination', 'scan.field.finalDestination')}
      </div>
      <button type="submit" class="btn btn-primary">
        {t('scan.field.save')}
      </button>
    </form>
  );
}
