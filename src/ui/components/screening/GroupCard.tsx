import { t } from '../../../i18n/i18n.ts';

type Props = { groupId: string | undefined; onChange: (groupId: string | undefined) => void };

/** Marks the screening as one of a group of people travelling together. */
export function GroupCard({ groupId, onChange }: Props) {
  return (
    <fieldset class="card group-card">
      <legend>{t('screening.group.title')}</legend>
      {groupId ? (
        <div class="row-actions">
          <span class="tag tag-prefill" data-testid="group-id">
            {t('screening.group.member', { id: groupId.slice(0, 8) })}
          </span>
          <button type="button" class="btn" onClick={() => onChange(undefined)}>
            {t('screening.group.none')}
          </button>
        </div>
      ) : (
        <button type="button" class="btn" onClick={() => onChange(crypto.randomUUID())}>
          {t('screening.group.start')}
        </button>
      )}
    </fieldset>
  );
}
