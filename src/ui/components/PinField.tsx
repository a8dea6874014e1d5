/** A labelled numeric PIN input (enrolment, sign-in, adding an officer). */
export function PinField(props: {
  id: string;
  label: string;
  value: string;
  onInput: (event: { currentTarget: { value: string } }) => void;
  /** 'new-password' when choosing a PIN, 'current-password' when proving one. */
  autocomplete: 'new-password' | 'current-password';
}) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <input
        id={props.id}
        type="password"
        inputMode="numeric"
        autocomplete={props.autocomplete}
        required
        value={props.value}
        onInput={props.onInput}
      />
    </div>
  );
}
