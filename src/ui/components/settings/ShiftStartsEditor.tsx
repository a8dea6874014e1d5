import { useContext, useState } from 'preact/hooks';
import { t } from '../../../i18n/i18n.ts';
import { MAX_SHIFTS, MIN_SHIFTS, shiftStartsOf } from '../../../core/time/shifts.ts';
import { saveShiftStarts, type ShiftStartsSaveResult } from '../../../storage/checkpoint-settings.ts';
import { toStoreError, type StoreErrorCode } from '../../../storage/store-errors.ts';
import { ShiftStartRow } from './ShiftStartRow.tsx';
import { UnlockedContext, type Unlocked } from '../../hooks/use-unlocked.ts';
import './shift-starts.css';

type Notice = { kind: 'ok' | 'danger'; text: string; index?: number } | null;

/** What the lead is told after a save: the times saved, or what is wrong and at which shift. */
function noticeOf(result: ShiftStartsSaveResult | { ok: false; error: StoreErrorCode }): Notice {
  if (result.ok)
    return {
      kind: 'ok',
      text: t('shifts.editor.saved', { starts: shiftStartsOf(result.device).join(', ') }),
    };
  const message = t(result.error);
  if (!('index' in result) || result.index === undefined) return { kind: 'danger', text: message };
  const text = t('shifts.editor.problem', { n: result.index + 1, message });
  return { kind: 'danger', text, index: result.index };
}

/**
 * Settings → Jam mulai shift: the checkpoint's shift start times. A shift lead edits 1 to 4 starts ('HH:MM', in order)
 * and saves them (audited); every officer sees the times in force. Nothing outside the sign-in gate.
 */
export function ShiftStartsEditor() {
  const value = useContext(UnlockedContext);
  return value ? <Editor {...value} /> : null;
}

function Editor({ db, unlocked, onDevice }: Unlocked) {
  const current = shiftStartsOf(unlocked.device);
  const [starts, setStarts] = useState<string[]>([...current]);
  const [notice, setNotice] = useState<Notice>(null);
  const [busy, setBusy] = useState(false);
  const lead = unlocked.officer.role === 'shift_lead';
  if (!lead) {
    return (
      <section class="card shift-starts" aria-labelledby="shift-starts-title">
        <h2 id="shift-starts-title">{t('shifts.editor.title')}</h2>
        <p data-testid="shift-starts-current">{current.join(' · ')}</p>
        <p class="help">{t('store.settings.notLead')}</p>
      </section>
    );
  }
  const setAt = (index: number, text: string): void =>
    setStarts((list) => list.map((s, i) => (i === index ? text : s)));
  const save = async (): Promise<void> => {
    setBusy(true);
    const result = await saveShiftStarts(db, unlocked, starts).catch(
      (error: unknown) => ({ ok: false, error: toStoreError(error).code }) as const,
    );
    setBusy(false);
    setNotice(noticeOf(result));
    if (!result.ok) {
      if ('index' in result) document.getElementById(`shift-start-${result.index}`)?.focus();
      return;
    }
    setStarts([...shiftStartsOf(result.device)]);
    onDevice?.(result.device);
  };
  return (
    <section class="card shift-starts" aria-labelledby="shift-starts-title">
      <h2 id="shift-starts-title">{t('shifts.editor.title')}</h2>
      <p class="help">{t('shifts.editor.help')}</p>
      <ol class="shift-starts-list">
        {starts.map((start, index) => (
          <ShiftStartRow
            key={index}
            index={index}
            value={start}
            invalid={notice?.index === index}
            removable={starts.length > MIN_SHIFTS}
            onInput={(text) => setAt(index, text)}
            onRemove={() => setStarts((list) => list.filter((_s, i) => i !== index))}
          />
        ))}
      </ol>
      {notice && (
        <p class={`alert alert-${notice.kind}`} role={notice.kind === 'danger' ? 'alert' : 'status'}>
          {notice.text}
        </p>
      )}
      <div class="row-actions">
        {starts.length < MAX_SHIFTS && (
          <button type="button" class="btn" onClick={() => setStarts((list) => [...list, ''])}>
            {t('shifts.editor.add')}
          </button>
        )}
        <button type="button" class="btn btn-primary" disabled={busy} onClick={() => void save()}>
          {t('shifts.editor.save')}
        </button>
      </div>
    </section>
  );
}
