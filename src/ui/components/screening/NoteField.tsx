import { useEffect, useState } from 'preact/hooks';
import { t } from '../../../i18n/i18n.ts';

type Props = { note: string; max: number; onChange: (note: string) => void };

/** What the officer is told when text did not fit: how much was kept of how much was given. */
type Cut = { given: number; kept: number } | null;

/**
 * The decision note, held to one limit wherever text comes from: typed, pasted, or an older draft. Text that does
 * not fit is cut at the limit and the officer is told how much was kept; the counter never passes the limit.
 */
export function NoteField({ note, max, onChange }: Props) {
  const [cut, setCut] = useState<Cut>(null);
  // A note longer than the limit (an older draft) is cut once, and said so, rather than refused at save time.
  useEffect(() => {
    if (note.length > max) {
      setCut({ given: note.length, kept: max });
      onChange(note.slice(0, max));
    }
  }, [note, max, onChange]);
  const onPaste = (event: ClipboardEvent): void => {
    const pasted = event.clipboardData?.getData('text/plain') ?? '';
    const area = event.currentTarget as HTMLTextAreaElement;
    const before = area.value.slice(0, area.selectionStart);
    const after = area.value.slice(area.selectionEnd);
    const room = max - before.length - after.length;
    if (pasted.length <= room) return;
    event.preventDefault();
    const kept = pasted.slice(0, Math.max(0, room));
    setCut({ given: pasted.length, kept: kept.length });
    onChange(before + kept + after);
  };
  return (
    <>
      <textarea
        id="o-note"
        data-fix="note"
        value={note}
        maxLength={max}
        aria-describedby="o-note-help"
        onPaste={onPaste}
        onInput={(e) => {
          const value = e.currentTarget.value;
          if (value.length > max) setCut({ given: value.length, kept: max });
          else if (value.length < max) setCut(null);
          onChange(value.slice(0, max));
        }}
      />
      <span id="o-note-help" class="help" aria-live="polite">
        {t('screening.outcome.noteHelp')}{' '}
        {t('screening.outcome.noteCount', { count: Math.min(note.length, max), max })}
      </span>
      {cut && (
        <span class="alert alert-warn note-cut" role="status">
          {t('screening.outcome.noteCut', { given: cut.given, kept: cut.kept, max })}
        </span>
      )}
    </>
  );
}
