/** A date typed as DD/MM/YYYY (no browser date picker: its format follows the browser's locale, not ours). */
export function DateField({
  id,
  label,
  value,
  placeholder,
  error,
  onInput,
}: {
  id: string;
  label: string;
  value: string;
  /** The expected format as the reader's language writes it (DD/MM/YYYY, HH/BB/TTTT). */
  placeholder: string;
  /** Message shown under the field, already translated. */
  error?: string | null | undefined;
  onInput: (value: string) => void;
}) {
  const errorId = `${id}-error`;
  return (
    <div class="date-field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder={placeholder}
        maxLength={10}
        value={value}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? errorId : undefined}
        onInput={(event) => onInput((event.currentTarget as HTMLInputElement).value)}
      />
      {error && (
        <p id={errorId} class="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
