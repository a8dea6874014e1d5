import { useState } from 'preact/hooks';
import { t } from '../../../i18n/i18n.ts';
import { mrzTyping } from '../../../core/capture/mrz-typing.ts';

type Props = { onSubmit: (text: string) => void };

/** MRZ lines typed by hand, with each check digit shown right or wrong as the officer types. */
export function MrzTypedEntry({ onSubmit }: Props) {
  const [text, setText] = useState('');
  const typing = mrzTyping(text);
  const complete = typing.lines.every((line) => line.count === line.expected);
  return (
    <form
      class="mrz-entry"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(text);
      }}
    >
      <div class="field">
        <label for="mrz-typed">{t('scan.mrz.label')}</label>
        <textarea
          id="mrz-typed"
          class="mono mrz-input"
          rows={3}
          spellcheck={false}
          autocapitalize="characters"
          autocomplete="off"
          value={text}
          onInput={(event) => setText(event.currentTarget.value.toUpperCase())}
        />
        <span class="help">{t('scan.mrz.help')}</span>
      </div>
      <ul class="mrz-lines" aria-live="polite">
        {typing.lines.map((line, index) => (
          <li
            key={index}
            class={line.count === line.expected ? 'ok' : line.count > line.expected ? 'bad' : ''}
          >
            {t('scan.mrz.lineLength', { line: index + 1, count: line.count, expected: line.expected })}
          </li>
        ))}
      </ul>
      <ul class="mrz-checks" aria-live="polite">
        {typing.checks
          .filter((check) => check.status !== 'incomplete')
          .map((check) => (
            <li key={check.field} class={check.status === 'pass' ? 'ok' : 'bad'} data-field={check.field}>
              <span aria-hidden="true">{check.status === 'pass' ? '✓' : '✗'}</span>{' '}
              {t(`scan.mrz.field.${check.field}`)}:{' '}
              {t(check.status === 'pass' ? 'scan.mrz.checkOk' : 'scan.mrz.checkBad')}
            </li>
          ))}
      </ul>
      <button type="submit" class="btn btn-primary" disabled={!complete}>
        {t('scan.mrz.use')}
      </button>
    </form>
  );
}
