import { useState } from 'preact/hooks';
import { t } from '../../../i18n/i18n.ts';
import type { PassportRead } from '../../../core/capture/build-capture.ts';
import type { CaptureSource } from '../../../core/capture/capture.ts';
import type { Passenger } from '../../../core/screening/screening-schema.ts';
import { isoDateToDisplay } from '../../../core/time/local-time.ts';
import { CameraView, type FrameScanner } from './CameraView.tsx';
import { MrzTypedEntry } from './MrzTypedEntry.tsx';
import { PassportFieldsEntry } from './PassportFieldsEntry.tsx';
import { WaySwitch, type Way } from './WaySwitch.tsx';

type Props = {
  passport: PassportRead | null;
  today: string;
  /** A reader's MRZ that failed its check digits: opens typed entry with it, once per new read. */
  toCorrect?: { text: string; id: number } | null;
  onMrz: (text: string, source: CaptureSource) => boolean;
  onTyped: (passenger: Passenger) => void;
  onClear: () => void;
};

// The MRZ reader and its worker are fetched only when the camera is first used for a passport.
const loadMrzScanner = async (): Promise<FrameScanner> =>
  (await import('../../../scanning/mrz-camera.ts')).scanMrz;

/** The passport: what was read, and the camera or typed ways to read it. */
export function PassportPanel({ passport, today, toCorrect = null, onMrz, onTyped, onClear }: Props) {
  const [way, setWay] = useState<Way>(null);
  const [shown, setShown] = useState(0);
  if (toCorrect && toCorrect.id !== shown) {
    // Render-time state update: the typed entry opens with the reader's lines in the same render.
    setShown(toCorrect.id);
    setWay('typeMrz');
  }
  const done = (): void => setWay(null);
  return (
    <section class="card scan-panel" aria-labelledby="passport-title">
      <h2 id="passport-title">{t('scan.passport.title')}</h2>
      {passport ? (
        <PassengerSummary read={passport} onClear={onClear} />
      ) : (
        <p class="help">{t('scan.passport.empty')}</p>
      )}
      <WaySwitch way={way} onWay={setWay} ways={['camera', 'typeMrz', 'typeFields']} />
      {way === 'camera' && (
        <CameraView
          mode="mrz"
          loadScanner={loadMrzScanner}
          onText={(text) => {
            const accepted = onMrz(text, 'camera');
            if (accepted) done();
            return accepted;
          }}
        />
      )}
      {way === 'typeMrz' && (
        <MrzTypedEntry
          key={toCorrect?.id ?? 0}
          initial={toCorrect?.text ?? ''}
          onSubmit={(text) => onMrz(text, 'manual') && done()}
        />
      )}
      {way === 'typeFields' && (
        <PassportFieldsEntry
          today={today}
          onSave={(passenger) => {
            onTyped(passenger);
            done();
          }}
        />
      )}
    </section>
  );
}

function PassengerSummary({ read, onClear }: { read: PassportRead; onClear: () => void }) {
  const p = read.passenger;
  return (
    <div class="scan-summary">
      <dl class="facts">
        <dt>{t('scan.summary.name')}</dt>
        <dd data-testid="passport-name">{[p.lastName, p.firstName].filter(Boolean).join(', ')}</dd>
        <dt>{t('scan.summary.passport')}</dt>
        <dd data-testid="passport-number" class="mono">
          {p.passportNumber} ({p.issuingState})
        </dd>
        <dt>{t('scan.summary.birthDate')}</dt>
        <dd data-testid="passport-birth">{p.birthDate ? isoDateToDisplay(p.birthDate) : '—'}</dd>
        <dt>{t('scan.summary.expiry')}</dt>
        <dd data-testid="passport-expiry">{p.passportExpiry ? isoDateToDisplay(p.passportExpiry) : '—'}</dd>
        <dt>{t('scan.summary.nationality')}</dt>
        <dd>
          {p.nationality} · {t(`scan.sex.${p.sex}`)}
        </dd>
      </dl>
      <p class="help">
        {read.verified ? `✓ ${t('scan.summary.verified')} · ` : ''}
        {t(`scan.source.${read.source}`)}
      </p>
      <button type="button" class="btn btn-ghost" onClick={onClear}>
        {t('scan.clear')}
      </button>
    </div>
  );
}
