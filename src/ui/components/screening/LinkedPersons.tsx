import { useState } from 'preact/hooks';
import { t } from '../../../i18n/i18n.ts';
import type { LinkedPerson } from '../../../core/screening/screening-schema.ts';

type Props = {
  /** Persons attached to this screening. */
  attached: LinkedPerson[];
  /** Persons already recorded on this device (attachable to several screenings). */
  known: LinkedPerson[];
  newId: () => string;
  now: () => string;
  onAttach: (person: LinkedPerson) => void;
  onDetach: (id: string) => void;
};

const ROLES = ['agent', 'sponsor', 'companion'] as const;

/** Companions and handlers linked to the screening: record a new one or attach one already recorded. */
export function LinkedPersons({ attached, known, newId, now, onAttach, onDetach }: Props) {
  const [adding, setAdding] = useState(false);
  const [form, setForm] = useState({
    name: '',
    phone: '',
    idNumber: '',
    company: '',
    social: '',
    role: 'agent',
  });
  const [error, setError] = useState(false);
  const attachable = known.filter((person) => !attached.some((a) => a.id === person.id));
  const save = (): void => {
    if (form.name.trim() === '') {
      setError(true);
      return;
    }
    const person: LinkedPerson = {
      id: newId(),
      name: form.name.trim(),
      role: form.role as LinkedPerson['role'],
      createdAt: now(),
    };
    if (form.phone.trim()) person.phone = form.phone.trim();
    if (form.idNumber.trim()) person.idNumber = form.idNumber.trim();
    if (form.company.trim()) person.claimedCompany = form.company.trim();
    if (form.social.trim()) person.socialHandle = form.social.trim();
    onAttach(person);
    setAdding(false);
    setError(false);
    setForm({ name: '', phone: '', idNumber: '', company: '', social: '', role: 'agent' });
  };
  const input = (key: keyof typeof form, label: string) => (
    <div class="field">
      <label for={`lp-${key}`}>{label}</label>
      <input
        id={`lp-${key}`}
        value={form[key]}
        onInput={(e) => setForm({ ...form, [key]: e.currentTarget.value })}
      />
    </div>
  );
  return (
    <fieldset class="card">
      <legend>{t('screening.linked.title')}</legend>
      {attached.length === 0 && <p class="help">{t('screening.linked.none')}</p>}
      <ul class="plain-list">
        {attached.map((person) => (
          <li key={person.id} class="linked-row">
            <span>
              <strong>{person.name}</strong> · {t(`screening.linked.${person.role}`)}
              {person.claimedCompany ? ` · ${person.claimedCompany}` : ''}
              {person.phone ? ` · ${person.phone}` : ''}
              {person.socialHandle ? ` · ${person.socialHandle}` : ''}
            </span>
            <button type="button" class="btn" onClick={() => onDetach(person.id)}>
              {t('screening.linked.remove')}
            </button>
          </li>
        ))}
      </ul>
      {attachable.length > 0 && (
        <div class="field">
          <label for="lp-attach">{t('screening.linked.attach')}</label>
          <select
            id="lp-attach"
            value=""
            onChange={(e) => {
              const person = attachable.find((p) => p.id === e.currentTarget.value);
              if (person) onAttach(person);
            }}
          >
            <option value="">{t('screening.linked.attachChoose')}</option>
            {attachable.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name} ({t(`screening.linked.${person.role}`)})
              </option>
            ))}
          </select>
        </div>
      )}
      {adding ? (
        <div class="form-grid">
          {input('name', t('screening.linked.name'))}
          {input('phone', t('screening.linked.phone'))}
          {input('idNumber', t('screening.linked.idNumber'))}
          {input('company', t('screening.linked.company'))}
          {input('social', t('screening.linked.social'))}
          <div class="field">
            <label for="lp-role">{t('screening.linked.role')}</label>
            <select
              id="lp-role"
              value={form.role}
              onChange={(e) => setForm({ ...form, role: e.currentTarget.value })}
            >
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {t(`screening.linked.${role}`)}
                </option>
              ))}
            </select>
          </div>
          {error && (
            <p class="error-text" role="alert">
              {t('screening.linked.nameRequired')}
            </p>
          )}
          <div class="row-actions">
            <button type="button" class="btn btn-primary" onClick={save}>
              {t('screening.linked.save')}
            </button>
            <button type="button" class="btn" onClick={() => setAdding(false)}>
              {t('screening.linked.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" class="btn" onClick={() => setAdding(true)}>
          {t('screening.linked.add')}
        </button>
      )}
    </fieldset>
  );
}
