import { t, isMessageKey, type MessageKey } from '../../../i18n/i18n.ts';

type Props = {
  id: string;
  label: MessageKey;
  value: string;
  onInput: (value: string) => void;
  error?: { key: string; value?: string } | undefined;
  inputMode?: 'text' | 'numeric';
};

/** One labelled text input with its validation message under it. */
export function TextField({ id, label, value, onInput, error, inputMode = 'text' }: Props) {
  const errorId = `${id}-error`;
  return (
    <div class="field">
      <label for={id}>{t(label)}</label>
      <input
        id={id}
        value={value}
        inputMode={inputMode}
        autocomplete="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
      {error && isMessageKey(error.key) && (
        <span id={errorId} class="error-text">
          {t(error.key, { value: error.value ?? '' })}
        </span>
      )}
    </div>
  );
}
