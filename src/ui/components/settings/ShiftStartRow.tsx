import { t } from '../../../i18n/i18n.ts';

type Props = {
  index: number;
  value: string;
  invalid: boolean;
  removable: boolean;
  onInput: (value: string) => void;
  onRemove: () => void;
};

/** One shift's start time ('HH:MM') in the shift-starts editor, with its remove button. */
export function ShiftStartRow({ index, value, invalid, removable, onInput, onRemove }: Props) {
  return (
    <li class="shift-starts-row">
      <label for={`shift-start-${index}`}>{t('shifts.editor.start', { n: index + 1 })}</label>
      <input
        id={`shift-start-${index}`}
        class="shift-start-input"
        inputMode="numeric"
        maxLength={5}
        placeholder="07:00"
        value={value}
        aria-invalid={invalid}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      {removable && (
        <button type="button" class="btn" onClick={onRemove}>
          {t('shifts.editor.remove', { n: index + 1 })}
        </button>
      )}
    </li>
  );
}
