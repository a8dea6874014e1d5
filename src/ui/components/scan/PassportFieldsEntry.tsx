import { useState } from 'preact/hooks';
import { t } from '../../../i18n/i18n.ts';
import {
  checkTypedPassport,
  type FieldErrors,
  type TypedPassport,
} from '../../../core/capture/typed-fields.ts';
import type { Passenger } from '../../../core/screening/screening-schema.ts';
import { TextField } from './TextField.tsx';

type Props = { today: string; onSave: (passenger: Passenger) => void };

const EMPTY: TypedPassport = {
  lastName: '',
  firstName: '',
  passportNumber: '',
  birthDate: '',
  expiry: '',
  sex: '',
  nationality: 'IDN',
};

/** Passport details typed field by field, each checked with a message saying what is wrong; nothing is cleared. */
export function PassportFieldsEntry({ today, onSave }: Props) {
  const [typed, setTyped] = useState(EMPTY);
  const [errors, setErrors] = useState<FieldErrors<keyof TypedPassport>>({});
  const field = (
    name: Exclude<keyof TypedPassport, 'sex'>,
    label: Parameters<typeof TextField>[0]['label'],
  ) => (
    <TextField
      id={`passport-${name}`}
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
        const result = checkTypedPassport(typed, today);
        if (result.ok) onSave(result.passenger);
        else setErrors(result.errors);
      }}
    >
      {Object.keys(errors).length > 0 && (
        <p class="alert alert-danger" role="alert">
          {t('scan.invalid.fixAbove')}
        </p>
      )}
      <div class="field-grid">
        {field('lastName', 'scan.field.lastName')}
        {field('firstName', 'scan.field.firstName')}
        {field('passportNumber', 'scan.field.passportNumber')}
        {field('nationality', 'scan.field.nationality')}
        {field('birthDate', 'scan.field.birthDate')}
        {field('expiry', 'scan.field.expiry')}
        <div class="field">
          <label for="passport-sex">{t('scan.field.sex')}</label>
          <select
            id="passport-sex"
            value={typed.sex}
            aria-invalid={errors.sex ? true : undefined}
            aria-describedby={errors.sex ? 'passport-sex-error' : undefined}
            onChange={(event) =>
              setTyped((now) => ({ ...now, sex: event.currentTarget.value as TypedPassport['sex'] }))
            }
          >
            <option value="" disabled>
              {t('scan.sex.choose')}
            </option>
            <option value="female">{t('scan.sex.female')}</option>
            <option value="male">{t('scan.sex.male')}</option>
            <option value="nonspecified">{t('scan.sex.nonspecified')}</option>
          </select>
          {errors.sex && (
            <span id="passport-sex-error" class="error-text">
              {t('scan.invalid.sexRequired')}
            </span>
          )}
        </div>
      </div>
      <button type="submit" class="btn btn-primary">
        {t('scan.field.save')}
      </button>
    </form>
  );
}
