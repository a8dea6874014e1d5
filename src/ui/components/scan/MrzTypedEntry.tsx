import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../../i18n/i18n.ts';
import { mrzTyping } from '../../../core/capture/mrz-typing.ts';
import { mrzLines } from '../../../core/mrz/parse-mrz.ts';

type Props = {
  /** Lines to start from (a reader's MRZ whose check digits failed), else empty. */
  initial?: string;
  onSubmit: (text: string) => void;
};

/** MRZ lines typed by hand, with each check digit shown right or wrong as the officer types. */
export function MrzTypedEntry({ initial = '', onSubmit }: Props) {
  const [text, setText] = useState(initial);
  const typing = mrzTyping(text);
  const complete = typing.lines.every((line) => line.count === line.expected);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    // A reader's lines to correct: bring the marked cells into view, whatever the panel above holds.
    if (initial) form.current?.querySelector('.mrz-cells')?.scrollIntoView?.({ block: 'nearest' });
  }, [initial]);
  return (
    <form
      ref={form}
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
          wrap="off"
          autocapitalize="characters"
          autocomplete="off"
          value={text}
          onInput={(event) => setText(event.currentTarget.value.toUpperCase())}
        />
        <span class="help">{t('scan.mrz.help')}</span>
      </div>
      {typing.suspect.size > 0 && <SuspectCells text={text} suspect={typing.suspect} />}
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

/** The typed lines cell by cell, the cells a failing check digit points at marked, so one character is corrected. */
function SuspectCells({ text, suspect }: { text: string; suspect: Set<string> }) {
  const lines = mrzLines(text).map((line) => line.replace(/\s/g, ''));
  return (
    <div class="mrz-cells" data-testid="mrz-cells">
      <p class="help">{t('gate.mrz.marked')}</p>
      {lines.map((line, row) => (
        <div key={row} class="mono mrz-cell-line">
          {[...line].map((char, column) =>
            suspect.has(`${row}:${column}`) ? (
              <mark
                key={column}
                class="mrz-cell-bad"
                title={t('gate.mrz.cell', { line: row + 1, column: column + 1 })}
              >
                {char}
              </mark>
            ) : (
              <span key={column}>{char}</span>
            ),
          )}
        </div>
      ))}
    </div>
  );
}
